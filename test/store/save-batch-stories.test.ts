/**
 * A batch (`saveArticles`) decides duplicates and stories exactly as saving the same articles one
 * at a time would, on every backend: the batch is planned in a few statements, so its articles
 * must still see the store and the batch's articles before them, and the caps on candidates.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { OutputRecord } from '../../src/output/record.js';
import { ingestMetaFor } from '../../src/store/ingest-meta.js';
import type { SaveResult, Store } from '../../src/store/store.js';
import { backends } from './store-backends.js';
import { makeRecord } from './store-fixtures.js';

const SEEN = new Date('2026-01-02T03:04:05Z');

const WIRE = 'LINDGRAD, Oct 5 - Veldora and Ostrava Minor resumed talks on Thursday over the disputed river border, '
  + 'officials from both sides said, after a pause of nearly two years. The talks in Lindgrad are expected to last three days '
  + 'and will cover fishing rights, the ferry crossing and the return of seized boats, a foreign ministry spokesman said.';
const FARM = 'Farmers in northern Veldora blocked three highways on Friday to protest against a rise in diesel prices, '
  + 'police said, and vowed to stay until the government in Lindgrad reverses the increase announced last week. '
  + 'Officials from the transport ministry met the leaders of the farmers on Saturday, but no agreement was reached '
  + 'and the blockades remained in place across the region.';

/** Articles that exercise every path: same title (near and far in time), near text, exact duplicates. */
function mixedArticles(): OutputRecord[] {
  const talks = 'Veldora and Ostrava Minor resume border talks';
  return [
    makeRecord({ id: 'm1', title: `${talks} - Courier`, text: WIRE }),
    makeRecord({ id: 'm2', title: 'Farmers block highways in the north', text: FARM }),
    makeRecord({ id: 'm3', title: `${talks} | Evening Post`, text: 'Negotiators arrived by train on Thursday.', published: '2023-10-06T08:00:00Z' }),
    makeRecord({ id: 'm4', title: 'River border talks restart', text: WIRE.replace('nearly two years', 'almost two years') }),
    makeRecord({ id: 'm5', title: `${talks} - Courier`, text: 'A month on, no agreement is in sight.', published: '2023-11-20T08:00:00Z' }),
    makeRecord({ id: 'm6', title: 'Diesel protest spreads', text: FARM.replace('on Saturday', 'on Sunday') }),
    makeRecord({ id: 'm7', title: 'Copy of the wire', text: `${WIRE}  ` }), // same text up to white space: a hash duplicate
    makeRecord({ id: 'm1', title: 'Same id again', text: 'Another text under an id already used.' }),
    { ...makeRecord({ id: 'm8', title: 'Same address', text: 'Text under an address already used.' }), url: 'https://news.example/m2' },
    makeRecord({ id: 'm9', title: `${talks} - Wire`, text: 'Talks resumed, the ministry said.', published: '2023-11-21T09:00:00Z' }),
    makeRecord({ id: 'm10', title: 'Farm blockade ends', text: FARM.replace('across the region', 'across the north') }),
  ];
}

async function storiesOf(store: Store, results: readonly SaveResult[]) {
  return Promise.all(results.map(async (result) => (result.status === 'created' ? (await store.getArticle(result.id))?.story : null)));
}

for (const backend of backends()) {
  describe(`batched saves decide as single saves: ${backend.name}`, () => {
    after(() => backend.cleanup());

    async function withStores(work: (one: Store, batched: Store) => Promise<void>): Promise<void> {
      const one = await backend.open();
      const batched = await backend.open();
      try { await work(one, batched); } finally { await one.close(); await batched.close(); }
    }

    for (const split of [1, 3]) {
      test(`duplicates, stories and reasons are the same, in two batches (${split} + rest) or article by article`, async () => withStores(async (one, batched) => {
        const records = mixedArticles();
        const single: SaveResult[] = [];
        for (const record of records) single.push(await one.saveArticle(record, ingestMetaFor(record, SEEN)));
        // Some articles match stored ones, some match articles earlier in their own batch.
        const first = await batched.saveArticles(records.slice(0, split).map((record) => ({ record, ingest: ingestMetaFor(record, SEEN) })));
        const rest = await batched.saveArticles(records.slice(split).map((record) => ({ record, ingest: ingestMetaFor(record, SEEN) })));
        assert.deepEqual([...first, ...rest], single);
        assert.deepEqual(single.map((r) => (r.status === 'created' ? r.storyId : `${r.matchedBy}:${r.id}`)),
          ['m1', 'm2', 'm1', 'm1', 'm5', 'm2', 'hash:m1', 'id:m1', 'url:m2', 'm5', 'm2']);
        assert.deepEqual(await storiesOf(batched, single), await storiesOf(one, single));
      }));
    }

    test('only the first fifty same-title articles are candidates, in a batch as one by one', async () => withStores(async (one, batched) => {
      const title = 'Weekly market report from the harbour';
      const old = Array.from({ length: 50 }, (_, i) => makeRecord({ id: `w${i}`, title, text: `Report number ${i}.`, published: '2020-01-01' }));
      const late = makeRecord({ id: 'late', title, text: 'The late report.', published: '2023-06-01' });
      const next = makeRecord({ id: 'next', title, text: 'The next report.', published: '2023-06-02' });
      const records = [...old, late, next];
      const single: SaveResult[] = [];
      for (const record of records) single.push(await one.saveArticle(record, ingestMetaFor(record, SEEN)));
      const batch = await batched.saveArticles(records.map((record) => ({ record, ingest: ingestMetaFor(record, SEEN) })));
      assert.deepEqual(batch, single);
      // 'late' is the 51st article of the title, so 'next' does not see it: a story of its own.
      assert.deepEqual(single.slice(-2), [{ status: 'created', id: 'late', storyId: 'late' }, { status: 'created', id: 'next', storyId: 'next' }]);
      assert.deepEqual((await batched.getArticle('w49'))?.story, { id: 'w0', reason: 'same-title' });
    }));
  });
}
