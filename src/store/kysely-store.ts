/**
 * The store, written once over the query builder; the adapter supplies what differs by backend.
 */
import { Kysely } from 'kysely';
import type { StoreAdapter } from './adapter.js';
import { recordOf } from './article-record.js';
import { withoutControls } from './article-rows.js';
import { createApiToken, verifyApiToken } from './api-tokens.js';
import { findArticles } from './find-articles.js';
import { findFacets } from './find-facets.js';
import { findEntities, findEvents, findQuotes } from './find-layers.js';
import { findLedger, logIngest, logIngestMany } from './ingest-ledger.js';
import { entityPage } from './entity-page.js';
import { eventsGeo, network, placesGeo, timeline } from './find-aggregates.js';
import { findStale, replaceLayers } from './replace-layers.js';
import { migrateToLatest } from './migrations/migrations.js';
import { saveArticle, saveArticles } from './save-article.js';
import { createWatchStore } from './watch-store.js';
import type { Schema } from './schema-types.js';
import type { Store, StoreStats, StoredArticle } from './store.js';

async function getArticle(db: Kysely<Schema>, id: string): Promise<StoredArticle | null> {
  if (withoutControls(id) !== id) return null;
  const article = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  if (!article) return null;
  const seq = article.seq;
  const [datelines, entities, mentions, times, places, quotes, events] = await Promise.all([
    db.selectFrom('datelines').selectAll().where('article_seq', '=', seq).execute(),
    db.selectFrom('entities').selectAll().where('article_seq', '=', seq).orderBy('idx').execute(),
    db.selectFrom('mentions').selectAll().where('article_seq', '=', seq).orderBy('entity_idx').orderBy('idx').execute(),
    db.selectFrom('times').selectAll().where('article_seq', '=', seq).orderBy('idx').execute(),
    db.selectFrom('places').selectAll().where('article_seq', '=', seq).orderBy('idx').execute(),
    db.selectFrom('quotes').selectAll().where('article_seq', '=', seq).orderBy('idx').execute(),
    db.selectFrom('events').selectAll().where('article_seq', '=', seq).orderBy('idx').execute(),
  ]);
  return recordOf({ article, datelines, entities, mentions, times, places, quotes, events });
}

async function stats(db: Kysely<Schema>): Promise<StoreStats> {
  const tables = ['articles', 'entities', 'mentions', 'quotes', 'events', 'places', 'times'] as const;
  const counts = await Promise.all(tables.map((table) =>
    db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()));
  const [articles, entities, mentions, quotes, events, places, times] = counts.map((row) => Number(row.n));
  return { articles: articles!, entities: entities!, mentions: mentions!, quotes: quotes!, events: events!, places: places!, times: times! };
}

/** Opens the database through the adapter and migrates it to the latest schema. */
export async function createKyselyStore(adapter: StoreAdapter): Promise<Store> {
  const db = new Kysely<Schema>({ dialect: adapter.dialect });
  try {
    await migrateToLatest(db as unknown as Kysely<unknown>, adapter);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    saveArticle: (record, ingest) => saveArticle(db, adapter, record, ingest),
    saveArticles: (items, ledger) => saveArticles(db, adapter, items, ledger),
    getArticle: (id) => getArticle(db, id),
    findArticles: (query) => findArticles(db, adapter, query),
    facets: (query) => findFacets(db, adapter, query),
    findEvents: (filter) => findEvents(db, filter),
    findQuotes: (filter) => findQuotes(db, filter),
    findEntities: (filter) => findEntities(db, filter),
    stats: () => stats(db),
    findStale: (request) => findStale(db, request),
    entityPage: (name) => entityPage(db, name),
    timeline: (query, interval) => timeline(db, adapter, query, interval),
    network: (scope) => network(db, adapter, scope),
    placesGeo: (country) => placesGeo(db, country),
    eventsGeo: (scope) => eventsGeo(db, adapter, scope),
    replaceLayers: (record, version) => replaceLayers(db, adapter, record, version),
    logIngest: (entry, at) => logIngest(db, entry, at),
    logIngestMany: (entries, at) => logIngestMany(db, entries, at),
    findLedger: (filter) => findLedger(db, filter),
    createApiToken: (name) => createApiToken(db, name),
    verifyApiToken: (token) => verifyApiToken(db, token),
    watch: createWatchStore(db, adapter),
    async close() {
      await db.destroy();
      await adapter.afterClose?.();
    },
  };
}
