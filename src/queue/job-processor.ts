/**
 * What a worker does with one job: extract its articles (in worker threads, each within its time
 * budget, all of a chunk's submitted at once so that every thread has work) and store them — an
 * `ingest` job's articles saved together, with their ingest-ledger lines, in one transaction
 * (`store.saveArticles` with a ledger write), a `reprocess` job's articles' layers replaced.
 * Writes are idempotent, so running a job again is harmless.
 *
 * Storing a chunk in one transaction costs one commit (one wait for the write-ahead log) and a few
 * multi-row inserts for all its articles and ledger lines, where article by article it costs one
 * commit and a dozen statements each. Should the chunk's transaction fail (it is all or nothing), its articles are
 * saved one by one instead, so that one bad record fails alone, with its own reason.
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
import type { RecordExtractor } from '../ingest/record-extractor.js';
import type { ErrorRecord, OutputRecord } from '../output/record.js';
import { ingestMetaFor } from '../store/ingest-meta.js';
import type { IngestMeta, LedgerEntry, SaveResult, Store } from '../store/store.js';
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

type Extracted = OutputRecord | ErrorRecord;
const isRecord = (item: Extracted): item is OutputRecord => !('error' in item);

function entryOf(runId: string, item: string, result: SaveResult): LedgerEntry {
  return result.status === 'created'
    ? { runId, item, status: 'stored', articleId: result.id }
    : { runId, item, status: 'duplicate', articleId: result.id, matchedBy: result.matchedBy };
}

function failedEntry(runId: string, item: string, error: unknown): LedgerEntry {
  const code = (error as { code?: unknown }).code;
  return { runId, item, status: 'failed', code: typeof code === 'string' ? code : 'STORE', reason: (error as Error).message };
}

/** The records saved one by one, each meeting its own fate: after a chunk's transaction failed. */
async function saveOneByOne(deps: ProcessorDeps, runId: string, records: readonly OutputRecord[], meta: (record: OutputRecord) => IngestMeta): Promise<Map<OutputRecord, LedgerEntry>> {
  const entries = new Map<OutputRecord, LedgerEntry>();
  for (const record of records) {
    try {
      entries.set(record, entryOf(runId, record.id, await deps.store.saveArticle(record, meta(record))));
    } catch (error) {
      entries.set(record, failedEntry(runId, record.id, error));
    }
  }
  return entries;
}

/**
 * An ingest job's records saved and logged in the ledger, in the job's order; the entries returned.
 * The records and all the job's ledger lines (those of unextractable articles too) go in one
 * transaction: one commit, so one wait for PostgreSQL's write-ahead log to reach the disk, where
 * saving and then logging cost two (with two workers on two cores, those waits left cores idle:
 * docs/benchmarks.md). Should that transaction fail (it is all or nothing),
 * the records are saved one by one and the lines logged after them.
 */
async function ingest(deps: ProcessorDeps, runId: string, extracted: readonly Extracted[]): Promise<LedgerEntry[]> {
  const now = (deps.now ?? (() => new Date()))();
  const meta = (record: OutputRecord): IngestMeta => ({ ...ingestMetaFor(record, now), pipelineVersion: deps.pipelineVersion });
  const records = extracted.filter(isRecord);
  const linesOf = (saved: ReadonlyMap<OutputRecord, LedgerEntry>) => extracted.map((item): LedgerEntry => (isRecord(item)
    ? saved.get(item)!
    : { runId, item: item.id, status: 'failed', code: item.error.code, reason: item.error.message }));
  let together: LedgerEntry[] = [];
  let saved: Map<OutputRecord, LedgerEntry>;
  try {
    await deps.store.saveArticles(records.map((record) => ({ record, ingest: meta(record) })), {
      at: now,
      lines: (results) => (together = linesOf(new Map(records.map((record, i) => [record, entryOf(runId, record.id, results[i]!)])))),
    });
    return together;
  } catch (error) {
    // All or nothing: nothing was saved. One by one, each article meets its own fate; a record alone has met it.
    saved = records.length === 1 ? new Map([[records[0]!, failedEntry(runId, records[0]!.id, error)]]) : await saveOneByOne(deps, runId, records, meta);
  }
  const entries = linesOf(saved);
  // One multi-row insert and one commit for the chunk's lines, where line by line each costs a
  // statement, a round trip and a commit (a store without logIngestMany gets them all sent at once).
  if (deps.store.logIngestMany) await deps.store.logIngestMany(entries, now);
  else await Promise.all(entries.map((entry) => deps.store.logIngest(entry, now)));
  return entries;
}

interface Tally { stored: number; duplicates: number; reprocessed: number; missing: number; permanent: string[]; transient: string[] }

function tallyEntry(tally: Tally, entry: LedgerEntry, extracted: Extracted): void {
  if (entry.status === 'stored') tally.stored++;
  else if (entry.status === 'duplicate') tally.duplicates++;
  else if (!isRecord(extracted) || PERMANENT_STORE_CODES.has(entry.code)) tally.permanent.push(`${entry.item}: ${entry.code} ${entry.reason}`);
  else tally.transient.push(`${entry.item}: ${entry.code} ${entry.reason}`);
}

async function reprocess(deps: ProcessorDeps, extracted: readonly Extracted[], tally: Tally): Promise<void> {
  for (const record of extracted) {
    if (!isRecord(record)) tally.permanent.push(`${record.id}: ${record.error.code} ${record.error.message}`);
    else if (await deps.store.replaceLayers(record, deps.pipelineVersion)) tally.reprocessed++;
    else tally.missing++;
  }
}

export function createJobProcessor(deps: ProcessorDeps): JobProcessor {
  return async (job, token, signal) => {
    const tally: Tally = { stored: 0, duplicates: 0, reprocessed: 0, missing: 0, permanent: [], transient: [] };
    let extracted: Extracted[];
    try {
      extracted = await Promise.all(job.data.articles.map((article) => extractUnlessStopped(deps.extractor, article, signal)));
    } catch (error) {
      if (!(error instanceof ShuttingDown)) throw error;
      await job.moveToWait(token);
      throw new WaitingError('returned to the queue: the worker is shutting down');
    }
    if (job.name === 'reprocess') await reprocess(deps, extracted, tally);
    else (await ingest(deps, job.data.runId, extracted)).forEach((entry, i) => tallyEntry(tally, entry, extracted[i]!));
    const count = job.data.articles.length;
    if (tally.transient.length > 0) throw new Error(`${tally.transient.length} of ${count} articles could not be stored (will retry): ${listed(tally.transient)}`);
    if (tally.permanent.length > 0) throw new UnrecoverableError(`${tally.permanent.length} of ${count} articles failed: ${listed(tally.permanent)}`);
    return { articles: count, stored: tally.stored, duplicates: tally.duplicates, reprocessed: tally.reprocessed, missing: tally.missing };
  };
}
