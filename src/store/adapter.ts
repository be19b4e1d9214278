/**
 * What differs between backends, and nothing else. The store (kysely-store.ts) is written once
 * against this; each backend folder supplies one adapter.
 */
import type { CreateTableBuilder, Dialect, Kysely, RawBuilder, SqlBool } from 'kysely';
import type { MatchNode } from '../search/search-ast.js';
import type { Schema } from './schema-types.js';

export interface AdapterCapabilities {
  /** Several connections may write at once, so unique-key races must be handled. */
  readonly concurrentWriters: boolean;
  /**
   * LATERAL joins: the first rows of each of many keys are read with one index scan a key, a plan
   * that holds without table statistics (PostgreSQL with autovacuum off or behind a bulk load
   * otherwise estimates `key IN (...)` as the whole table and scans it).
   */
  readonly lateralJoins?: boolean;
}

export interface RankedSource {
  /** FROM fragment yielding articles aliased `a`, restricted to the match. */
  readonly from: RawBuilder<unknown>;
  /** The match itself, to AND into the WHERE clause. */
  readonly where: RawBuilder<SqlBool>;
  /** Higher is more relevant. */
  readonly score: RawBuilder<number>;
}

export interface StoreAdapter {
  readonly capabilities: AdapterCapabilities;
  readonly dialect: Dialect;
  /** Adds the auto-increment integer primary key column `name`. */
  addSeqColumn(table: CreateTableBuilder<string, string>, name: string): CreateTableBuilder<string, string>;
  /** Creates the full-text index over articles' titles and texts (a migration step). */
  createSearchIndex(db: Kysely<unknown>): Promise<void>;
  /** Adds a newly inserted article to the full-text index, inside the saving transaction. */
  indexArticle(db: Kysely<Schema>, seq: number, title: string | null, text: string): Promise<void>;
  /** Removes an article's old title and text from the index, before the row is replaced or deleted. */
  unindexArticle(db: Kysely<Schema>, seq: number, title: string | null, text: string): Promise<void>;
  /**
   * A condition true for articles (aliased `a`) that match `node`. With `asFilter`, another
   * condition (a short date range) is narrower: the backend should test the match on the rows
   * that condition selects rather than start from every match.
   */
  matchCondition(node: MatchNode, asFilter?: boolean): RawBuilder<SqlBool>;
  rankedSource(node: MatchNode): RankedSource;
  /**
   * The number of articles matching `node`, counted in the full-text index alone; absent where
   * that is no cheaper than counting the matching articles (findArticles then does).
   */
  countMatches?(node: MatchNode): RawBuilder<number>;
  /** True when `error` is a unique-constraint violation. */
  isUniqueViolation(error: unknown): boolean;
  /**
   * Runs `work` in one transaction that no other connection can be migrating at the same time
   * (it waits for them), for schema migrations.
   */
  exclusively(db: Kysely<unknown>, work: (db: Kysely<unknown>) => Promise<void>): Promise<void>;
  /**
   * One INSERT of any number of rows into `table` (bulk-insert.ts) whose parameters are arrays, one
   * a column in the order of `columns`, with RETURNING `returning` when that is not empty. Absent
   * where multi-row VALUES are as cheap (SQLite keeps each prepared statement).
   */
  insertFromArrays?(db: Kysely<Schema>, table: string, columns: readonly string[], returning: readonly string[]): Promise<string>;
  /** Runs in a write transaction before a batch's look-ups of many keys at once (save-article.ts). */
  beforeBatchLookups?(db: Kysely<Schema>): Promise<void>;
  /** Runs after the store closes (e.g. dropping a test schema). */
  afterClose?(): Promise<void>;
}
