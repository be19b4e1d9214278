/**
 * Saving one extracted record and writing its ledger line: what `dateline ingest` does for each
 * item, in this process or in a queue worker (src/queue/). The save is idempotent (the store skips
 * an article already there by id, canonical URL or content hash), so an item saved twice — a
 * re-run, or a queue job retried after its worker died — is stored once and logged as a duplicate.
 *
 * @example const entry = await saveAndLog(store, runId, record, new Date(), 'p-3f9a1c0b2d4e');
 */
import type { ErrorRecord, OutputRecord } from '../output/record.js';
import { ingestMetaFor } from '../store/ingest-meta.js';
import type { LedgerEntry, Store } from '../store/store.js';

async function saveOne(store: Store, runId: string, record: OutputRecord | ErrorRecord, now: Date, version: string): Promise<LedgerEntry> {
  if ('error' in record) return { runId, item: record.id, status: 'failed', code: record.error.code, reason: record.error.message };
  try {
    const result = await store.saveArticle(record, { ...ingestMetaFor(record, now), pipelineVersion: version });
    return result.status === 'created'
      ? { runId, item: record.id, status: 'stored', articleId: result.id }
      : { runId, item: record.id, status: 'duplicate', articleId: result.id, matchedBy: result.matchedBy };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { runId, item: record.id, status: 'failed', code: typeof code === 'string' ? code : 'STORE', reason: (error as Error).message };
  }
}

/** Saves the record (an error record is not saved) and appends its fate to the ingest ledger. */
export async function saveAndLog(store: Store, runId: string, record: OutputRecord | ErrorRecord, now: Date, version: string): Promise<LedgerEntry> {
  const entry = await saveOne(store, runId, record, now, version);
  await store.logIngest(entry, now);
  return entry;
}
