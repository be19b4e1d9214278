/**
 * The Redis and PostgreSQL the queue tests talk to (DATELINE_TEST_REDIS, default
 * redis://127.0.0.1:6379; DATELINE_TEST_PG, default postgres://postgres@127.0.0.1:5432/test),
 * whether they answer, and fresh, self-cleaning places in them: a queue prefix no other run uses
 * and a PostgreSQL schema of its own.
 */
import { Redis } from 'ioredis';
import pg from 'pg';
import { openArticleQueue } from '../../src/queue/article-queue.js';
import type { QueueTarget } from '../../src/queue/queue-target.js';
import { queueTarget } from '../../src/queue/queue-target.js';

export const REDIS_URL = process.env['DATELINE_TEST_REDIS'] || 'redis://127.0.0.1:6379';
export const PG_URL = process.env['DATELINE_TEST_PG'] || 'postgres://postgres@127.0.0.1:5432/test';

/** Null when both answer, else why not (for the skip message). */
export async function servicesMissing(): Promise<string | null> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 2_000, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    return `Redis at ${REDIS_URL} did not answer (${(error as Error).message}); start it or set DATELINE_TEST_REDIS`;
  } finally {
    redis.disconnect();
  }
  if (PG_URL === 'off') return 'DATELINE_TEST_PG=off';
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    return `PostgreSQL at ${PG_URL} did not answer (${(error as Error).message}); start it or set DATELINE_TEST_PG`;
  } finally {
    await client.end().catch(() => {});
  }
  return null;
}

const runTag = () => `${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;

/** A queue under a prefix of its own; `remove()` deletes every key it made. */
export function freshQueue(): QueueTarget & { remove(): Promise<void> } {
  const target = queueTarget(REDIS_URL, `dateline-test-${runTag()}`);
  return {
    ...target,
    async remove() {
      const { queue, close } = openArticleQueue(target);
      try { await queue.obliterate({ force: true }); } finally { await close(); }
    },
  };
}

/** A new, empty PostgreSQL schema: its store URL, a pool on it for checks, and its removal. */
export async function freshSchema(): Promise<{ url: string; pool: pg.Pool; remove(): Promise<void> }> {
  const schema = `dateline_queue_${runTag()}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const pool = new pg.Pool({ connectionString: PG_URL, max: 2, options: `-c search_path=${schema}` });
  return {
    url: `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}schema=${schema}`,
    pool,
    async remove() {
      await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await pool.end();
    },
  };
}
