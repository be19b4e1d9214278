/**
 * The jobs on the article queue: each carries one article, or a chunk of articles read from one
 * input, and is named after what to do with them (`ingest` or `reprocess`). A job's id is derived
 * from the identities (ids) of its articles, so enqueueing the same articles twice while the first
 * job is still kept adds nothing; and should a job run twice anyway (a retry after its worker
 * died), the store's idempotent writes keep each article stored once.
 *
 * @example jobIdFor('ingest', [article]) // => 'ingest-3b5d…' (40 hex digits)
 */
import { createHash } from 'node:crypto';
import type { JobsOptions } from 'bullmq';
import type { Article } from '../document/document.js';

export type JobMode = 'ingest' | 'reprocess';

export interface ArticleJobData {
  /** The ingest run (ledger key) or reprocess run that enqueued the job. */
  readonly runId: string;
  /** For `reprocess`: the pipeline version the enqueuer wanted; part of the job id only. */
  readonly pipelineVersion?: string;
  readonly articles: readonly Article[];
}

/** What a worker returns for a completed job; `dateline queue status` sums `articles` for throughput. */
export interface ArticleJobResult {
  readonly articles: number;
  readonly stored: number;
  readonly duplicates: number;
  readonly reprocessed: number;
  /** Reprocess jobs whose article was deleted from the store meanwhile. */
  readonly missing: number;
}

export interface RetryPolicy {
  /** Tries in all before a job fails for good (it can still be re-run: `dateline queue retry`). */
  readonly attempts: number;
  /** First retry delay, doubled on each further try. */
  readonly backoffMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = Object.freeze({ attempts: 5, backoffMs: 2_000 });

/** Completed jobs kept for status and de-duplication; failed ones are all kept, with their reasons. */
const KEEP_COMPLETED = { age: 24 * 3600, count: 10_000 };

export function jobIdFor(mode: JobMode, articles: readonly Pick<Article, 'id'>[], pipelineVersion = ''): string {
  const hash = createHash('sha256').update(pipelineVersion);
  for (const article of articles) hash.update('\u0000').update(article.id, 'utf8');
  // BullMQ job ids may not contain ':' nor be plain integers.
  return `${mode}-${hash.digest('hex').slice(0, 40)}`;
}

export function jobOptions(mode: JobMode, data: ArticleJobData, retry: RetryPolicy): JobsOptions {
  return {
    jobId: jobIdFor(mode, data.articles, data.pipelineVersion),
    attempts: retry.attempts,
    backoff: { type: 'exponential', delay: retry.backoffMs },
    removeOnComplete: KEEP_COMPLETED,
    removeOnFail: false,
  };
}
