/**
 * The ingest ledger: one line per item an ingest run read, saying whether it was stored, skipped
 * as a duplicate (and which key matched), or failed (and why). Lines are written after the
 * article's own transaction, so a run killed between the two leaves the article without its line;
 * the next run then logs it as a duplicate, never as a second article.
 */
import type { Kysely } from 'kysely';
import { checkLimit, decodeCursor, encodeCursor } from './page-cursor.js';
import type { IngestLedgerTable, Schema } from './schema-types.js';
import type { DuplicateKey, LedgerEntry, LedgerFilter, LedgerLine, Page } from './store.js';
import { StoreError } from './store-errors.js';

const STATUSES = new Set(['stored', 'duplicate', 'failed']);

function rowOf(entry: LedgerEntry, at: Date) {
  return {
    run_id: entry.runId,
    item: entry.item,
    status: entry.status,
    article_id: entry.status === 'failed' ? null : entry.articleId,
    matched_by: entry.status === 'duplicate' ? entry.matchedBy : null,
    code: entry.status === 'failed' ? entry.code : null,
    reason: entry.status === 'failed' ? entry.reason : null,
    at: at.toISOString(),
  };
}

export async function logIngest(db: Kysely<Schema>, entry: LedgerEntry, at: Date = new Date()): Promise<void> {
  await db.insertInto('ingest_ledger').values(rowOf(entry, at)).execute();
}

/** Rows per statement, far below PostgreSQL's 65,535 bound parameters (8 a row). */
const MANY_ROWS = 1_000;

/** Several lines in one multi-row insert a thousand (one commit each), in order; for a queue worker's chunk. */
export async function logIngestMany(db: Kysely<Schema>, entries: readonly LedgerEntry[], at: Date = new Date()): Promise<void> {
  for (let i = 0; i < entries.length; i += MANY_ROWS) {
    await db.insertInto('ingest_ledger').values(entries.slice(i, i + MANY_ROWS).map((entry) => rowOf(entry, at))).execute();
  }
}

function lineOf(row: IngestLedgerTable & { seq: number }): LedgerLine {
  const base = { runId: row.run_id, item: row.item, at: row.at };
  if (row.status === 'failed') return { ...base, status: 'failed', code: row.code ?? 'INTERNAL', reason: row.reason ?? '' };
  if (row.status === 'duplicate') return { ...base, status: 'duplicate', articleId: row.article_id ?? '', matchedBy: (row.matched_by ?? 'id') as DuplicateKey };
  return { ...base, status: 'stored', articleId: row.article_id ?? '' };
}

export async function findLedger(db: Kysely<Schema>, filter: LedgerFilter): Promise<Page<LedgerLine>> {
  const limit = checkLimit(filter.limit);
  if (filter.status !== undefined && !STATUSES.has(filter.status)) throw new StoreError('BAD_FILTER', 'status must be stored, duplicate or failed.');
  const after = decodeCursor(filter.cursor, 'key');
  let query = db.selectFrom('ingest_ledger');
  if (filter.runId !== undefined) query = query.where('run_id', '=', filter.runId);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  const { n } = await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  let pageQuery = query.selectAll().orderBy('seq').limit(limit + 1);
  if (after) pageQuery = pageQuery.where('seq', '>', after.seq);
  const rows = await pageQuery.execute();
  const shown = rows.slice(0, limit);
  const last = shown[shown.length - 1];
  return {
    items: shown.map((row) => lineOf(row as IngestLedgerTable & { seq: number })),
    total: Number(n),
    next: rows.length > limit && last ? encodeCursor({ kind: 'key', key: '', seq: last.seq }) : null,
  };
}
