/**
 * The layer tables' `details` column (migration 008, src/store/layer-details.ts): the output fields
 * a table has no column for are kept as they were, and a store from before the migration opens,
 * reads its articles back as it did, and keeps details from then on.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { detailsFrom, detailsOf, PLACE_COLUMNS } from '../../src/store/layer-details.js';
import { ingestMetaFor } from '../../src/store/ingest-meta.js';
import { openStore } from '../../src/store/open-store.js';
import type { OutputRecord } from '../../src/output/record.js';
import { backends, rawExecute } from './store-backends.js';
import { corpus } from './store-fixtures.js';

const SEEN = new Date('2026-01-02T03:04:05Z');
const LAYER_TABLES = ['datelines', 'mentions', 'times', 'places', 'quotes', 'events'];

test('detailsOf keeps exactly the fields outside the columns, and detailsFrom gives them back', () => {
  const place = { start: 0, end: 5, text: 'Paris', by: 'places.test', name: 'Paris', country: 'FRA', admin1: null, lat: 48.85, lon: 2.35, geonameid: 1 };
  assert.equal(detailsOf(place, PLACE_COLUMNS), null);
  assert.equal(detailsOf({ ...place, precision: undefined }, PLACE_COLUMNS), null, 'an undefined field is absent');
  assert.deepEqual(detailsFrom(detailsOf({ ...place, precision: null }, PLACE_COLUMNS)), { precision: null });
  assert.deepEqual(detailsFrom(null), {});
  fc.assert(fc.property(fc.dictionary(fc.string({ minLength: 1 }).filter((k) => !PLACE_COLUMNS.has(k) && k !== '__proto__'), fc.jsonValue()), (extra) => {
    const details = detailsOf({ ...place, ...extra }, PLACE_COLUMNS);
    // JSON has no -0: the value read back is the one JSON gives.
    assert.deepEqual(detailsFrom(details), JSON.parse(JSON.stringify(extra)));
  }));
});

for (const backend of backends()) {
  describe(`layer details: ${backend.name}`, () => {
    after(() => backend.cleanup());

    test('a store from before migration 008 opens, reads back as before, and keeps details from then on', async () => {
      const location = await backend.freshLocation();
      const [a1, a2] = corpus();
      const withPrecision = (record: OutputRecord): OutputRecord => ({ ...record, places: record.places.map((p) => ({ ...p, precision: 'city' as const })) });
      const first = await openStore(location);
      await first.saveArticle(a1!, ingestMetaFor(a1!, SEEN));
      await first.close();
      // Back to the schema before migration 008, with the article still there.
      await rawExecute(location, [...LAYER_TABLES.map((table) => `ALTER TABLE ${table} DROP COLUMN details`), "DELETE FROM schema_migrations WHERE name = '008-layer-details'"]);
      const second = await openStore(location);
      try {
        assert.deepEqual((await second.getArticle('a1'))?.record, a1);
        const rich = withPrecision(a2!);
        assert.ok(rich.places.length > 0, 'the fixture has places');
        await second.saveArticle(rich, ingestMetaFor(rich, SEEN));
        assert.deepEqual((await second.getArticle(rich.id))?.record, rich);
      } finally { await second.close(); }
    });
  });
}
