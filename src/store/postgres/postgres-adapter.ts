/**
 * The shared backend: PostgreSQL through pg, with a generated tsvector column (titles weighted A,
 * text B) under a GIN index. The 'simple' configuration neither stems nor drops stop words, so a
 * query finds the same articles as on SQLite's unicode61 tokenizer.
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

async function createPool(target: PostgresTarget) {
  // Imported here so that an embedded SQLite deployment never loads pg.
  const { default: pg } = await import('pg');
  return new pg.Pool({
    connectionString: target.connectionString,
    max: 10,
    ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
  });
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

export function createPostgresAdapter(target: PostgresTarget): StoreAdapter {
  return {
    capabilities: { concurrentWriters: true, lateralJoins: true },
    dialect: new PostgresDialect({ pool: () => createPool(target) }),
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
