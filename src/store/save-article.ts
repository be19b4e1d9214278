/**
 * Saving articles: a duplicate check and every insert in one transaction (one article, or a batch
 * of them), so a failure at any point leaves nothing behind, and an article already stored (same
 * id, canonical URL or content hash) is reported as a duplicate rather than written twice.
 */
import type { Insertable, Kysely } from 'kysely';
import type { OutputRecord } from '../output/record.js';
import type { StoreAdapter } from './adapter.js';
import type { LayerRows } from './article-rows.js';
import { articleRow, layerRows } from './article-rows.js';
import type { Schema } from './schema-types.js';
import type { ArticleToSave, DuplicateKey, IngestMeta, SaveResult } from './store.js';
import { StoreError } from './store-errors.js';
import { assignStory } from './story-grouping.js';
import { writeTransaction } from './write-transaction.js';

/** Rows per INSERT, well under SQLite's limit on bound parameters. */
const CHUNK = 100;
const LAYER_TABLES = ['datelines', 'entities', 'mentions', 'times', 'places', 'quotes', 'events'] as const satisfies readonly (keyof LayerRows)[];

/** True when any string in `value` holds U+0000; records are a few levels deep, so depth is capped. */
function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 8 || value === null || typeof value !== 'object') return false;
  return Object.values(value).some((item) => hasNul(item, depth + 1));
}

async function findDuplicate(db: Kysely<Schema>, record: OutputRecord, ingest: IngestMeta): Promise<SaveResult | null> {
  const rows = await db.selectFrom('articles').select(['id', 'canonical_url', 'content_hash'])
    .where((eb) => eb.or([
      eb('id', '=', record.id),
      eb('content_hash', '=', ingest.contentHash),
      ...(ingest.canonicalUrl === null ? [] : [eb('canonical_url', '=', ingest.canonicalUrl)]),
    ]))
    .limit(3).execute();
  const matches: [DuplicateKey, (typeof rows)[number] | undefined][] = [
    ['id', rows.find((row) => row.id === record.id)],
    ['url', rows.find((row) => ingest.canonicalUrl !== null && row.canonical_url === ingest.canonicalUrl)],
    ['hash', rows.find((row) => row.content_hash === ingest.contentHash)],
  ];
  for (const [matchedBy, row] of matches) if (row) return { status: 'duplicate', id: row.id, matchedBy };
  return null;
}

async function insertRows(db: Kysely<Schema>, table: keyof LayerRows, rows: readonly Insertable<Schema[keyof LayerRows]>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db.insertInto(table).values(rows.slice(i, i + CHUNK) as never).execute();
  }
}

async function insertLayers(db: Kysely<Schema>, rows: readonly LayerRows[]): Promise<void> {
  for (const table of LAYER_TABLES) await insertRows(db, table, rows.flatMap((row): readonly Insertable<Schema[keyof LayerRows]>[] => row[table]));
}

/**
 * Saves one article's own row inside an open transaction: the duplicate check, the article, its
 * search index entry and its story. Its layer rows are returned for the caller to insert, so a
 * batch inserts all its articles' layers in a few multi-row statements.
 */
async function saveInTransaction(trx: Kysely<Schema>, adapter: StoreAdapter, record: OutputRecord, ingest: IngestMeta): Promise<{ result: SaveResult; rows: LayerRows | null }> {
  const duplicate = await findDuplicate(trx, record, ingest);
  if (duplicate) return { result: duplicate, rows: null };
  const { seq } = await trx.insertInto('articles').values(articleRow(record, ingest)).returning('seq').executeTakeFirstOrThrow();
  await adapter.indexArticle(trx, seq, record.title, record.text);
  const story = await assignStory(trx, seq, record);
  return { result: { status: 'created', id: record.id, storyId: story.storyId }, rows: layerRows(record, seq) };
}

/**
 * Runs `work` in one transaction. When another writer saved one of the same articles between our
 * duplicate check and our insert, the transaction is rolled back and run once more: the check then
 * sees that writer's article. (Without concurrent writers the check inside the transaction already
 * saw every article, so a violation is real.)
 */
async function inTransaction<T>(db: Kysely<Schema>, adapter: StoreAdapter, work: (trx: Kysely<Schema>) => Promise<T>): Promise<T> {
  try {
    return await writeTransaction(db, adapter, work);
  } catch (error) {
    if (!(adapter.capabilities.concurrentWriters && adapter.isUniqueViolation(error))) throw error;
    return writeTransaction(db, adapter, work);
  }
}

export async function saveArticle(db: Kysely<Schema>, adapter: StoreAdapter, record: OutputRecord, ingest: IngestMeta): Promise<SaveResult> {
  // SQLite would keep a NUL and PostgreSQL would fail on it; refuse it on both, before any write.
  if (hasNul(record)) throw new StoreError('BAD_RECORD');
  return inTransaction(db, adapter, async (trx) => {
    const { result, rows } = await saveInTransaction(trx, adapter, record, ingest);
    if (rows) await insertLayers(trx, [rows]);
    return result;
  });
}

/**
 * Saves several articles in one transaction, in order, each checked against the store and against
 * the ones before it: all are stored (or found duplicate), or, on any failure, none.
 */
export async function saveArticles(db: Kysely<Schema>, adapter: StoreAdapter, items: readonly ArticleToSave[]): Promise<SaveResult[]> {
  if (items.some((item) => hasNul(item.record))) throw new StoreError('BAD_RECORD');
  if (items.length === 0) return [];
  return inTransaction(db, adapter, async (trx) => {
    const results: SaveResult[] = [];
    const rows: LayerRows[] = [];
    for (const { record, ingest } of items) {
      const saved = await saveInTransaction(trx, adapter, record, ingest);
      results.push(saved.result);
      if (saved.rows) rows.push(saved.rows);
    }
    await insertLayers(trx, rows);
    return results;
  });
}
