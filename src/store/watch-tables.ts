/**
 * The feed and alert tables (migration 005) as the query builder sees them; see watch-types.ts
 * for what each column means to callers.
 */
import type { Generated, Kysely } from 'kysely';
import type { Schema } from './schema-types.js';

export interface FeedsTable {
  url: string; title: string | null; added_at: string; etag: string | null; last_modified: string | null;
  last_polled: string | null; last_status: string | null; last_code: string | null; last_reason: string | null;
  next_poll: string | null; errors_in_row: Generated<number>; polls: Generated<number>; not_modified: Generated<number>;
  failures: Generated<number>; items_seen: Generated<number>; items_new: Generated<number>; stored: Generated<number>;
  skipped: Generated<number>; failed: Generated<number>;
}

export interface FeedItemsTable {
  feed_url: string; item_key: string; status: string; attempts: number; article_id: string | null; first_seen: string;
  published: string | null; published_source: string | null; code: string | null; reason: string | null;
}

export interface SavedQueriesTable {
  id: string; name: string; query: string; webhook: string | null; created_at: string; last_seq: number;
}

interface AlertState {
  query_id: string; matched_at: string; status: string; attempts: number;
  next_attempt: string | null; last_error: string | null; delivered_at: string | null;
}

export interface AlertDeliveriesTable extends AlertState { article_id: string }
export interface AlertBurstsTable extends AlertState { window_start: string; window_end: string; count: number; baseline: number }

export interface WatchSchema extends Schema {
  feeds: FeedsTable;
  feed_items: FeedItemsTable;
  saved_queries: SavedQueriesTable;
  alert_deliveries: AlertDeliveriesTable;
  alert_bursts: AlertBurstsTable;
}

export type WatchDb = Kysely<WatchSchema>;
