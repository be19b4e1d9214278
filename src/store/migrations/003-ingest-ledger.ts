/** Migration 003: the ingest ledger, one row per item an ingest run read, and why it went where it did. */
import type { Kysely } from 'kysely';
import type { StoreAdapter } from '../adapter.js';

export async function up(db: Kysely<unknown>, adapter: StoreAdapter): Promise<void> {
  await adapter.addSeqColumn(db.schema.createTable('ingest_ledger'), 'seq')
    .addColumn('run_id', 'text', (c) => c.notNull())
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('article_id', 'text')
    .addColumn('matched_by', 'text')
    .addColumn('code', 'text')
    .addColumn('reason', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ingest_ledger_by_run').on('ingest_ledger').columns(['run_id', 'seq']).execute();
}
