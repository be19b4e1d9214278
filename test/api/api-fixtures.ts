/** A seeded SQLite store and a server over it, for the API tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { ServerOptions } from '../../src/api/build-server.js';
import { buildServer } from '../../src/api/build-server.js';
import { ingestMetaFor } from '../../src/store/ingest-meta.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { corpus } from '../store/store-fixtures.js';

export interface Harness {
  readonly app: FastifyInstance;
  readonly store: Store;
  close(): Promise<void>;
}

export async function harness(options: ServerOptions = {}, wrap: (store: Store) => Store = (s) => s): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-api-'));
  const store = await openStore(join(dir, 'api.sqlite'));
  for (const record of corpus()) await store.saveArticle(record, ingestMetaFor(record, new Date('2026-01-01T00:00:00Z')));
  const app = await buildServer(wrap(store), options);
  return {
    app, store,
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
