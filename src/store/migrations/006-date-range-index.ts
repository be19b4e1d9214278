/**
 * Migration 006: an index on articles' (published_key, seq, published_day) in place of
 * (published_key, seq). A search with a short date range walks it backwards through the range in
 * date order, checking each article's day and its full-text match without reading the article
 * rows, and stops after one page; before, it started from every full-text match (30,000 for two
 * common words in a store of 200,000) and read each row to test its date (docs/benchmarks.md).
 */
import type { Kysely } from 'kysely';
import type { StoreAdapter } from '../adapter.js';

export async function up(db: Kysely<unknown>, _adapter: StoreAdapter): Promise<void> {
  await db.schema.createIndex('articles_by_date_and_day').on('articles').columns(['published_key', 'seq', 'published_day']).execute();
  await db.schema.dropIndex('articles_by_date').execute();
}
