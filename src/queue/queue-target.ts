/**
 * Where the article queue lives: a Redis URL, a key prefix (so that several deployments, or test
 * runs, can share one Redis without seeing each other's jobs), and the queue's name. Parsed once,
 * validated, frozen; `connectRedis` opens the ioredis connection BullMQ runs over.
 *
 * @example const target = queueTarget('redis://queue.example:6379/0', 'newsroom');
 */
import { Redis } from 'ioredis';
import { QueueError } from './queue-errors.js';

export interface QueueTarget {
  /** `redis://` or `rediss://` (TLS) URL, with optional user, password and database number. */
  readonly url: string;
  /** Prefix of every Redis key the queue uses; default `dateline`. */
  readonly prefix: string;
  readonly name: string;
}

export const DEFAULT_QUEUE_PREFIX = 'dateline';
/** One queue carries both ingest and reprocess jobs; the job's name says which. */
export const QUEUE_NAME = 'articles';

const PREFIX = /^[A-Za-z0-9_.-]{1,100}$/;

export function queueTarget(url: string, prefix: string = DEFAULT_QUEUE_PREFIX): QueueTarget {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new QueueError('BAD_QUEUE_URL');
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw new QueueError('BAD_QUEUE_URL');
  if (!PREFIX.test(prefix)) throw new QueueError('BAD_QUEUE_PREFIX');
  return Object.freeze({ url: parsed.toString(), prefix, name: QUEUE_NAME });
}

/**
 * A Redis connection for BullMQ. A worker (`persistent`) reconnects for ever, backing off to 20 s,
 * so that it rides out a Redis restart; a one-shot command gives up after a few tries instead of hanging.
 */
export function connectRedis(target: QueueTarget, persistent: boolean): Redis {
  const redis = new Redis(target.url, {
    // BullMQ's blocking commands must never be cut short by a per-request retry limit.
    maxRetriesPerRequest: null,
    connectTimeout: 5_000,
    retryStrategy: (times: number) => (persistent ? Math.min(500 * 2 ** times, 20_000) : times > 3 ? null : 300),
  });
  let reported = '';
  redis.on('error', (error: Error) => {
    // ioredis repeats a connection error on every retry; say each distinct one once.
    if (error.message === reported) return;
    reported = error.message;
    process.stderr.write(`dateline: queue connection: ${error.message}\n`);
  });
  redis.on('ready', () => { reported = ''; });
  return redis;
}
