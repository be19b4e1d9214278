/**
 * The backends the contract suite loops over. SQLite runs in a temporary file; PostgreSQL at
 * DATELINE_TEST_PG (default postgres://postgres@127.0.0.1:5432/test), each store in a fresh schema
 * that is dropped afterwards. DATELINE_TEST_PG=off skips PostgreSQL (say so in any report).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';

export interface Backend {
  readonly name: string;
  /**
   * Whether two stores in one process may open the same location at once. Not SQLite: better-sqlite3
   * waits for a lock synchronously, blocking the very event loop that would release it (two
   * processes are fine: test/store/sqlite-processes.test.ts).
   */
  readonly concurrentOpen: boolean;
  /** Where a new, empty store can be opened (a fresh file, or a fresh schema). */
  freshLocation(): Promise<string>;
  /** A new, empty store. */
  open(): Promise<Store>;
  /** Removes everything the backend created. */
  cleanup(): Promise<void>;
}

function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-store-'));
  let n = 0;
  const freshLocation = async () => join(dir, `store-${++n}.sqlite`);
  return {
    name: 'sqlite',
    concurrentOpen: false,
    freshLocation,
    open: async () => openStore(await freshLocation()),
    async cleanup() { rmSync(dir, { recursive: true, force: true }); },
  };
}

function postgresBackend(url: string): Backend {
  const run = `dateline_test_${process.pid}_${Date.now().toString(36)}`;
  const schemas: string[] = [];
  const admin = new pg.Pool({ connectionString: url, max: 1 });
  async function freshLocation(): Promise<string> {
    const schema = `${run}_${schemas.length + 1}`;
    schemas.push(schema);
    await admin.query(`CREATE SCHEMA ${schema}`);
    return `${url}${url.includes('?') ? '&' : '?'}schema=${schema}`;
  }
  return {
    name: 'postgres',
    concurrentOpen: true,
    freshLocation,
    open: async () => openStore(await freshLocation()),
    async cleanup() {
      for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    },
  };
}

export function backends(): Backend[] {
  const pgUrl = process.env['DATELINE_TEST_PG'] || 'postgres://postgres@127.0.0.1:5432/test';
  return pgUrl === 'off' ? [sqliteBackend()] : [sqliteBackend(), postgresBackend(pgUrl)];
}

/** Runs statements on the store's database directly, outside the store. */
export async function rawExecute(location: string, statements: readonly string[]): Promise<void> {
  if (!location.startsWith('postgres')) {
    const db = new Database(location);
    try { for (const statement of statements) db.exec(statement); } finally { db.close(); }
    return;
  }
  const url = new URL(location);
  const schema = url.searchParams.get('schema');
  url.searchParams.delete('schema');
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`SET search_path TO ${schema}`);
    for (const statement of statements) await client.query(statement);
  } finally { await client.end(); }
}
