/**
 * Replacing a stored article's layers with a fresh extraction (`dateline reprocess`), in one
 * transaction: the old layer rows go, the full-text index forgets the old title and text (SQLite's
 * external-content FTS5 index must be told before the row changes), and the new record's text,
 * title, layers and pipeline version go in. The article keeps its id, seq, ingest metadata and story.
 */
import type { Kysely } from 'kysely';
import type { OutputRecord } from '../output/record.js';
import type { StoreAdapter } from './adapter.js';
import { dayOf, keyOf, layerRows } from './article-rows.js';
import { recordOf } from './article-record.js';
import { insertMany } from './bulk-insert.js';
import { actorWordRows } from './event-actor-words.js';
import type { Schema } from './schema-types.js';
import type { Page, PageRequest } from './store.js';
import { checkLimit, decodeCursor, encodeCursor } from './page-cursor.js';
import { writeTransaction } from './write-transaction.js';

const LAYER_TABLES = ['datelines', 'entities', 'mentions', 'times', 'places', 'quotes', 'events'] as const;
/** Rows kept per article beside the layers: the actor-word index of its events. */
const DERIVED_TABLES = ['event_actor_words'] as const;

/** Replaces the layers of the stored article `record.id`; false when there is no such article. */
export async function replaceLayers(db: Kysely<Schema>, adapter: StoreAdapter, record: OutputRecord, pipelineVersion: string): Promise<boolean> {
  return writeTransaction(db, adapter, async (trx) => {
    const old = await trx.selectFrom('articles').select(['seq', 'title', 'text']).where('id', '=', record.id).executeTakeFirst();
    if (!old) return false;
    await adapter.unindexArticle(trx, old.seq, old.title, old.text);
    for (const table of [...LAYER_TABLES, ...DERIVED_TABLES]) await trx.deleteFrom(table).where('article_seq', '=', old.seq).execute();
    await trx.updateTable('articles').set({
      text: record.text, title: record.title, url: record.url, source: record.source, source_key: keyOf(record.source),
      language: record.language, language_key: keyOf(record.language), author: record.author,
      published: record.published, published_key: record.published ?? '', published_day: dayOf(record.published),
      pipeline_version: pipelineVersion,
    }).where('seq', '=', old.seq).execute();
    await adapter.indexArticle(trx, old.seq, record.title, record.text);
    const rows = layerRows(record, old.seq);
    for (const table of LAYER_TABLES) await insertMany(trx, adapter, table, rows[table]);
    await insertMany(trx, adapter, 'event_actor_words', actorWordRows(rows.events));
    return true;
  });
}

export interface StaleRequest extends PageRequest {
  /** Articles extracted by any other version (or by an unknown one) are stale. */
  readonly pipelineVersion: string;
}

/** Stored articles whose layers another pipeline version made, oldest first, as records. */
export async function findStale(db: Kysely<Schema>, request: StaleRequest): Promise<Page<OutputRecord>> {
  const limit = checkLimit(request.limit);
  const after = decodeCursor(request.cursor, 'key');
  const stale = db.selectFrom('articles').where((eb) => eb.or([eb('pipeline_version', 'is', null), eb('pipeline_version', '<>', request.pipelineVersion)]));
  const { n } = await stale.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  let page = stale.selectAll().orderBy('seq').limit(limit + 1);
  if (after) page = page.where('seq', '>', after.seq);
  const rows = await page.execute();
  const shown = rows.slice(0, limit);
  const last = shown[shown.length - 1];
  const empty = { datelines: [], entities: [], mentions: [], times: [], places: [], quotes: [], events: [] };
  return {
    items: shown.map((article) => recordOf({ article, ...empty }).record),
    // Counted before paging; articles reprocessed meanwhile leave the set, so the cursor is by seq.
    total: Number(n),
    next: rows.length > limit && last ? encodeCursor({ kind: 'key', key: '', seq: last.seq }) : null,
  };
}
