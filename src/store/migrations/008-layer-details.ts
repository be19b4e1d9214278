/**
 * Migration 008: every layer table gets a `details` column, a JSON object of the fields an
 * output record carries beyond the table's own columns (layer-details.ts). The output contract
 * grows by optional fields (a mention's `names`, a place's `precision`, a quote's `addressee`);
 * before this, a record read back from the store had lost them.
 *
 * Rows stored before it have no details, so they read back as they were saved then.
 */
import type { Kysely } from 'kysely';

/** The tables holding one row per layer item. */
const LAYER_TABLES = ['datelines', 'mentions', 'times', 'places', 'quotes', 'events'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of LAYER_TABLES) {
    await db.schema.alterTable(table).addColumn('details', 'text').execute();
  }
}
