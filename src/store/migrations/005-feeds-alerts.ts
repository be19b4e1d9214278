/**
 * Migration 005: feeds and alerts. `feeds` is the per-feed ledger (conditional-request validators,
 * schedule, back-off, running totals and the last failure with its reason); `feed_items` remembers
 * every item a feed has shown, so a repeated item is never read or stored twice, and keeps where
 * the article's publication date came from. `saved_queries`, `alert_deliveries` (one row per
 * (query, article): the key that makes a webhook fire once per new match) and `alert_bursts`
 * (one row per (query, window)) hold the alerts; see src/alerts/.
 */
import type { Kysely } from 'kysely';
import type { StoreAdapter } from '../adapter.js';

const COUNTERS = ['polls', 'not_modified', 'failures', 'items_seen', 'items_new', 'stored', 'skipped', 'failed'] as const;

export async function up(db: Kysely<unknown>, _adapter: StoreAdapter): Promise<void> {
  let feeds = db.schema.createTable('feeds')
    .addColumn('url', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text')
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('last_polled', 'text')
    .addColumn('last_status', 'text')
    .addColumn('last_code', 'text')
    .addColumn('last_reason', 'text')
    .addColumn('next_poll', 'text')
    .addColumn('errors_in_row', 'integer', (c) => c.notNull().defaultTo(0));
  for (const counter of COUNTERS) feeds = feeds.addColumn(counter, 'integer', (c) => c.notNull().defaultTo(0));
  await feeds.execute();
  await db.schema.createTable('feed_items')
    .addColumn('feed_url', 'text', (c) => c.notNull())
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('article_id', 'text')
    .addColumn('first_seen', 'text', (c) => c.notNull())
    .addColumn('published', 'text')
    .addColumn('published_source', 'text')
    .addColumn('code', 'text')
    .addColumn('reason', 'text')
    .addPrimaryKeyConstraint('feed_items_pk', ['feed_url', 'item_key'])
    .execute();
  await db.schema.createIndex('feed_items_by_article').on('feed_items').column('article_id').execute();
  await db.schema.createTable('saved_queries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('webhook', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  for (const [table, key] of [['alert_deliveries', 'article_id'], ['alert_bursts', 'window_start']] as const) {
    let create = db.schema.createTable(table)
      .addColumn('query_id', 'text', (c) => c.notNull().references('saved_queries.id').onDelete('cascade'))
      .addColumn(key, 'text', (c) => c.notNull());
    if (table === 'alert_bursts') {
      create = create.addColumn('window_end', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addColumn('baseline', 'real', (c) => c.notNull());
    }
    await create
      .addColumn('matched_at', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('next_attempt', 'text')
      .addColumn('last_error', 'text')
      .addColumn('delivered_at', 'text')
      .addPrimaryKeyConstraint(`${table}_pk`, ['query_id', key])
      .execute();
    await db.schema.createIndex(`${table}_by_status`).on(table).columns(['status', 'next_attempt']).execute();
  }
  await db.schema.createIndex('alert_deliveries_by_time').on('alert_deliveries').columns(['query_id', 'matched_at']).execute();
}
