/**
 * `insertMany` (src/store/bulk-insert.ts) on every backend: rows written in bulk (on PostgreSQL as
 * one array a column, through a named prepared statement) read back exactly as the same rows
 * inserted one at a time with bound parameters, awkward strings and numbers included, and
 * RETURNING gives the inserted rows in order.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Kysely } from 'kysely';
import { insertMany } from '../../src/store/bulk-insert.js';
import { adapterFor, openStore } from '../../src/store/open-store.js';
import { ingestMetaFor } from '../../src/store/ingest-meta.js';
import type { Schema } from '../../src/store/schema-types.js';
import type { StoreAdapter } from '../../src/store/adapter.js';
import { backends } from './store-backends.js';
import { makeRecord } from './store-fixtures.js';

const AWKWARD = [
  'plain', '', ' ', 'a"b', 'a\\b', '\\"', 'ends with \\', '{x,y}', '{}', 'NULL', 'null', 'a,b', "it's", 'line\nbreak', '\ttab',
  'émigré', '😀 emoji', 'lone high \ud800 surrogate', '\udc00 lone low', 'ARRAY[1]', '$1', 'x'.repeat(3000),
];
const NUMBERS = [0, -0, 1.5, -2.25, 0.1 + 0.2, 1e-300, 1e300, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, null];

/** Place rows of `seq`, idx from 0: every awkward string and number in turn, 700 of them (over a statement's 512 rows). */
function placeRows(seq: number): Record<string, unknown>[] {
  return Array.from({ length: 700 }, (_, idx) => ({
    article_seq: seq, idx, start_offset: idx, end_offset: idx + 1,
    text: AWKWARD[idx % AWKWARD.length], by: 'places.test', rule: idx % 3 === 0 ? null : AWKWARD[(idx + 1) % AWKWARD.length],
    name: AWKWARD[(idx + 2) % AWKWARD.length], country: idx % 2 === 0 ? 'VLD' : null, admin1: null,
    lat: NUMBERS[idx % NUMBERS.length], lon: NUMBERS[(idx + 3) % NUMBERS.length], geonameid: idx % 4 === 0 ? null : idx * 1000,
    details: idx % 5 === 0 ? null : JSON.stringify({ note: AWKWARD[idx % AWKWARD.length] }),
  }));
}

for (const backend of backends()) {
  describe(`insertMany on ${backend.name}`, () => {
    after(() => backend.cleanup());

    /** A migrated, empty store's database and adapter, with two articles to hang rows on. */
    async function withDb(work: (db: Kysely<Schema>, adapter: StoreAdapter, seqs: [number, number]) => Promise<void>): Promise<void> {
      const location = await backend.freshLocation();
      const store = await openStore(location);
      try {
        for (const id of ['one', 'two']) {
          const record = makeRecord({ id, title: `Article ${id}`, text: `The text of article ${id}.` });
          await store.saveArticle(record, ingestMetaFor(record, new Date('2026-01-01T00:00:00Z')));
        }
      } finally {
        await store.close();
      }
      const adapter = adapterFor(location);
      const db = new Kysely<Schema>({ dialect: adapter.dialect });
      try {
        const rows = await db.selectFrom('articles').select(['id', 'seq']).orderBy('id').execute();
        await work(db, adapter, [rows.find((r) => r.id === 'one')!.seq, rows.find((r) => r.id === 'two')!.seq]);
      } finally {
        await db.destroy();
        await adapter.afterClose?.();
      }
    }

    const readPlaces = (db: Kysely<Schema>, seq: number) => db.selectFrom('places').selectAll().where('article_seq', '=', seq).orderBy('idx').execute();

    test('rows read back as the same rows inserted one by one with bound parameters', async () => withDb(async (db, adapter, [bulk, single]) => {
      await insertMany(db, adapter, 'places', placeRows(bulk));
      // Twice: on PostgreSQL the second run reuses the connection's prepared statement.
      await db.deleteFrom('places').where('article_seq', '=', bulk).execute();
      await insertMany(db, adapter, 'places', placeRows(bulk));
      for (const row of placeRows(single)) await db.insertInto('places').values(row as never).execute();
      const strip = (rows: Record<string, unknown>[]) => rows.map(({ article_seq: _, ...rest }) => rest);
      const got = strip(await readPlaces(db, bulk));
      assert.equal(got.length, 700);
      assert.deepEqual(got, strip(await readPlaces(db, single)));
      assert.equal(got[3]!['text'], 'a"b');
      assert.equal(got[9]!['text'], 'NULL');
      assert.equal(got[1]!['text'], '');
    }));

    test('RETURNING gives the inserted rows in the order given', async () => withDb(async (db, adapter) => {
      const rows = Array.from({ length: 600 }, (_, i) => ({ name: `token ${(i * 7919) % 600}`, token_hash: `hash-${i}`, created_at: '2026-01-01' }));
      const returned = await insertMany<{ id: number; token_hash: string }>(db, adapter, 'api_tokens', rows, ['id', 'token_hash']);
      assert.deepEqual(returned.map((row) => row.token_hash), rows.map((row) => row.token_hash));
      const ids = returned.map((row) => Number(row.id));
      assert.ok(ids.every((id, i) => i === 0 || id > ids[i - 1]!), 'ids rise in the order of the rows');
      assert.deepEqual(await insertMany(db, adapter, 'api_tokens', []), []);
    }));

    test('a failed bulk insert rolls back its transaction and the next one works', async () => withDb(async (db, adapter) => {
      const rows = (from: number) => Array.from({ length: 3 }, (_, i) => ({ name: 'n', token_hash: `h${from + i}`, created_at: '2026-01-01' }));
      await insertMany(db, adapter, 'api_tokens', rows(0));
      for (let attempt = 0; attempt < 3; attempt++) {
        await assert.rejects(db.transaction().execute(async (trx) => {
          await insertMany(trx, adapter, 'api_tokens', rows(10 + attempt * 10));
          await insertMany(trx, adapter, 'api_tokens', rows(0)); // the same token hashes again
        }));
      }
      await insertMany(db, adapter, 'api_tokens', rows(100));
      const hashes = (await db.selectFrom('api_tokens').select('token_hash').orderBy('id').execute()).map((row) => row.token_hash);
      assert.deepEqual(hashes, ['h0', 'h1', 'h2', 'h100', 'h101', 'h102']);
    }));
  });
}
