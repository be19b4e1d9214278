/**
 * A fixed-window rate limit per client address: at most `max` requests per `windowMs`; over that
 * the API answers 429 with Retry-After. Memory is bounded: expired windows are swept, and past
 * `maxClients` the oldest clients are forgotten (which can only let a request through, never block one).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface RateLimitOptions {
  readonly max: number;
  readonly windowMs: number;
  readonly maxClients?: number;
}

interface Window { count: number; resetAt: number }

export function createRateLimiter(options: RateLimitOptions, now: () => number = Date.now) {
  const windows = new Map<string, Window>();
  const maxClients = options.maxClients ?? 10_000;

  function sweep(at: number): void {
    for (const [key, window] of windows) if (window.resetAt <= at) windows.delete(key);
    for (const key of windows.keys()) {
      if (windows.size < maxClients) break;
      windows.delete(key);
    }
  }

  return async function rateLimit(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
    const at = now();
    let window = windows.get(request.ip);
    if (!window || window.resetAt <= at) {
      if (windows.size >= maxClients) sweep(at);
      window = { count: 0, resetAt: at + options.windowMs };
      windows.set(request.ip, window);
    }
    window.count++;
    reply.header('X-RateLimit-Limit', String(options.max));
    reply.header('X-RateLimit-Remaining', String(Math.max(0, options.max - window.count)));
    if (window.count > options.max) {
      const seconds = Math.max(1, Math.ceil((window.resetAt - at) / 1000));
      reply.header('Retry-After', String(seconds));
      return reply.status(429).send({ error: { code: 'RATE_LIMITED', message: `Too many requests; retry after ${seconds} s.` } });
    }
    return undefined;
  };
}
