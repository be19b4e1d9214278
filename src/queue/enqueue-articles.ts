/**
 * Puts articles on the queue, one job per article or per chunk of consecutive articles
 * (`chunk` > 1 trades a little retry granularity for much less queue overhead per article).
 * Jobs go to Redis in batches, so memory stays bounded however long the input. Inputs that could
 * not be read are counted and handed to `onUnreadable`, never enqueued.
 *
 * @example
 *   const queue = openArticleQueue(target);
 *   const summary = await enqueueArticles(queue, ingestInputs(paths, read, fetch), { mode: 'ingest', chunk: 1 });
 */
import { randomUUID } from 'node:crypto';
import type { Article } from '../document/document.js';
import type { ReadResult } from '../readers/reader.js';
import type { ArticleJobData, JobMode, RetryPolicy } from './article-jobs.js';
import { DEFAULT_RETRY, jobOptions } from './article-jobs.js';
import type { ArticleQueue } from './article-queue.js';

export interface EnqueueOptions {
  readonly mode: JobMode;
  /** Articles per job, 1 or more. */
  readonly chunk: number;
  readonly retry?: RetryPolicy;
  /** Ledger run id the workers log under; default a fresh one. */
  readonly runId?: string;
  readonly pipelineVersion?: string;
  readonly onUnreadable?: (item: ReadResult & { ok: false }) => void;
}

export interface EnqueueSummary {
  readonly runId: string;
  readonly read: number;
  readonly articles: number;
  readonly jobs: number;
  readonly unreadable: number;
}

/**
 * Articles per job unless told otherwise (`ingest --queue`, `reprocess --queue`): a job's articles
 * are stored in one transaction, and in jobs of 20 a worker's main thread and PostgreSQL spend about
 * a third of the CPU an article that they spend in jobs of one (docs/benchmarks.md), while a failed
 * job's retry redoes at most 20 articles.
 */
export const DEFAULT_CHUNK = 20;

/** Jobs per round trip to Redis. */
const BATCH_JOBS = 200;

export async function enqueueArticles(queue: ArticleQueue, items: AsyncIterable<ReadResult>, options: EnqueueOptions): Promise<EnqueueSummary> {
  const runId = options.runId ?? randomUUID();
  const retry = options.retry ?? DEFAULT_RETRY;
  const chunkSize = Math.max(1, options.chunk);
  const counts = { read: 0, articles: 0, jobs: 0, unreadable: 0 };
  let chunk: Article[] = [];
  let batch: { name: JobMode; data: ArticleJobData; opts: ReturnType<typeof jobOptions> }[] = [];
  const flushBatch = async (): Promise<void> => {
    if (batch.length > 0) await queue.addBulk(batch);
    batch = [];
  };
  const closeChunk = async (): Promise<void> => {
    if (chunk.length === 0) return;
    const data: ArticleJobData = { runId, articles: chunk, ...(options.pipelineVersion ? { pipelineVersion: options.pipelineVersion } : {}) };
    batch.push({ name: options.mode, data, opts: jobOptions(options.mode, data, retry) });
    counts.jobs++;
    counts.articles += chunk.length;
    chunk = [];
    if (batch.length >= BATCH_JOBS) await flushBatch();
  };
  for await (const item of items) {
    counts.read++;
    if (!item.ok) {
      counts.unreadable++;
      options.onUnreadable?.(item);
      continue;
    }
    chunk.push(item.article);
    if (chunk.length >= chunkSize) await closeChunk();
  }
  await closeChunk();
  await flushBatch();
  return { runId, ...counts };
}
