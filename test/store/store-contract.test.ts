/**
 * The store contract: one suite, run over every backend (store-backends.ts). Anything a caller
 * can observe must be the same on SQLite and PostgreSQL.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { OutputRecord } from '../../src/output/record.js';
import { SearchSyntaxError } from '../../src/search/search-errors.js';
import { ingestMetaFor } from '../../src/store/ingest-meta.js';
import { openStore } from '../../src/store/open-store.js';
import { StoreError } from '../../src/store/store-errors.js';
import type { Page, Store } from '../../src/store/store.js';
import { backends } from './store-backends.js';
import { corpus, makeRecord } from './store-fixtures.js';

const SEEN = new Date('2026-01-02T03:04:05Z');

async function seeded(open: () => Promise<Store>): Promise<Store> {
  const store = await open();
  for (const record of corpus()) await store.saveArticle(record, ingestMetaFor(record, SEEN));
  return store;
}

async function ids(store: Store, query: string, order: 'date' | 'relevance' = 'date'): Promise<string[]> {
  const page = await store.findArticles({ query, order, limit: 200 });
  return page.items.map((item) => item.id);
}

/** Follows `next` to the end, one item per page, returning every item. */
async function pageThrough<T>(first: (cursor: string | null) => Promise<Page<T>>): Promise<{ items: T[]; total: number }> {
  const items: T[] = [];
  let cursor: string | null = null;
  let total = -1;
  for (let guard = 0; guard < 100; guard++) {
    const page: Page<T> = await first(cursor);
    total = page.total;
    items.push(...page.items);
    cursor = page.next;
    if (cursor === null) break;
  }
  return { items, total };
}

