/**
 * Every schema version, in order. A migration, once released, is never edited: a change is a new
 * file appended here. Kysely's migrator records which have run in `kysely_migration`.
 */
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import { Migrator } from 'kysely';
import type { StoreAdapter } from '../adapter.js';
import { up as layerTables } from './001-layer-tables.js';
import { up as searchIndex } from './002-search-index.js';

type Step = (db: Kysely<unknown>, adapter: StoreAdapter) => Promise<void>;

const MIGRATIONS: readonly (readonly [string, Step])[] = [
  ['001-layer-tables', layerTables],
  ['002-search-index', searchIndex],
];

function providerFor(adapter: StoreAdapter): MigrationProvider {
  return {
    async getMigrations() {
      const migrations: Record<string, Migration> = {};
      for (const [name, step] of MIGRATIONS) migrations[name] = { up: (db) => step(db, adapter) };
      return migrations;
    },
  };
}

/** Brings the schema up to the latest version; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<unknown>, adapter: StoreAdapter): Promise<void> {
  // Without an explicit schema, kysely's migrator would find another schema's bookkeeping tables.
  const migrator = new Migrator({ db, provider: providerFor(adapter), ...(adapter.schema ? { migrationTableSchema: adapter.schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    const state = adapter.capabilities.transactionalDdl
      ? 'It was rolled back; the store is as it was.'
      : 'The backend cannot roll back schema changes: restore the store from a backup before retrying.';
    throw new Error(`Store migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}. ${state}`);
  }
}
