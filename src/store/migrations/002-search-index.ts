/** Migration 002: the backend's full-text index over articles' titles and texts. */
import type { Kysely } from 'kysely';
import type { StoreAdapter } from '../adapter.js';

export async function up(db: Kysely<unknown>, adapter: StoreAdapter): Promise<void> {
  await adapter.createSearchIndex(db);
}
