/**
 * Migration 001: the articles, one table per layer, API tokens, and the indexes the store's
 * queries filter and order on. Offsets are `start_offset`/`end_offset` because END is reserved.
 */
import type { CreateTableBuilder, Kysely } from 'kysely';
import type { StoreAdapter } from '../adapter.js';

type TableBuilder = CreateTableBuilder<string, string>;

function spanColumns(table: TableBuilder): TableBuilder {
  return table
    .addColumn('start_offset', 'integer', (c) => c.notNull())
    .addColumn('end_offset', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('rule', 'text');
}

function actorColumns(table: TableBuilder, role: 'source' | 'target'): TableBuilder {
  return table
    .addColumn(`${role}_entity`, 'text')
    .addColumn(`${role}_name`, 'text')
    .addColumn(`${role}_key`, 'text', (c) => c.notNull())
    .addColumn(`${role}_country`, 'text')
    .addColumn(`${role}_sector`, 'text');
}

function articleRef(table: TableBuilder): TableBuilder {
  return table.addColumn('article_seq', 'integer', (c) => c.notNull().references('articles.seq').onDelete('cascade'));
}

async function createArticles(db: Kysely<unknown>, adapter: StoreAdapter): Promise<void> {
  await adapter.addSeqColumn(db.schema.createTable('articles'), 'seq')
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text')
    .addColumn('url', 'text')
    .addColumn('canonical_url', 'text', (c) => c.unique())
    .addColumn('source', 'text')
    .addColumn('source_key', 'text', (c) => c.notNull())
    .addColumn('language', 'text')
    .addColumn('language_key', 'text', (c) => c.notNull())
    .addColumn('author', 'text')
    .addColumn('published', 'text')
    .addColumn('published_key', 'text', (c) => c.notNull())
    .addColumn('published_day', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull().unique())
    .addColumn('first_seen', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('articles_by_date').on('articles').columns(['published_key', 'seq']).execute();
  await db.schema.createIndex('articles_by_day').on('articles').column('published_day').execute();
  await db.schema.createIndex('articles_by_source').on('articles').column('source_key').execute();
  await db.schema.createIndex('articles_by_language').on('articles').column('language_key').execute();
}

async function createLayerTables(db: Kysely<unknown>, adapter: StoreAdapter): Promise<void> {
  await spanColumns(articleRef(db.schema.createTable('datelines')))
    .addColumn('place_name', 'text').addColumn('place_country', 'text')
    .addColumn('place_lat', 'double precision').addColumn('place_lon', 'double precision')
    .addColumn('place_text', 'text').addColumn('place_key', 'text', (c) => c.notNull())
    .addColumn('date', 'text').addColumn('agency', 'text').addColumn('agency_key', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('datelines_pk', ['article_seq'])
    .execute();
  await articleRef(db.schema.createTable('entities'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull()).addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull()).addColumn('country', 'text')
    .addColumn('sector', 'text').addColumn('role', 'text')
    .addPrimaryKeyConstraint('entities_pk', ['article_seq', 'idx'])
    .execute();
  await spanColumns(articleRef(db.schema.createTable('mentions')))
    .addColumn('entity_idx', 'integer', (c) => c.notNull()).addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mentions_pk', ['article_seq', 'entity_idx', 'idx'])
    .execute();
  await spanColumns(articleRef(db.schema.createTable('times')))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull()).addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('times_pk', ['article_seq', 'idx'])
    .execute();
  await spanColumns(articleRef(db.schema.createTable('places')))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull()).addColumn('country', 'text').addColumn('admin1', 'text')
    .addColumn('lat', 'double precision').addColumn('lon', 'double precision').addColumn('geonameid', 'integer')
    .addPrimaryKeyConstraint('places_pk', ['article_seq', 'idx'])
    .execute();
  await spanColumns(articleRef(adapter.addSeqColumn(db.schema.createTable('quotes'), 'seq')))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('text_key', 'text', (c) => c.notNull()).addColumn('direct', 'integer', (c) => c.notNull())
    .addColumn('speaker_start', 'integer').addColumn('speaker_end', 'integer').addColumn('speaker_text', 'text')
    .addColumn('speaker_entity', 'text').addColumn('speaker_name', 'text').addColumn('speaker_key', 'text', (c) => c.notNull())
    .addColumn('cue_start', 'integer').addColumn('cue_end', 'integer').addColumn('cue_text', 'text')
    .addColumn('source', 'text').addColumn('day', 'text', (c) => c.notNull())
    .addUniqueConstraint('quotes_position', ['article_seq', 'idx'])
    .execute();
  await actorColumns(actorColumns(spanColumns(articleRef(adapter.addSeqColumn(db.schema.createTable('events'), 'seq'))), 'source'), 'target')
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('cameo', 'text', (c) => c.notNull()).addColumn('plover', 'text', (c) => c.notNull())
    .addColumn('plover_key', 'text', (c) => c.notNull()).addColumn('mode', 'text')
    .addColumn('quad', 'integer', (c) => c.notNull()).addColumn('goldstein', 'double precision', (c) => c.notNull())
    .addColumn('date', 'text').addColumn('place', 'text')
    .addColumn('confidence', 'double precision', (c) => c.notNull()).addColumn('day', 'text', (c) => c.notNull())
    .addUniqueConstraint('events_position', ['article_seq', 'idx'])
    .execute();
}

async function createLayerIndexes(db: Kysely<unknown>): Promise<void> {
  const indexes: [string, string, string[]][] = [
    ['datelines_by_place', 'datelines', ['place_key']],
    ['datelines_by_agency', 'datelines', ['agency_key']],
    ['entities_by_name', 'entities', ['name_key']],
    ['entities_by_country', 'entities', ['country']],
    ['places_by_country', 'places', ['country']],
    ['quotes_by_speaker', 'quotes', ['speaker_key']],
    ['quotes_by_day', 'quotes', ['day', 'seq']],
    ['quotes_by_article', 'quotes', ['article_seq']],
    ['events_by_day', 'events', ['day', 'seq']],
    ['events_by_article', 'events', ['article_seq']],
    ['events_by_source', 'events', ['source_key']],
    ['events_by_target', 'events', ['target_key']],
    ['events_by_source_country', 'events', ['source_country']],
    ['events_by_target_country', 'events', ['target_country']],
    ['events_by_cameo', 'events', ['cameo']],
    ['events_by_plover', 'events', ['plover_key']],
  ];
  for (const [name, table, columns] of indexes) await db.schema.createIndex(name).on(table).columns(columns).execute();
}

export async function up(db: Kysely<unknown>, adapter: StoreAdapter): Promise<void> {
  await createArticles(db, adapter);
  await createLayerTables(db, adapter);
  await createLayerIndexes(db);
  await adapter.addSeqColumn(db.schema.createTable('api_tokens'), 'id')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
