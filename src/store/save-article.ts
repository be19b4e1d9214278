/**
 * Saving articles: a duplicate check and every insert in one transaction (one article, or a batch
 * of them), so a failure at any point leaves nothing behind, and an article already stored (same
 * id, canonical URL or content hash) is reported as a duplicate rather than written twice.
 *
 * A batch costs a fixed number of statements, whatever its size: one look-up of the stored
 * duplicates, two of story candidates (story-grouping.ts), then multi-row inserts (bulk-insert.ts)
 * of the articles, their band keys and their layer rows. Each article is still checked against the
 * store and the batch's articles before it, in order, as when each was saved on its own.
 */
import type { Kysely } from 'kysely';
import type { OutputRecord } from '../output/record.js';
import type { StoreAdapter } from './adapter.js';
import type { LayerRows } from './article-rows.js';
import { articleRow, layerRows } from './article-rows.js';
import { insertMany } from './bulk-insert.js';
import { actorWordRows } from './event-actor-words.js';
import { encodeSignature } from './near-duplicate.js';
import type { Schema } from './schema-types.js';
import { logIngestMany } from './ingest-ledger.js';
import type { ArticleToSave, DuplicateKey, LedgerWrite, SaveResult } from './store.js';
import { StoreError } from './store-errors.js';
import { planStories } from './story-grouping.js';
import { writeTransaction } from './write-transaction.js';

const LAYER_TABLES = ['datelines', 'entities', 'mentions', 'times', 'places', 'quotes', 'events'] as const satisfies readonly (keyof LayerRows)[];
/** From this many articles, the adapter prepares for look-ups of many keys (PostgreSQL: no JIT). */
const BATCH_LOOKUPS = 8;
/** Articles per duplicate look-up: three keys each, well under either backend's parameter limit. */
const ARTICLES_PER_LOOKUP = 2000;

/** True when any string in `value` holds U+0000; records are a few levels deep, so depth is capped. */
function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 8 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((item) => hasNul(item, depth + 1));
  for (const key in value) if (hasNul((value as Record<string, unknown>)[key], depth + 1)) return true;
  return false;
}

/** Ids of articles already stored, by each duplicate key (the same keys in one map per kind). */
type KeyIndex = Record<DuplicateKey, Map<string, string>>;

async function storedKeys(db: Kysely<Schema>, items: readonly ArticleToSave[]): Promise<KeyIndex> {
  const index: KeyIndex = { id: new Map(), url: new Map(), hash: new Map() };
  for (let i = 0; i < items.length; i += ARTICLES_PER_LOOKUP) {
    const chunk = items.slice(i, i + ARTICLES_PER_LOOKUP);
    const urls = chunk.flatMap(({ ingest }) => (ingest.canonicalUrl === null ? [] : [ingest.canonicalUrl]));
    const rows = await db.selectFrom('articles').select(['id', 'canonical_url', 'content_hash'])
      .where((eb) => eb.or([
        eb('id', 'in', chunk.map(({ record }) => record.id)),
        eb('content_hash', 'in', chunk.map(({ ingest }) => ingest.contentHash)),
        ...(urls.length === 0 ? [] : [eb('canonical_url', 'in', urls)]),
      ])).execute();
    for (const row of rows) {
      index.id.set(row.id, row.id);
      if (row.canonical_url !== null) index.url.set(row.canonical_url, row.id);
      index.hash.set(row.content_hash, row.id);
    }
  }
  return index;
}

/** The first key (id, then URL, then hash) under which `item` is already stored or earlier in the batch. */
function duplicateOf({ record, ingest }: ArticleToSave, stored: KeyIndex, batch: KeyIndex): SaveResult | null {
  const keys: [DuplicateKey, string | null][] = [['id', record.id], ['url', ingest.canonicalUrl], ['hash', ingest.contentHash]];
  for (const [matchedBy, key] of keys) {
    const id = key === null ? undefined : stored[matchedBy].get(key) ?? batch[matchedBy].get(key);
    if (id !== undefined) return { status: 'duplicate', id, matchedBy };
  }
  return null;
}

