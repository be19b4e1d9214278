/**
 * Searches and event filters read a page one of two ways, chosen by how many rows match (walking
 * newest first, or sorting the matches: find-articles.ts, find-layers.ts). Whichever is taken, the
 * pages hold the same items in the same order, and the total is what paging reaches. Small pages
 * make the walk the choice for frequent matches; one page of 200 sorts them.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestMetaFor } from '../../src/store/ingest-meta.js';
import type { Page, Store } from '../../src/store/store.js';
import { backends } from './store-backends.js';
import { actor, makeRecord } from './store-fixtures.js';

const SEEN = new Date('2026-01-02T03:04:05Z');
const ARTICLES = 30;

/** Article i: frequent words in most, rare ones in a few, two events each, days not in seq order. */
function article(i: number) {
  const day = `2023-${String(1 + ((i * 7) % 12)).padStart(2, '0')}-${String(1 + ((i * 11) % 28)).padStart(2, '0')}`;
  const words = [i % 10 !== 0 ? 'border talks' : 'harvest', i % 13 === 0 ? 'ferry strike' : 'weather'].join(' and ');
  const text = `Officials met over ${words} in report ${i}, agencies said.`;
  const country = i % 11 === 0 ? 'OSM' : 'VLD';
  return makeRecord({
    id: `p${i}`, title: `Report ${i}`, text, published: i % 9 === 0 ? null : day,
    events: [
      { trigger: 'met', cameo: i % 4 === 0 ? '0311' : i % 7 === 0 ? '0911' : '141', plover: 'AGREE', source: actor(`Minister ${i % 3}`, country), target: actor('Veldora', 'VLD'), date: i % 5 === 0 ? day : null },
      { trigger: 'said', cameo: '010', plover: 'STATEMENT', source: actor('agencies', null), target: null },
    ],
  });
}

async function pageThrough<T>(first: (cursor: string | null) => Promise<Page<T>>): Promise<{ items: T[]; totals: number[] }> {
  const items: T[] = [];
  const totals: number[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 200; guard++) {
    const page: Page<T> = await first(cursor);
    totals.push(page.total);
    items.push(...page.items);
    cursor = page.next;
    if (cursor === null) break;
  }
  return { items, totals };
}

for (const backend of backends()) {
  describe(`page plans: ${backend.name}`, () => {
    after(() => backend.cleanup());

    test('searches: pages of 1, 2 and 200 hold the same articles in the same order, and the totals are what paging reaches', async () => {
      const store: Store = await backend.open();
      try {
        for (let i = 1; i <= ARTICLES; i++) await store.saveArticle(article(i), ingestMetaFor(article(i), SEEN));
        for (const query of ['talks', 'border talks', 'ferry', 'talks OR ferry', '"border talks"', '', 'weather -ferry']) {
          const whole = await store.findArticles({ query, limit: 200 });
          assert.equal(whole.total, whole.items.length, query);
          for (const limit of [1, 2]) {
            const paged = await pageThrough((cursor) => store.findArticles({ query, limit, cursor }));
            assert.deepEqual(paged.items.map((hit) => hit.id), whole.items.map((hit) => hit.id), `${query} by ${limit}`);
            assert.ok(paged.totals.every((total) => total === whole.total), `${query} by ${limit}: totals`);
          }
        }
        assert.equal((await store.findArticles({ query: 'talks', limit: 200 })).total, 27);
        assert.equal((await store.findArticles({ query: 'ferry', limit: 200 })).total, 2);
      } finally { await store.close(); }
    });

    test('events: pages of 1, 2 and 200 hold the same events in the same order, and the totals are what paging reaches', async () => {
      const store: Store = await backend.open();
      try {
        for (let i = 1; i <= ARTICLES; i++) await store.saveArticle(article(i), ingestMetaFor(article(i), SEEN));
        const filters = [{}, { country: 'vld' }, { country: 'osm' }, { code: '1' }, { code: '03' }, { code: '0' }, { code: '09' }, { code: '9' }, { actor: 'veldora' },
          { actor: 'minister 2' }, { source: 'agencies' }, { from: '2023-03-01', to: '2023-08-31' }, { country: 'vld', code: '14' }];
        for (const filter of filters) {
          const whole = await store.findEvents({ ...filter, limit: 200 });
          assert.equal(whole.total, whole.items.length, JSON.stringify(filter));
          for (const limit of [1, 2]) {
            const paged = await pageThrough((cursor) => store.findEvents({ ...filter, limit, cursor }));
            const key = (e: { articleId: string; start: number }) => `${e.articleId}@${e.start}`;
            assert.deepEqual(paged.items.map(key), whole.items.map(key), `${JSON.stringify(filter)} by ${limit}`);
            assert.ok(paged.totals.every((total) => total === whole.total), `${JSON.stringify(filter)} by ${limit}: totals`);
          }
        }
        // Codes: 0311 for every fourth article, else 0911 for every seventh, else 141; 010 for all.
        assert.equal((await store.findEvents({ code: '1', limit: 200 })).total, 20);
        assert.equal((await store.findEvents({ code: '0', limit: 200 })).total, 40);
        assert.equal((await store.findEvents({ code: '09', limit: 200 })).total, 3);
        assert.equal((await store.findEvents({ code: '091', limit: 200 })).total, 3);
        assert.equal((await store.findEvents({ code: '9', limit: 200 })).total, 0);
      } finally { await store.close(); }
    });
  });
}
