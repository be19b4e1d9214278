/**
 * What a worker does with one job: extract each article (in worker threads, within its time
 * budget) and store it — saved and logged in the ingest ledger (`ingest` jobs), or its layers
 * replaced (`reprocess` jobs). Writes are idempotent, so running a job again is harmless.
 *
 * The job's outcome tells BullMQ what next:
 * - an article that cannot be extracted (TIMEOUT, TOO_LARGE, EMPTY…) will not do better on a retry:
 *   the job fails at once (UnrecoverableError) with every such article and reason in its failure,
 *   after the chunk's other articles are stored; `dateline queue retry` re-runs it;
 * - anything else (the database unreachable, a deadlock) is thrown, and BullMQ retries the job with
 *   exponential backoff;
 * - when the worker is shutting down (`signal` aborted) the job goes back to the queue untouched
 *   for another worker (WaitingError), instead of holding shutdown up.
 *
 * @example new Worker(name, createJobProcessor({ store, extractor, pipelineVersion }), options)
 */
import type { Job } from 'bullmq';
import { UnrecoverableError, WaitingError } from 'bullmq';
import type { Article } from '../document/document.js';
import { saveAndLog } from '../ingest/save-and-log.js';
import type { RecordExtractor } from '../ingest/record-extractor.js';
import type { ErrorRecord, OutputRecord } from '../output/record.js';
import type { Store } from '../store/store.js';
import type { ArticleJobData, ArticleJobResult, JobMode } from './article-jobs.js';

export interface ProcessorDeps {
  readonly store: Store;
  readonly extractor: RecordExtractor;
  /** Recorded on every article this worker stores. */
  readonly pipelineVersion: string;
  readonly now?: () => Date;
}

export type ArticleJob = Job<ArticleJobData, ArticleJobResult, JobMode>;
export type JobProcessor = (job: ArticleJob, token?: string, signal?: AbortSignal) => Promise<ArticleJobResult>;

/** Store failures that no retry can mend: the record itself is unstorable. */
const PERMANENT_STORE_CODES = new Set(['BAD_RECORD']);

class ShuttingDown extends Error {}

/** Failure reasons, at most 20 listed, so a bad chunk's reason stays readable. */
function listed(reasons: readonly string[]): string {
  const shown = reasons.slice(0, 20).join('; ');
  return reasons.length > 20 ? `${shown}; and ${reasons.length - 20} more` : shown;
}

/** The extraction, or ShuttingDown as soon as `signal` aborts (the thread's result is then dropped). */
function extractUnlessStopped(extractor: RecordExtractor, article: Article, signal?: AbortSignal): Promise<OutputRecord | ErrorRecord> {
  if (signal?.aborted) return Promise.reject(new ShuttingDown());
  const extraction = extractor.extract({ ok: true, article });
  if (!signal) return extraction;
  return new Promise((resolve, reject) => {
    const stop = () => reject(new ShuttingDown());
    signal.addEventListener('abort', stop, { once: true });
    extraction.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

interface Tally { stored: number; duplicates: number; reprocessed: number; missing: number; permanent: string[]; transient: string[] }

async function storeOne(deps: ProcessorDeps, job: ArticleJob, record: OutputRecord | ErrorRecord, tally: Tally): Promise<void> {
  if (job.name === 'reprocess') {
    if ('error' in record) tally.permanent.push(`${record.id}: ${record.error.code} ${record.error.message}`);
    else if (await deps.store.replaceLayers(record, deps.pipelineVersion)) tally.reprocessed++;
    else tally.missing++;
    return;
  }
  const entry = await saveAndLog(deps.store, job.data.runId, record, (deps.now ?? (() => new Date()))(), deps.pipelineVersion);
  if (entry.status === 'stored') tally.stored++;
  else if (entry.status === 'duplicate') tally.duplicates++;
  else if ('error' in record || PERMANENT_STORE_CODES.has(entry.code)) tally.permanent.push(`${entry.item}: ${entry.code} ${entry.reason}`);
  else tally.transient.push(`${entry.item}: ${entry.code} ${entry.reason}`);
}

export function createJobProcessor(deps: ProcessorDeps): JobProcessor {
  return async (job, token, signal) => {
    const tally: Tally = { stored: 0, duplicates: 0, reprocessed: 0, missing: 0, permanent: [], transient: [] };
    try {
      for (const article of job.data.articles) {
        const record = await extractUnlessStopped(deps.extractor, article, signal);
        await storeOne(deps, job, record, tally);
      }
    } catch (error) {
      if (!(error instanceof ShuttingDown)) throw error;
      await job.moveToWait(token);
      throw new WaitingError('returned to the queue: the worker is shutting down');
    }
    const count = job.data.articles.length;
    if (tally.transient.length > 0) throw new Error(`${tally.transient.length} of ${count} articles could not be stored (will retry): ${listed(tally.transient)}`);
    if (tally.permanent.length > 0) throw new UnrecoverableError(`${tally.permanent.length} of ${count} articles failed: ${listed(tally.permanent)}`);
    return { articles: count, stored: tally.stored, duplicates: tally.duplicates, reprocessed: tally.reprocessed, missing: tally.missing };
  };
}
