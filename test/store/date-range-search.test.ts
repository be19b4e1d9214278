/**
 * Words with a date range, on every backend: a short range drives the search through the date
 * index (the full-text match only filters), a long one starts from the full-text matches; both
 * must find exactly the articles whose day lies in the range, whatever the time of day or zone.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestMetaFor } from '../../src/store/ingest-meta.js';
import type { Store } from '../../src/store/store.js';
import { backends } from './store-backends.js';
import { makeRecord } from './store-fixtures.js';

const SEEN = new Date('2026-01-02T03:04:05Z');

/** [id, published, text]: all but d7 mention the ferry strike. */
const ARTICLES: readonly [string, string | null, string][] = [
  ['d1', '2023-09-30T23:59:59Z', 'The ferry strike at Port Mirren entered its third day.'],
  ['d2', '2023-10-01T00:00:00Z', 'Dockers widened the ferry strike to the islands.'],
  ['d3', '2023-10-15', 'A ferry strike meeting was called off.'],
  ['d4', '2023-10-31T23:30:00-05:00', 'The ferry strike ended late on Tuesday.'],
  ['d5', '2023-11-01T00:00:01+01:00', 'Ferry crews returned after the strike.'],
  ['d6', '2023-10-1', 'A ferry strike notice with a malformed date.'],
  ['d7', '2023-10-20', 'Port Mirren council met on Friday.'],
  ['d8', '2025-06-01', 'Two years after the ferry strike, crews recall it.'],
];

for (const backend of backends()) {
  describe(`words with a date range on ${backend.name}`, () => {
    let store: Store;
    after(async () => { await store?.close(); await backend.cleanup(); });

    test('finds exactly the articles whose day is in the range, short or long', async () => {
      store = await backend.open();
      for (const [id, published, text] of ARTICLES) {
        const record = makeRecord({ id, title: `Report ${id}`, text, published, url: null });
        await store.saveArticle(record, ingestMetaFor(record, SEEN));
      }
      const cases: [string, string[]][] = [
        ['ferry strike date:2023-10', ['d4', 'd3', 'd2']],
        ['ferry strike date:2023-10-01..2023-10-15', ['d3', 'd2']],
        ['ferry strike date:2023-09-30..2023-11-01', ['d5', 'd4', 'd3', 'd2', 'd1']],
        ['ferry strike date:2023..2025', ['d8', 'd5', 'd4', 'd3', 'd2', 'd1']],
        ['ferry strike date:2023-10..2025-12', ['d8', 'd5', 'd4', 'd3', 'd2']],
        ['council date:2023-10', ['d7']],
        ['ferry strike date:2024', []],
        ['ferry strike date:2023-10..9999', ['d8', 'd5', 'd4', 'd3', 'd2']],
      ];
      for (const [query, expected] of cases) {
        const page = await store.findArticles({ query, limit: 200 });
        assert.deepEqual(page.items.map((item) => item.id), expected, query);
        assert.equal(page.total, expected.length, query);
      }
    });
  });
}
