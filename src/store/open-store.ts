/**
 * Opens a store from its location: a file path or `sqlite:PATH` for the embedded SQLite backend,
 * `postgres://…` (or `postgresql://…`) for PostgreSQL. A `schema=NAME` query parameter on a
 * PostgreSQL URL selects the schema to work in.
 *
 * @example await openStore('news.sqlite'); await openStore('postgres://dateline@db.example/news')
 */
import type { StoreAdapter } from './adapter.js';
import { createKyselyStore } from './kysely-store.js';
import { createPostgresAdapter } from './postgres/postgres-adapter.js';
import { createSqliteAdapter } from './sqlite/sqlite-adapter.js';
import type { Store } from './store.js';
import { StoreError } from './store-errors.js';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function adapterFor(location: string): StoreAdapter {
  const trimmed = location.trim();
  if (trimmed === '') throw new StoreError('BAD_STORE_URL');
  if (/^postgres(ql)?:\/\//i.test(trimmed)) {
    let url: URL;
    try {
      url = new URL(trimmed);
    } catch {
      throw new StoreError('BAD_STORE_URL', `Cannot read the PostgreSQL URL ${JSON.stringify(trimmed)}.`);
    }
    const schema = url.searchParams.get('schema');
    if (schema !== null && !SCHEMA_NAME.test(schema)) {
      throw new StoreError('BAD_STORE_URL', 'schema= must be a lower-case SQL name (letters, digits, _).');
    }
    url.searchParams.delete('schema');
    return createPostgresAdapter({ connectionString: url.toString(), schema });
  }
  const path = trimmed.startsWith('sqlite:') ? trimmed.slice('sqlite:'.length) : trimmed;
  if (path === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(path)) throw new StoreError('BAD_STORE_URL');
  return createSqliteAdapter(path);
}

export function openStore(location: string): Promise<Store> {
  return createKyselyStore(adapterFor(location));
}