/** Saves `items` inside an open transaction: the checks, then every row in a few multi-row statements. */
async function saveInTransaction(trx: Kysely<Schema>, adapter: StoreAdapter, items: readonly ArticleToSave[]): Promise<SaveResult[]> {
  if (items.length >= BATCH_LOOKUPS) await adapter.beforeBatchLookups?.(trx);
  const stored = await storedKeys(trx, items);
  const batch: KeyIndex = { id: new Map(), url: new Map(), hash: new Map() };
  const fresh: ArticleToSave[] = [];
  const results: (SaveResult | null)[] = items.map((item) => {
    const duplicate = duplicateOf(item, stored, batch);
    if (duplicate) return duplicate;
    const { record, ingest } = item;
    batch.id.set(record.id, record.id);
    if (ingest.canonicalUrl !== null) batch.url.set(ingest.canonicalUrl, record.id);
    batch.hash.set(ingest.contentHash, record.id);
    fresh.push(item);
    return null;
  });
  if (fresh.length === 0) return results as SaveResult[];

  const plans = await planStories(trx, adapter, fresh.map(({ record }) => record));
  const articles = fresh.map(({ record, ingest }, i) => ({
    ...articleRow(record, ingest),
    story_id: plans[i]!.storyId, story_reason: plans[i]!.reason, title_key: plans[i]!.titleKey,
    signature: plans[i]!.signature ? encodeSignature(plans[i]!.signature!) : null,
  }));
  const inserted = await insertMany<{ seq: number; id: string }>(trx, adapter, 'articles', articles, ['seq', 'id']);
  const seqOf = new Map(inserted.map((row) => [row.id, Number(row.seq)]));
  const seqs = fresh.map(({ record }) => seqOf.get(record.id)!);
  for (const [i, { record }] of fresh.entries()) await adapter.indexArticle(trx, seqs[i]!, record.title, record.text);
  // In key order, each insert lands next to the one before it in the band index.
  const bands = plans.flatMap((plan, i) => plan.bands.map((band) => ({ band, article_seq: seqs[i]! })));
  await insertMany(trx, adapter, 'story_bands', bands.sort((a, b) => (a.band < b.band ? -1 : a.band > b.band ? 1 : a.article_seq - b.article_seq)));
  const rows = fresh.map(({ record }, i) => layerRows(record, seqs[i]!));
  for (const table of LAYER_TABLES) await insertMany(trx, adapter, table, rows.flatMap((row): readonly Readonly<Record<string, unknown>>[] => row[table]));
  await insertMany(trx, adapter, 'event_actor_words', actorWordRows(rows.flatMap((row) => row.events)));

  let next = 0;
  return results.map((result) => result ?? { status: 'created', id: fresh[next]!.record.id, storyId: plans[next++]!.storyId });
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

export async function saveArticle(db: Kysely<Schema>, adapter: StoreAdapter, record: OutputRecord, ingest: ArticleToSave['ingest']): Promise<SaveResult> {
  // SQLite would keep a NUL and PostgreSQL would fail on it; refuse it on both, before any write.
  if (hasNul(record)) throw new StoreError('BAD_RECORD');
  const [result] = await inTransaction(db, adapter, (trx) => saveInTransaction(trx, adapter, [{ record, ingest }]));
  return result!;
}

/**
 * Saves several articles in one transaction, in order, each checked against the store and against
 * the ones before it: all are stored (or found duplicate), or, on any failure, none. The `ledger`
 * lines, made from the results, are written in the same transaction (a queue worker's chunk).
 */
export async function saveArticles(db: Kysely<Schema>, adapter: StoreAdapter, items: readonly ArticleToSave[], ledger?: LedgerWrite): Promise<SaveResult[]> {
  if (items.some((item) => hasNul(item.record))) throw new StoreError('BAD_RECORD');
  if (items.length === 0) {
    if (ledger) await logIngestMany(db, ledger.lines([]), ledger.at);
    return [];
  }
  return inTransaction(db, adapter, async (trx) => {
    const results = await saveInTransaction(trx, adapter, items);
    if (ledger) await logIngestMany(trx, ledger.lines(results), ledger.at);
    return results;
  });
}
