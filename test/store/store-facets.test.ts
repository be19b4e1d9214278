/** Search facets over every backend: the counts, and that each equals the search total with the facet added. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchSyntaxError } from '../../src/search/search-errors.js';
import { ingestMetaFor } from '../../src/store/ingest-meta.js';
import { StoreError } from '../../src/store/store-errors.js';
import type { FacetField, Facets, Store } from '../../src/store/store.js';
import { backends } from './store-backends.js';
import { corpus, makeRecord } from './store-fixtures.js';

const FIELDS: readonly FacetField[] = ['source', 'country', 'actor', 'event', 'lang'];
const SEEN = new Date('2026-01-02T03:04:05Z');

/** A source and a language the search syntax cannot write (a quotation mark; not a language code). */
const unwritable = makeRecord({
  id: 'a9', title: 'Notes', text: 'Border notes from the "Quoted" desk, said the editor.', source: 'The "Quoted" Desk', language: 'english',
  published: '2023-12-01T00:00:00Z',
});

const pairs = (facets: Facets, field: FacetField) => facets[field].map((f) => [f.value, f.count]);

for (const backend of backends()) {
  describe(`store facets: ${backend.name}`, () => {
    let store: Store;
    before(async () => {
      store = await backend.open();
      for (const record of [...corpus(), unwritable]) await store.saveArticle(record, ingestMetaFor(record, SEEN));
    });
    after(async () => {
      await store.close();
      await backend.cleanup();
    });

    test('counts every facet of all articles', async () => {
      const facets = await store.facets({ query: '' });
      assert.equal(facets.total, 4);
      assert.deepEqual(facets.source.map((f) => [f.field, f.value, f.label, f.count]), [
        ['source', 'example wire', 'Example Wire', 2], ['source', 'daily courier', 'Daily Courier', 1],
        ['dateline', 'example wire', 'Example Wire (dateline)', 1],
      ], 'sources, then agencies named in datelines');
      for (const field of FIELDS.filter((f) => f !== 'source')) assert.ok(facets[field].every((f) => f.field === field), field);
      assert.deepEqual(pairs(facets, 'lang'), [['en', 2], ['fr', 1]], 'en-GB counts under en; "english" is left out');
      assert.deepEqual(pairs(facets, 'country'), [['osm', 2], ['vld', 2]]);
      assert.deepEqual(facets.country.map((f) => f.label), ['OSM', 'VLD']);
      assert.deepEqual(pairs(facets, 'event'), [['agree', 1], ['protest', 1]]);
      // "Ostrava Minor government" is also an actor:"ostrava minor" match, as the search reads it.
      assert.deepEqual(facets.actor.find((f) => f.value === 'ostrava minor')?.count, 2);
      assert.deepEqual(facets.actor.find((f) => f.value === 'anna kovel')?.count, 1);
    });

    test('narrows to the articles the query matches', async () => {
      const facets = await store.facets({ query: 'source:"example wire"' });
      assert.equal(facets.total, 2);
      assert.deepEqual(pairs(facets, 'lang'), [['en', 1], ['fr', 1]]);
      assert.deepEqual(pairs(facets, 'event'), [['agree', 1]]);
      const none = await store.facets({ query: 'nothingmatchesthis' });
      assert.equal(none.total, 0);
      for (const field of FIELDS) assert.deepEqual(none[field], [], field);
    });

    for (const query of ['', 'border', 'talks OR prices', 'country:osm -festival']) {
      test(`every count equals the search total with its facet added: ${JSON.stringify(query)}`, async () => {
        const facets = await store.facets({ query, limit: 50 });
        assert.equal(facets.total, (await store.findArticles({ query })).total);
        let checked = 0;
        for (const field of FIELDS) {
          for (const facet of facets[field]) {
            const narrowed = await store.findArticles({ query: `${query ? `(${query}) ` : ''}${facet.field}:"${facet.value}"`, limit: 200 });
            assert.equal(narrowed.total, facet.count, `${field}:${facet.value}`);
            assert.ok(facet.count > 0 && facet.count <= facets.total);
            checked++;
          }
        }
        assert.ok(checked > 0);
      });
    }

    test('limit caps the values per facet; bad limits and bad queries are refused', async () => {
      const one = await store.facets({ query: '', limit: 1 });
      for (const field of FIELDS) assert.ok(one[field].length <= 1, field);
      assert.deepEqual(pairs(one, 'source'), [['example wire', 2]]);
      await assert.rejects(store.facets({ query: '', limit: 0 }), StoreError);
      await assert.rejects(store.facets({ query: '', limit: 51 }), StoreError);
      await assert.rejects(store.facets({ query: '"unclosed' }), SearchSyntaxError);
    });
  });
}
