/**
 * Multi-row INSERTs for the write paths (save-article.ts, replace-layers.ts), without building a
 * query per row: each statement's SQL is compiled by kysely once per table, column list and row
 * count, then reused with new parameters (on SQLite the adapter also keeps the prepared statement).
 * Rows go in statements of at most MAX_PARAMETERS parameters (SQLite allows 32,766, PostgreSQL
 * 65,535), in runs of power-of-two sizes below the largest so that only a few texts ever exist.
 *
 * @example await insertMany(trx, adapter, 'times', rows); // rows: every one with the same columns
 */
import type { Kysely } from 'kysely';
import { CompiledQuery } from 'kysely';
import type { StoreAdapter } from './adapter.js';
import type { Schema } from './schema-types.js';

const MAX_PARAMETERS = 30_000;
const MAX_ROWS = 512;

type Table = keyof Schema;
type Row = Readonly<Record<string, unknown>>;

/** Compiled SQL texts by adapter (one dialect each), then by table, columns, row count and RETURNING. */
const texts = new WeakMap<StoreAdapter, Map<string, string>>();

function sqlText(db: Kysely<Schema>, adapter: StoreAdapter, table: Table, columns: readonly string[], count: number, returning: readonly string[]): string {
  let byKey = texts.get(adapter);
  if (!byKey) texts.set(adapter, byKey = new Map());
  const key = `${table}|${columns.join(',')}|${count}|${returning.join(',')}`;
  let text = byKey.get(key);
  if (text === undefined) {
    // Placeholder rows of nulls: kysely binds every value, so the text is the same for any values.
    const row = Object.fromEntries(columns.map((column) => [column, null]));
    const insert = db.insertInto(table).values(Array.from({ length: count }, () => row) as never);
    text = (returning.length > 0 ? insert.returning(returning as never) : insert).compile().sql;
    byKey.set(key, text);
  }
  return text;
}

/** Sizes to cut `n` rows into: full statements, then the remainder's binary digits. */
function runSizes(n: number, largest: number): number[] {
  const sizes: number[] = [];
  let left = n;
  while (left >= largest) { sizes.push(largest); left -= largest; }
  for (let size = 1 << Math.floor(Math.log2(Math.max(1, largest))); size >= 1; size >>= 1) {
    if (left >= size) { sizes.push(size); left -= size; }
  }
  return sizes;
}

/**
 * Inserts `rows` (all with the columns of the first, in the same order) into `table`; returns the
 * `returning` columns of the inserted rows when asked.
 */
export async function insertMany<R extends Row = Row>(
  db: Kysely<Schema>, adapter: StoreAdapter, table: Table, rows: readonly Row[], returning: readonly string[] = [],
): Promise<R[]> {
  if (rows.length === 0) return [];
  const columns = Object.keys(rows[0]!);
  const largest = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / columns.length)));
  const out: R[] = [];
  let at = 0;
  for (const size of runSizes(rows.length, largest)) {
    const parameters: unknown[] = new Array(size * columns.length);
    let p = 0;
    for (let r = at; r < at + size; r++) {
      const row = rows[r]!;
      for (const column of columns) parameters[p++] = row[column] ?? null;
    }
    at += size;
    const result = await db.executeQuery<R>(CompiledQuery.raw(sqlText(db, adapter, table, columns, size, returning), parameters));
    if (returning.length > 0) out.push(...result.rows);
  }
  return out;
}
