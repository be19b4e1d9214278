/**
 * The `--store` option shared by the store verbs: a SQLite file path, `sqlite:PATH`, or a
 * `postgres://` URL; by default $DATELINE_STORE, else `dateline.sqlite` in the working directory.
 */
import { Option } from 'commander';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';

export const DEFAULT_STORE = 'dateline.sqlite';

export function storeOption(): Option {
  return new Option('-s, --store <location>', 'store: a SQLite file, sqlite:PATH, or postgres://user@host/db')
    .env('DATELINE_STORE')
    .default(DEFAULT_STORE);
}

/** Opens the store at `location`, runs `work` with it, and closes it whatever happens. */
export async function withStore<T>(location: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(location);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
