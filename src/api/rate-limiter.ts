/**
 * A fixed-window rate limit per client address: at most `max` requests per `windowMs`; over that
 * the API answers 429 with Retry-After. Memory is bounded: expired windows are swept, and past
 * `maxClients` the oldest clients are forgotten (which can only let a request through, never block one).
 *
 * The windows are kept by a counter: in the serving process by default, or, when several processes
 * serve (`dateline serve --workers N`), in the primary process, which every worker asks
 * (shared-rate-limit.ts), so a client has one limit however its connections are spread.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface RateLimitOptions {
  readonly max: number;
  readonly windowMs: number;
  readonly maxClients?: number;
}

/** A client's window after counting one more request. */
export interface RateWindow { readonly count: number; readonly resetAt: number }

/** Counts a request of client `key` at time `at` (ms) and returns its window. */
export type RateCounter = (key: string, at: number) => RateWindow | Promise<RateWindow>;

interface Window { count: number; resetAt: number }

/** The windows of every client, in memory. */
export function createWindowCounter(options: RateLimitOptions): RateCounter {
  const windows = new Map<string, Window>();
  const maxClients = options.maxClients ?? 10_000;

  function sweep(at: number): void {
    for (const [key, window] of windows) if (window.resetAt <= at) windows.delete(key);
    for (const key of windows.keys()) {
      if (windows.size < maxClients) break;
      windows.delete(key);
    }
  }

  return (key, at) => {
    let window = windows.get(key);
    if (!window || window.resetAt <= at) {
      if (windows.size >= maxClients) sweep(at);
      window = { count: 0, resetAt: at + options.windowMs };
      windows.set(key, window);
    }
    window.count++;
    return { count: window.count, resetAt: window.resetAt };
  };
}

export function createRateLimiter(options: RateLimitOptions, now: () => number = Date.now, counter: RateCounter = createWindowCounter(options)) {
  return async function rateLimit(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
    const at = now();
    const window = await counter(request.ip, at);
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
