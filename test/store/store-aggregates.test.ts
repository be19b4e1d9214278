/** Aggregates, the ledger and reprocessing over every backend: the same answers on SQLite and PostgreSQL. */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { weekOf } from '../../src/store/find-aggregates.js';
import { ingestMetaFor } from '../../src/store/ingest-meta.js';
import { backends } from './store-backends.js';
import { corpus } from './store-fixtures.js';

const SEEN = new Date('2026-01-02T03:04:05Z');

test('weeks start on Monday', () => {
  assert.deepEqual(['2023-10-14', '2023-10-16', '2023-10-22', '2024-01-01'].map(weekOf), ['2023-10-09', '2023-10-16', '2023-10-16', '2024-01-01']);
});

for (const backend of backends()) {
  describe(`store aggregates: ${backend.name}`, () => {
    after(() => backend.cleanup());

    test('timeline, network, entity page, places, ledger and stale articles', async () => {
      const store = await backend.open();
      try {
        for (const record of corpus()) await store.saveArticle(record, { ...ingestMetaFor(record, SEEN), pipelineVersion: record.id === 'a1' ? 'p-new' : 'p-old' });
        const timeline = await store.timeline('border', 'week');
        assert.deepEqual(timeline.buckets.map((b) => [b.start, b.count, b.total]), [['2023-10-02', 1, 1], ['2023-10-09', 1, 1], ['2023-11-20', 1, 1]]);
        const network = await store.network({ code: '03' });
        assert.deepEqual(network.edges.map((e) => [e.source, e.target, e.events, e.evidence]), [['veldora', 'ostrava minor', 1, ['a1#0']]]);
        const page = await store.entityPage('ANNA KOVEL');
        assert.deepEqual([page?.name, page?.articles, page?.aliases, page?.places.map((p) => p.name)], ['Anna Kovel', 1, ['Anna Kovel'], ['PORT MIRREN']]);
        assert.equal(await store.entityPage('nobody'), null);
        const places = await store.placesGeo('osm');
        assert.deepEqual(places.features.map((f) => [f.properties['name'], f.geometry.coordinates]), [['Lindgrad', [17.1, 48.1]]]);
        await store.logIngest({ runId: 'r1', item: 'x.txt', status: 'failed', code: 'EMPTY', reason: 'Input has no text to read.' });
        await store.logIngest({ runId: 'r1', item: 'a1', status: 'duplicate', articleId: 'a1', matchedBy: 'hash' });
        const ledger = await store.findLedger({ runId: 'r1', limit: 1 });
        assert.equal(ledger.total, 2);
        const rest = await store.findLedger({ runId: 'r1', limit: 1, cursor: ledger.next });
        assert.deepEqual([ledger.items[0]?.status, rest.items[0]?.status, rest.next], ['failed', 'duplicate', null]);
        const stale = await store.findStale({ pipelineVersion: 'p-new', limit: 10 });
        assert.deepEqual(stale.items.map((r) => r.id), ['a2', 'a3']);
      } finally { await store.close(); }
    });
  });
}
