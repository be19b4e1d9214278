/**
 * The shared backend: PostgreSQL through pg, with a generated tsvector column (titles weighted A,
 * text B) under a GIN index. The 'simple' configuration neither stems nor drops stop words, so a
 * query finds the same articles as on SQLite's unicode61 tokenizer. Batches of rows are inserted
 * one table at a time from arrays, by prepared statements (`insertFromArrays`, bulk-insert.ts).
 */
import type { CreateTableBuilder, Kysely } from 'kysely';
import { PostgresDialect, sql } from 'kysely';
import type { MatchNode } from '../../search/search-ast.js';
import { toTsquery } from '../../search/tsquery-compiler.js';
import type { StoreAdapter } from '../adapter.js';
import type { Schema } from '../schema-types.js';

export interface PostgresTarget {
  readonly connectionString: string;
  /** Schema to work in (set as the search_path), or null for the server's default. */
  readonly schema: string | null;
}

/** What kysely calls on a pooled connection: `query(text, parameters)`. */
interface Queryable {
  query(...args: unknown[]): unknown;
}

/**
 * Runs the statements named in `prepared` (by SQL text) on `client` as named prepared statements:
 * pg parses each once a connection, and PostgreSQL plans it once, where an unnamed statement is
 * parsed, analysed and planned at every run (an insert of no rows into `events`, 11 indexes: 80–90
 * µs of the backend's CPU prepared, 170–220 unnamed). Everything else runs as before.
 */
function preparing(client: Queryable, prepared: ReadonlyMap<string, string>): void {
  const query = client.query.bind(client);
  client.query = (...args: unknown[]) => {
    const [text, values] = args;
    const name = args.length === 2 && typeof text === 'string' && Array.isArray(values) ? prepared.get(text) : undefined;
    return name === undefined ? query(...args) : query({ name, text, values });
  };
}

async function createPool(target: PostgresTarget, prepared: ReadonlyMap<string, string>) {
  // Imported here so that an embedded SQLite deployment never loads pg.
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    max: 10,
    ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
  });
  pool.on('connect', (client) => preparing(client as unknown as Queryable, prepared));
  return pool;
}

const MIGRATION_LOCK = 4_815_162_342;

const ASCII_PUNCTUATION = `!"#$%&'()*+,-./:;<=>?@[\\]^_\`{|}~`;

/**
 * SQL for `column` with ASCII punctuation turned to spaces. PostgreSQL's parser otherwise reads
 * `news.example.com`, `<b>`, `3.5` or `cease-fire` as single hosts, tags, numbers or compounds,
 * where FTS5 (and the query parser) see separate words; this keeps both backends' words the same.
 */
function wordsOnly(column: string): string {
  const from = ASCII_PUNCTUATION.replaceAll("'", "''");
  return `translate(${column}, '${from}', '${' '.repeat(ASCII_PUNCTUATION.length)}')`;
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Each column's type, as SQL, of `table` (in the connection's search_path). */
async function typesOf(db: Kysely<Schema>, table: string): Promise<Map<string, string>> {
  const { rows } = await sql<{ name: string; type: string }>`SELECT attname AS name, format_type(atttypid, atttypmod) AS type
    FROM pg_attribute WHERE attrelid = ${quoted(table)}::regclass AND attnum > 0 AND NOT attisdropped`.execute(db);
  return new Map(rows.map((row) => [row.name, row.type]));
}

export function createPostgresAdapter(target: PostgresTarget): StoreAdapter {
  // By table; a column added since (a migration) is looked up again.
  const columnTypes = new Map<string, Map<string, string>>();
  const insertTexts = new Map<string, string>();
  // Statements run as named prepared statements, by SQL text: the bulk inserts, a few texts a table.
  const prepared = new Map<string, string>();
  return {
    capabilities: { concurrentWriters: true, lateralJoins: true },
    dialect: new PostgresDialect({ pool: () => createPool(target, prepared) }),
    addSeqColumn(table: CreateTableBuilder<string, string>, name: string) {
      return table.addColumn(name, 'serial', (col) => col.primaryKey());
    },
    async createSearchIndex(db: Kysely<unknown>) {
      await sql`ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, ${sql.raw(wordsOnly('coalesce(title, \'\')'))}), 'A') ||
        setweight(to_tsvector('simple'::regconfig, ${sql.raw(wordsOnly('text'))}), 'B')) STORED`.execute(db);
      await sql`CREATE INDEX articles_search ON articles USING gin (search)`.execute(db);
    },
    async exclusively(db: Kysely<unknown>, work: (db: Kysely<unknown>) => Promise<void>) {
      await db.transaction().execute(async (trx) => {
        // Transaction-scoped: released at COMMIT or ROLLBACK.
        await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
        await work(trx);
      });
    },
    async beforeBatchLookups(db: Kysely<Schema>) {
      // Without statistics (autovacuum off, or behind a bulk load) the planner's estimates for a
      // batch's look-ups of thousands of keys run far above jit_above_cost, and compiling them took
      // 30-500 ms a statement for index look-ups that take a few milliseconds.
      await sql`SET LOCAL jit = off`.execute(db);
    },
    async insertFromArrays(db: Kysely<Schema>, table: string, columns: readonly string[], returning: readonly string[]) {
      const key = `${table}|${columns.join(',')}|${returning.join(',')}`;
      let text = insertTexts.get(key);
      if (text === undefined) {
        let types = columnTypes.get(table);
        if (!types || columns.some((column) => !types!.has(column))) columnTypes.set(table, types = await typesOf(db, table));
        // One parameter a column whatever the number of rows: the statement is parsed and planned
        // as one function scan, where a VALUES list of hundreds of parameters cost more to parse
        // and plan than its rows cost to insert. Each array element goes through its column
        // type's input function, as a bound text parameter does.
        const list = columns.map(quoted).join(', ');
        const arrays = columns.map((column, i) => `$${i + 1}::${types.get(column) ?? 'text'}[]`).join(', ');
        const back = returning.length > 0 ? ` RETURNING ${returning.map(quoted).join(', ')}` : '';
        text = `INSERT INTO ${quoted(table)} (${list}) SELECT * FROM unnest(${arrays})${back}`;
        insertTexts.set(key, text);
        if (!prepared.has(text)) prepared.set(text, `dateline_insert_${prepared.size + 1}`);
      }
      return text;
    },
    async indexArticle() {
      // The generated column indexes each row as it is inserted.
    },
    async unindexArticle() {
      // ... and follows each update and delete.
    },
    matchCondition(node: MatchNode) {
      return sql<boolean>`a.search @@ to_tsquery('simple', ${toTsquery(node)})`;
    },
    rankedSource(node: MatchNode) {
      const query = toTsquery(node);
      return {
        from: sql`articles a`,
        where: sql<boolean>`a.search @@ to_tsquery('simple', ${query})`,
        score: sql<number>`ts_rank(a.search, to_tsquery('simple', ${query}))`,
      };
    },
    isUniqueViolation(error: unknown) {
      return (error as { code?: unknown } | null)?.code === '23505';
    },
  };
}
