/**
 * Every schema version, in order, and the runner that applies the missing ones. A migration, once
 * released, is never edited: a change is a new file appended here. Applied versions are recorded
 * in `schema_migrations`.
 *
 * Kysely has a migrator, but it introspects every schema in the database, which fails when another
 * schema is dropped at the same moment (as parallel test runs do); this runner touches only its own table.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { StoreAdapter } from '../adapter.js';
import { up as layerTables } from './001-layer-tables.js';
import { up as searchIndex } from './002-search-index.js';
import { up as ingestLedger } from './003-ingest-ledger.js';
import { up as stories } from './004-stories.js';
import { up as feedsAlerts } from './005-feeds-alerts.js';
import { up as dateRangeIndex } from './006-date-range-index.js';
import { up as eventActorWords } from './007-event-actor-words.js';
import { up as layerDetails } from './008-layer-details.js';

type Step = (db: Kysely<unknown>, adapter: StoreAdapter) => Promise<void>;

const MIGRATIONS: readonly (readonly [string, Step])[] = [
  ['001-layer-tables', layerTables],
  ['002-search-index', searchIndex],
  ['003-ingest-ledger', ingestLedger],
  ['004-stories', stories],
  ['005-feeds-alerts', feedsAlerts],
  ['006-date-range-index', dateRangeIndex],
  ['007-event-actor-words', eventActorWords],
  ['008-layer-details', layerDetails],
];

interface MigrationTables { schema_migrations: { name: string; applied_at: string } }

async function pending(db: Kysely<MigrationTables>): Promise<(readonly [string, Step])[]> {
  const rows = await db.selectFrom('schema_migrations').select('name').execute();
  const applied = new Set(rows.map((row) => row.name));
  return MIGRATIONS.filter(([name]) => !applied.has(name));
}

async function apply(db: Kysely<MigrationTables>, adapter: StoreAdapter, [name, step]: readonly [string, Step]): Promise<void> {
  try {
    await step(db as unknown as Kysely<unknown>, adapter);
    await db.insertInto('schema_migrations').values({ name, applied_at: new Date().toISOString() }).execute();
  } catch (error) {
    throw new Error(`Store migration ${name} failed and was rolled back: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Brings the schema up to the latest version. Everything runs in one transaction, behind the
 * adapter's lock: a failure leaves the previous version intact, and a second process opening the
 * store at the same moment waits, then finds nothing left to do. (Both backends' DDL is transactional.)
 */
export async function migrateToLatest(db: Kysely<unknown>, adapter: StoreAdapter): Promise<void> {
  await adapter.exclusively(db, async (conn) => {
    const trx = conn as Kysely<MigrationTables>;
    await trx.schema.createTable('schema_migrations').ifNotExists()
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('applied_at', 'text', (c) => c.notNull())
      .execute();
    for (const migration of await pending(trx)) await apply(trx, adapter, migration);
  });
}
