import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createRateLimiter } from '../../src/api/rate-limiter.js';

/** Just enough of a reply to see what the limiter does. */
function fakeReply() {
  const headers: Record<string, string> = {};
  let status = 200;
  const reply = {
    header(name: string, value: string) { headers[name] = value; return reply; },
    status(code: number) { status = code; return reply; },
    send() { return reply; },
  };
  return { reply: reply as unknown as FastifyReply, headers, status: () => status };
}

async function hit(limiter: ReturnType<typeof createRateLimiter>, ip: string) {
  const r = fakeReply();
  await limiter({ ip } as FastifyRequest, r.reply);
  return r;
}

test('each window allows max requests, then answers 429 with the seconds left', async () => {
  let now = 1_000_000;
  const limiter = createRateLimiter({ max: 2, windowMs: 10_000 }, () => now);
  assert.equal((await hit(limiter, 'a')).status(), 200);
  assert.equal((await hit(limiter, 'a')).headers['X-RateLimit-Remaining'], '0');
  now += 2_500;
  const limited = await hit(limiter, 'a');
  assert.equal(limited.status(), 429);
  assert.equal(limited.headers['Retry-After'], '8');
  now += 7_500;
  assert.equal((await hit(limiter, 'a')).status(), 200, 'a new window starts');
});

test('memory stays bounded by maxClients', async () => {
  const limiter = createRateLimiter({ max: 1, windowMs: 60_000, maxClients: 100 }, () => 5);
  for (let i = 0; i < 1_000; i++) await hit(limiter, `10.0.${i >> 8}.${i & 255}`);
  // The newest client is remembered (so still limited); the oldest were forgotten (so allowed again).
  assert.equal((await hit(limiter, '10.0.3.231')).status(), 429);
  assert.equal((await hit(limiter, '10.0.0.0')).status(), 200);
});
