/**
 * The `--store` option shared by the store verbs: a SQLite file path, `sqlite:PATH`, or a
 * `postgres://` URL; by default $DATELINE_STORE, else `dateline.sqlite` in the working directory.
 */
import { Option } from 'commander';

export const DEFAULT_STORE = 'dateline.sqlite';

export function storeOption(): Option {
  return new Option('-s, --store <location>', 'store: a SQLite file, sqlite:PATH, or postgres://user@host/db')
    .env('DATELINE_STORE')
    .default(DEFAULT_STORE);
}
