/**
 * A transaction that writes. On PostgreSQL, an ordinary transaction. On SQLite, one that takes the
 * write lock as it begins (the adapter's `exclusively`: BEGIN IMMEDIATE): a deferred transaction
 * that reads and then writes fails at once with SQLITE_BUSY when another process committed in
 * between, where an immediate one waits for the lock (busy_timeout) and then reads the new state.
 *
 * @example const saved = await writeTransaction(db, adapter, (trx) => insertArticle(trx, record));
 */
import type { Kysely } from 'kysely';
import type { StoreAdapter } from './adapter.js';
import type { Schema } from './schema-types.js';

export async function writeTransaction<T>(db: Kysely<Schema>, adapter: StoreAdapter, work: (trx: Kysely<Schema>) => Promise<T>): Promise<T> {
  if (adapter.capabilities.concurrentWriters) return db.transaction().execute(work);
  let result: { value: T } | undefined;
  await adapter.exclusively(db as unknown as Kysely<unknown>, async (conn) => {
    result = { value: await work(conn as unknown as Kysely<Schema>) };
  });
  return result!.value;
}
