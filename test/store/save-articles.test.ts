/**
 * `store.saveArticles`: several articles in one transaction, on every backend (store-backends.ts).
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { OutputRecord } from '../../src/output/record.js';
import { ingestMetaFor } from '../../src/store/ingest-meta.js';
import type { LedgerEntry, LedgerWrite, Store } from '../../src/store/store.js';
import { backends } from './store-backends.js';
import { makeRecord } from './store-fixtures.js';

const SEEN = new Date('2026-01-02T03:04:05Z');
const item = (record: OutputRecord) => ({ record, ingest: ingestMetaFor(record, SEEN) });

const talks = makeRecord({
  id: 'b1', title: 'Port Mirren talks resume after a week of strikes', published: '2023-10-02T08:00:00Z',
  text: 'Talks between the dockers and the port authority of Port Mirren resumed on Monday, the union said.',
  entities: [{ name: 'Port Mirren', type: 'CITY', country: 'VLD' }],
  quotes: [{ words: 'resumed on Monday', speaker: null }],
});
const talksElsewhere = makeRecord({
  id: 'b2', title: 'Port Mirren talks resume after a week of strikes - The Daily Courier', published: '2023-10-03T09:00:00Z',
  text: 'Dockers and the authority at Port Mirren went back to the table, a week after the strike began.',
});
const ferry = makeRecord({ id: 'b3', title: 'Ferry service to the islands restored', published: '2023-10-04', text: 'The ferry to Osla runs again from Tuesday.' });
const ferryCopy = { ...ferry, id: 'b3-copy', url: null };

for (const backend of backends()) {
  describe(`saveArticles on ${backend.name}`, () => {
    after(() => backend.cleanup());

    async function withStore(work: (store: Store) => Promise<void>): Promise<void> {
      const store = await backend.open();
      try { await work(store); } finally { await store.close(); }
    }

    test('saves in order, each checked against the store and the batch before it', async () => withStore(async (store) => {
      const results = await store.saveArticles([talks, talksElsewhere, ferry, ferryCopy].map(item));
      assert.deepEqual(results, [
        { status: 'created', id: 'b1', storyId: 'b1' },
        { status: 'created', id: 'b2', storyId: 'b1' },
        { status: 'created', id: 'b3', storyId: 'b3' },
        { status: 'duplicate', id: 'b3', matchedBy: 'hash' },
      ]);
      assert.deepEqual((await store.getArticle('b1'))?.record, talks);
      assert.deepEqual((await store.getArticle('b2'))?.story, { id: 'b1', reason: 'same-title' });
      assert.equal((await store.findArticles({ query: 'dockers', limit: 20 })).total, 2);
      assert.deepEqual(await store.saveArticles([item(talks)]), [{ status: 'duplicate', id: 'b1', matchedBy: 'id' }]);
      assert.deepEqual(await store.saveArticles([]), []);
    }));

    test('stores all of a batch or, when one article fails, none of it', async () => withStore(async (store) => {
      const broken = { ...ferry, entities: [{ ...talks.entities[0]!, name: null as unknown as string }] };
      await assert.rejects(store.saveArticles([talks, broken, talksElsewhere].map(item)));
      assert.equal((await store.stats()).articles, 0);
      assert.equal((await store.findArticles({ query: 'dockers', limit: 20 })).total, 0);
      assert.deepEqual(await store.saveArticles([item(talks)]), [{ status: 'created', id: 'b1', storyId: 'b1' }]);
      assert.deepEqual((await store.getArticle('b1'))?.record, talks);
    }));

    test('writes the ledger lines made from the results in the same transaction, or none of them', async () => withStore(async (store) => {
      const ledger = (runId: string): LedgerWrite => ({
        at: SEEN,
        lines: (results) => results.map((result): LedgerEntry => (result.status === 'created'
          ? { runId, item: result.id, status: 'stored', articleId: result.id }
          : { runId, item: result.id, status: 'duplicate', articleId: result.id, matchedBy: result.matchedBy })),
      });
      await store.saveArticles([talks, ferry, ferryCopy].map(item), ledger('run-a'));
      const lines = (await store.findLedger({ runId: 'run-a' })).items;
      assert.deepEqual(lines.map((line) => [line.item, line.status]), [['b1', 'stored'], ['b3', 'stored'], ['b3', 'duplicate']]);
      const broken = { ...talksElsewhere, entities: [{ ...talks.entities[0]!, name: null as unknown as string }] };
      await assert.rejects(store.saveArticles([broken].map(item), ledger('run-b')));
      assert.equal((await store.findLedger({ runId: 'run-b' })).total, 0, 'the failed batch left no line');
      await store.saveArticles([], { at: SEEN, lines: () => [{ runId: 'run-c', item: 'x9', status: 'failed', code: 'TIMEOUT', reason: 'passed the budget' }] });
      assert.deepEqual((await store.findLedger({ runId: 'run-c' })).items.map((line) => [line.item, line.status]), [['x9', 'failed']]);
    }));

    test('refuses a record holding a NUL before writing any of the batch', async () => withStore(async (store) => {
      await assert.rejects(store.saveArticles([item(ferry), item({ ...talks, title: 'Port\u0000Mirren' })]), { code: 'BAD_RECORD' });
      assert.equal((await store.stats()).articles, 0);
    }));
  });
}