for (const backend of backends()) {
  describe(`store contract: ${backend.name}`, () => {
    after(() => backend.cleanup());

    test('an article saved and read back is the record it was, with its ingest metadata', async () => {
      const store = await backend.open();
      try {
        const [record] = corpus();
        const meta = ingestMetaFor(record!, SEEN);
        assert.deepEqual(await store.saveArticle(record!, meta), { status: 'created', id: 'a1', storyId: 'a1' });
        const stored = await store.getArticle('a1');
        assert.deepEqual(stored?.record, record);
        assert.deepEqual(stored?.ingest, meta);
        assert.deepEqual(stored?.story, { id: 'a1', reason: 'first' });
        assert.equal(await store.getArticle('missing'), null);
      } finally { await store.close(); }
    });

    test('reopening a store keeps its articles; stores opening at once migrate once', async () => {
      const location = await backend.freshLocation();
      const [first, second] = backend.concurrentOpen
        ? await Promise.all([openStore(location), openStore(location)])
        : [await openStore(location), await openStore(location)];
      try {
        const [a1] = corpus();
        await first!.saveArticle(a1!, ingestMetaFor(a1!, SEEN));
        assert.equal((await second!.stats()).articles, 1);
      } finally {
        await first!.close();
        await second!.close();
      }
      const again = await openStore(location);
      try {
        assert.deepEqual((await again.getArticle('a1'))?.record, corpus()[0]);
      } finally { await again.close(); }
    });

    test('the same article twice is one article: by id, by canonical URL, by content hash', async () => {
      const store = await backend.open();
      try {
        const [a1] = corpus();
        await store.saveArticle(a1!, ingestMetaFor(a1!, SEEN));
        const again = await store.saveArticle(a1!, ingestMetaFor(a1!, new Date()));
        assert.deepEqual(again, { status: 'duplicate', id: 'a1', matchedBy: 'id' });
        const sameUrl: OutputRecord = { ...a1!, id: 'a1-copy', text: `${a1!.text} Updated.`, url: 'https://NEWS.example/a1/?utm_source=feed#top' };
        assert.deepEqual(await store.saveArticle(sameUrl, ingestMetaFor(sameUrl, SEEN)), { status: 'duplicate', id: 'a1', matchedBy: 'url' });
        const sameText: OutputRecord = { ...a1!, id: 'a1-syndicated', url: 'https://other.example/story', text: a1!.text.replace(' - ', '   -   ') };
        assert.deepEqual(await store.saveArticle(sameText, ingestMetaFor(sameText, SEEN)), { status: 'duplicate', id: 'a1', matchedBy: 'hash' });
        const stats = await store.stats();
        assert.equal(stats.articles, 1);
        assert.equal(stats.events, 1);
        assert.equal(stats.quotes, 1);
      } finally { await store.close(); }
    });

    test('records with empty and null layers, and hostile text, round-trip unchanged', async () => {
      const store = await backend.open();
      try {
        const text = 'Literal \\u0000 is fine. Minister <script>alert("x")</script> said \'no\' — 😀 "quoted" \\ %_ ; DROP TABLE articles; see news.example.com, up 3.5 per cent, a cease-fire.';
        const bare: OutputRecord = {
          id: "it's <b>odd</b>", text, title: null, published: null, url: null, source: null, language: null, author: null,
          dateline: null, entities: [], times: [], places: [],
          quotes: [{ start: 0, end: 8, text: 'Minister', by: 'quotes.test', direct: false, speaker: null, cue: null, source: null }],
          events: [{ start: 0, end: 8, text: 'Minister', by: 'events.test', cameo: '010', plover: 'AGREE', mode: 'verbal', quad: 0,
            goldstein: -1.25, source: null, target: null, date: null, place: null, confidence: 0.5 }],
        };
        assert.equal((await store.saveArticle(bare, ingestMetaFor(bare, SEEN))).status, 'created');
        const stored = await store.getArticle(bare.id);
        assert.deepEqual(stored?.record, bare);
        assert.equal(stored?.ingest.canonicalUrl, null);
        assert.deepEqual(await ids(store, 'script alert'), [bare.id]);
        // Both backends split hosts, numbers and compounds into the same words.
        for (const query of ['news.example.com', '"example com"', '3.5', 'cease-fire', 'ceasefire:x', '"cease fire"']) {
          assert.deepEqual(await ids(store, query), query === 'ceasefire:x' ? [] : [bare.id], query);
        }
        assert.deepEqual(await ids(store, 'date:2000..2100'), [], 'no publication date: outside every date range');
      } finally { await store.close(); }
    });

    test('optional output fields round-trip: present, null and absent stay as they were', async () => {
      const store = await backend.open();
      try {
        const [a1] = corpus();
        const [kovel, veldora] = a1!.entities;
        const name = kovel!.mentions[0]!;
        const [quote] = a1!.quotes;
        const [place] = a1!.places;
        const [event] = a1!.events;
        const rich: OutputRecord = {
          ...a1!,
          entities: [
            { ...kovel!, mentions: [{ ...name, names: [{ start: name.start, end: name.end, text: name.text, type: 'PERSON', rule: 'ner-PER' }] }] },
            veldora!,
          ],
          places: [{ ...place!, precision: 'city' }, { ...place!, start: 0, end: 4, text: 'PORT', precision: null }],
          quotes: [{ ...quote!, addressee: { start: 0, end: 4, text: 'PORT', entity: null, name: 'Port "officials"' } }],
          // A field a later pipeline might add, which no table has a column for.
          events: [{ ...event!, contexts: ['diplomatic', 'border'] } as typeof event & { contexts: string[] }],
        };
        await store.saveArticle(rich, ingestMetaFor(rich, SEEN));
        const stored = await store.getArticle(rich.id);
        assert.deepEqual(stored?.record, rich);
        assert.equal('names' in stored!.record.entities[1]!.mentions[0]!, false, 'a mention without names reads back without the key');
        assert.equal('addressee' in (await store.findQuotes({ limit: 5 })).items[0]!, false, 'quote listings keep their own shape');
      } finally { await store.close(); }
    });

    test('a record carrying a NUL character is refused the same way on every backend', async () => {
      const store = await backend.open();
      try {
        const [a1] = corpus();
        const withNul = { ...a1!, title: 'Border\u0000talks' };
        await assert.rejects(store.saveArticle(withNul, ingestMetaFor(withNul, SEEN)), (e: unknown) => e instanceof StoreError && e.code === 'BAD_RECORD');
        assert.equal((await store.stats()).articles, 0);
      } finally { await store.close(); }
    });

    test('saving the same article concurrently stores it once', async () => {
      const store = await backend.open();
      try {
        const [a1] = corpus();
        const results = await Promise.all(Array.from({ length: 6 }, () => store.saveArticle(a1!, ingestMetaFor(a1!, SEEN))));
        assert.equal(results.filter((r) => r.status === 'created').length, 1);
        assert.ok(results.every((r) => r.id === 'a1'));
        assert.equal((await store.stats()).articles, 1);
        assert.equal((await store.stats()).events, 1);
      } finally { await store.close(); }
    });

    test('a failure part-way through a save leaves nothing behind', async () => {
      const store = await backend.open();
      try {
        const [a1] = corpus();
        // The events are written last; a null CAMEO code breaks the NOT NULL constraint there.
        const broken = { ...a1!, events: [{ ...a1!.events[0]!, cameo: null as unknown as string }] };
        await assert.rejects(store.saveArticle(broken, ingestMetaFor(broken, SEEN)));
        assert.equal(await store.getArticle('a1'), null);
        assert.deepEqual(await store.stats(), { articles: 0, entities: 0, mentions: 0, quotes: 0, events: 0, places: 0, times: 0 });
        assert.deepEqual(await ids(store, 'border'), []);
        assert.deepEqual(await store.saveArticle(a1!, ingestMetaFor(a1!, SEEN)), { status: 'created', id: 'a1', storyId: 'a1' });
        assert.deepEqual(await ids(store, 'border'), ['a1']);
      } finally { await store.close(); }
    });

    test('search: words, phrases, boolean operators, NEAR, prefixes and title', async () => {
      const store = await seeded(backend.open);
      try {
        const cases: [string, string[]][] = [
          ['border', ['a3', 'a2', 'a1']],
          ['BORDER talks', ['a1']],
          ['"border talks"', ['a1']],
          ['"talks border"', []],
          ['festival OR protesters', ['a3', 'a2']],
          ['border AND NOT festival', ['a2', 'a1']],
          ['border -festival -protesters', ['a1']],
          ['NOT border', []],
          ['harv*', ['a3']],
          ['title:border', ['a1']],
          ['title:"fuel prices"', ['a2']],
          ['border NEAR/1 talks', ['a1']],
          ['talks NEAR/0 border', ['a1']],
          ['resume NEAR/1 talks', ['a1']],
          ['resume NEAR/0 talks', []],
          ['(festival OR marched) border', ['a3', 'a2']],
          ['cease-fire', []],
          ['', ['a3', 'a2', 'a1']],
          ['!!!', ['a3', 'a2', 'a1']],
        ];
        for (const [query, expected] of cases) assert.deepEqual(await ids(store, query), expected, query);
      } finally { await store.close(); }
    });

    test('search: field filters over the stored layers', async () => {
      const store = await seeded(backend.open);
      try {
        const cases: [string, string[]][] = [
          ['source:"example wire"', ['a3', 'a1']],
          ['source:"Daily Courier" border', ['a2']],
          ['dateline:"port mirren"', ['a1']],
          ['dateline:"example wire"', ['a1']],
          ['actor:kovel', ['a1']],
          ['actor:"ostrava minor"', ['a2', 'a1']],
          ['actor:ostra', []],
          ['country:osm', ['a2', 'a1']],
          ['country:VLD -border', []],
          ['speaker:vasko', ['a2']],
          ['event:14', ['a2']],
          ['event:0311', ['a1']],
          ['event:agree', ['a1']],
          ['lang:en', ['a2', 'a1']],
          ['lang:en-gb', ['a2']],
          ['date:2023-10-01..2023-10-31', ['a2', 'a1']],
          ['date:2023-10-14', ['a2']],
          ['date:2023-11', ['a3']],
          ['date:..2023-10-05', ['a1']],
          ['date:2023-10-06.. border', ['a3', 'a2']],
          ['source:"example wire" OR speaker:vasko', ['a3', 'a2', 'a1']],
        ];
        for (const [query, expected] of cases) assert.deepEqual(await ids(store, query), expected, query);
      } finally { await store.close(); }
    });

    test('search: relevance puts a title match first; snippets show the matched word', async () => {
      const store = await seeded(backend.open);
      try {
        const ranked = await ids(store, 'border', 'relevance');
        assert.equal(ranked[0], 'a1');
        assert.deepEqual([...ranked].sort(), ['a1', 'a2', 'a3']);
        const page = await store.findArticles({ query: 'lindgrad' });
        assert.match(page.items[0]!.snippet, /Lindgrad/);
      } finally { await store.close(); }
    });

    test('search: counts equal what the cursor pages through, in both orders', async () => {
      const store = await seeded(backend.open);
      try {
        for (const order of ['date', 'relevance'] as const) {
          for (const query of ['border', '', 'said -festival', 'country:osm']) {
            const { items, total } = await pageThrough((cursor) => store.findArticles({ query, order, limit: 1, cursor }));
            assert.equal(items.length, total, `${order} ${query}`);
            assert.equal(new Set(items.map((item) => item.id)).size, total, `${order} ${query}: no repeats`);
            assert.deepEqual(items.map((item) => item.id).sort(), (await ids(store, query)).sort());
          }
        }
      } finally { await store.close(); }
    });

    test('search: a query that does not parse, a bad cursor, a bad limit are clear errors', async () => {
      const store = await seeded(backend.open);
      try {
        await assert.rejects(store.findArticles({ query: '"unclosed' }), SearchSyntaxError);
        await assert.rejects(store.findArticles({ query: 'x', cursor: 'not-a-cursor' }), (e: unknown) => e instanceof StoreError && e.code === 'BAD_CURSOR');
        await assert.rejects(store.findArticles({ query: 'x', limit: 0 }), (e: unknown) => e instanceof StoreError && e.code === 'BAD_LIMIT');
      } finally { await store.close(); }
    });

    test('events: filters by actor, country, code, PLOVER type and date range', async () => {
      const store = await seeded(backend.open);
      try {
        const texts = async (filter: Parameters<Store['findEvents']>[0]) => (await store.findEvents(filter)).items.map((e) => `${e.articleId}:${e.text}`);
        assert.deepEqual(await texts({}), ['a2:marched', 'a1:agreed']);
        assert.deepEqual(await texts({ actor: 'veldora' }), ['a1:agreed']);
        assert.deepEqual(await texts({ source: 'protesters' }), ['a2:marched']);
        assert.deepEqual(await texts({ target: 'veldora' }), []);
        assert.deepEqual(await texts({ country: 'osm' }), ['a2:marched', 'a1:agreed']);
        assert.deepEqual(await texts({ code: '03' }), ['a1:agreed']);
        assert.deepEqual(await texts({ code: 'protest' }), ['a2:marched']);
        assert.deepEqual(await texts({ from: '2023-10-10', to: '2023-10-31' }), ['a2:marched']);
        assert.deepEqual(await texts({ articleId: 'a1' }), ['a1:agreed']);
        const first = (await store.findEvents({ articleId: 'a1' })).items[0]!;
        assert.equal(first.cameo, '0311');
        assert.deepEqual(first.target, { entity: null, name: 'Ostrava Minor', country: 'OSM', sector: 'GOV' });
        const { items, total } = await pageThrough((cursor) => store.findEvents({ limit: 1, cursor }));
        assert.equal(total, 2);
        assert.equal(items.length, 2);
        await assert.rejects(store.findEvents({ from: 'October' }), (e: unknown) => e instanceof StoreError && e.code === 'BAD_FILTER');
      } finally { await store.close(); }
    });

    test('quotes: by speaker and by text', async () => {
      const store = await seeded(backend.open);
      try {
        const bySpeaker = await store.findQuotes({ speaker: 'KOVEL' });
        assert.deepEqual(bySpeaker.items.map((q) => [q.articleId, q.text, q.direct]), [['a1', 'The talks will begin next week,', true]]);
        const byText = await store.findQuotes({ text: 'doubled' });
        assert.deepEqual(byText.items.map((q) => [q.speaker, q.direct, q.published]), [['Peter Vasko', false, '2023-10-14']]);
        assert.equal((await store.findQuotes({})).total, 2);
      } finally { await store.close(); }
    });

    test('entities: grouped by name and type, counted across articles', async () => {
      const store = await seeded(backend.open);
      const extra = makeRecord({ id: 'a4', title: 'Kovel visits Lindgrad', text: 'Anna Kovel visited Lindgrad on Monday, officials said.', entities: [{ name: 'Anna Kovel', type: 'PERSON', country: 'VLD' }] });
      await store.saveArticle(extra, ingestMetaFor(extra, SEEN));
      try {
        const page = await store.findEntities({ name: 'kovel' });
        assert.deepEqual(page.items, [{ name: 'Anna Kovel', type: 'PERSON', country: 'VLD', articles: 2, mentions: 2 }]);
        const cities = await store.findEntities({ type: 'CITY' });
        assert.deepEqual(cities.items.map((e) => e.name), ['Lindgrad', 'Port Mirren']);
        const { items, total } = await pageThrough((cursor) => store.findEntities({ limit: 1, cursor }));
        assert.equal(total, 5);
        assert.equal(items.length, 5);
      } finally { await store.close(); }
    });

    test('SQL injection strings in searches and filters are ordinary values', async () => {
      const store = await seeded(backend.open);
      try {
        const hostile = ["'; DROP TABLE articles; --", '" OR 1=1 --', "x' OR '1'='1", '%', '_', '\\', "Robert'); DELETE FROM events;--"];
        for (const value of hostile) {
          assert.deepEqual((await store.findEvents({ actor: value })).items, [], value);
          assert.deepEqual((await store.findEvents({ country: value, code: value })).items, [], value);
          assert.deepEqual((await store.findQuotes({ speaker: value, text: value })).items, [], value);
          assert.deepEqual((await store.findEntities({ name: value })).items, [], value);
          assert.equal(await store.getArticle(value), null);
          const quoted = `source:"${value.replaceAll('"', '')}"`;
          assert.deepEqual(await ids(store, quoted), [], quoted);
          assert.deepEqual(await ids(store, `speaker:"${value.replaceAll('"', '')}"`), [], value);
        }
        assert.deepEqual(await ids(store, "border'; DROP TABLE articles; --"), []);
        assert.deepEqual(await ids(store, `title:"' OR 1=1 --"`), []);
        assert.equal((await store.stats()).articles, 3);
        assert.equal((await store.stats()).events, 2);
      } finally { await store.close(); }
    });

    test('random queries, valid or not, give a page or a SearchSyntaxError, never a database error', async () => {
      const store = await seeded(backend.open);
      const piece = fc.constantFrom('border', 'talks', 'AND', 'OR', 'NOT', '-', '(', ')', '"', 'NEAR/2', 'title:', 'source:x',
        'date:2023-10..2023-11', 'country:vld', 'event:14', 'speaker:', 'actor:', '*', ':', "'", '\\', '%', '_', '\u0000', '\ud800', 'ﬁ', '😀');
      try {
        await fc.assert(fc.asyncProperty(fc.array(piece, { maxLength: 12 }), fc.boolean(), fc.constantFrom('date', 'relevance') as fc.Arbitrary<'date' | 'relevance'>,
          async (parts, spaced, order) => {
            const query = parts.join(spaced ? ' ' : '');
            try {
              const page = await store.findArticles({ query, order, limit: 5 });
              assert.ok(page.total >= page.items.length);
            } catch (error) {
              if (!(error instanceof SearchSyntaxError)) throw error;
            }
          }), { numRuns: 150 });
      } finally { await store.close(); }
    });

    test('API tokens: a created token verifies; anything else does not', async () => {
      const store = await backend.open();
      try {
        const token = await store.createApiToken('ingest bot');
        assert.match(token, /^dl_[A-Za-z0-9_-]{43}$/);
        assert.equal(await store.verifyApiToken(token), true);
        assert.equal(await store.verifyApiToken(`${token}x`), false);
        assert.equal(await store.verifyApiToken(''), false);
        assert.equal(await store.verifyApiToken("dl_' OR '1'='1"), false);
      } finally { await store.close(); }
    });
  });
}
