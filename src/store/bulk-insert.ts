/**
 * Multi-row INSERTs for the write paths (save-article.ts, replace-layers.ts), without building a
 * query per row.
 *
 * On PostgreSQL (the adapter's `insertFromArrays`) the rows go as one array a column into a
 * statement whose text depends only on the table and its columns, run as a named prepared
 * statement: parsed and planned once a connection, where VALUES lists of hundreds of parameters
 * were parsed, analysed and planned at every statement (about a tenth of the backend's CPU an
 * article, docs/benchmarks.md). Elsewhere (SQLite keeps each prepared statement), each statement's
 * SQL is compiled by kysely once per table, column list and row count, then reused with new
 * parameters; rows go in statements of at most MAX_PARAMETERS parameters (SQLite allows 32,766),
 * in runs of power-of-two sizes below the largest so that only a few texts ever exist.
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

/** Rows per statement where the adapter takes a column's values as one array: a bound on its size only. */
const ARRAY_ROWS = 5_000;

const NEEDS_ESCAPE = /["\\]/;
const ESCAPED = /["\\]/g;

/**
 * The PostgreSQL array literal of one column's values (strings, numbers, booleans, nulls: what the
 * row builders make), written in one pass where pg's own escapes each element twice over. Each
 * element reaches its column's input function as a bound text parameter would: numbers in
 * JavaScript's spelling (NaN and Infinity included), strings quoted, so 'NULL' stays a string.
 */
function arrayLiteral(values: readonly unknown[]): string {
  let literal = '{';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) literal += ',';
    const value = values[i];
    if (value === null || value === undefined) literal += 'NULL';
    else if (typeof value === 'number' || typeof value === 'boolean') literal += String(value);
    else {
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      literal += NEEDS_ESCAPE.test(text) ? `"${text.replace(ESCAPED, '\\$&')}"` : `"${text}"`;
    }
  }
  return `${literal}}`;
}

/** As insertMany, through the adapter's insert from arrays: one statement for up to ARRAY_ROWS rows. */
async function insertFromArrays<R extends Row>(
  db: Kysely<Schema>, text: string, rows: readonly Row[], columns: readonly string[], returning: readonly string[],
): Promise<R[]> {
  const out: R[] = [];
  for (let at = 0; at < rows.length; at += ARRAY_ROWS) {
    const end = Math.min(rows.length, at + ARRAY_ROWS);
    const parameters = columns.map((column) => {
      const values: unknown[] = new Array(end - at);
      for (let r = at; r < end; r++) values[r - at] = rows[r]![column] ?? null;
      return arrayLiteral(values);
    });
    const result = await db.executeQuery<R>(CompiledQuery.raw(text, parameters));
    if (returning.length > 0) out.push(...result.rows);
  }
  return out;
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
  if (adapter.insertFromArrays) return insertFromArrays<R>(db, await adapter.insertFromArrays(db, table, columns, returning), rows, columns, returning);
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
