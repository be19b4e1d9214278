/**
 * The index of actor-name words (migration 007, src/store/event-actor-words.ts) on every backend:
 * actor filters find exactly the events a whole-word scan finds, the index follows saves and
 * reprocessing, and the migration fills it for events stored before it.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { OutputRecord } from '../../src/output/record.js';
import { actorWordRows, wordsOf } from '../../src/store/event-actor-words.js';
import { ingestMetaFor } from '../../src/store/ingest-meta.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { backends, rawExecute } from './store-backends.js';
import { actor, makeRecord } from './store-fixtures.js';

const SEEN = new Date('2026-01-02T03:04:05Z');

/** The whole-word rule, written plainly: the value's words appear in the name, in order, side by side. */
function containsWholeWords(name: string, value: string): boolean {
  const key = name.normalize('NFKC').toLowerCase().trim();
  const wanted = value.normalize('NFKC').toLowerCase().trim();
  return ` ${key} `.includes(` ${wanted} `);
}

/** One article, one event per [source, target] pair, each event's trigger its own word in the text. */
function articleWithEvents(id: string, pairs: readonly (readonly [string | null, string | null])[]): OutputRecord {
  const triggers = pairs.map((_, i) => `met${'x'.repeat(i)}q`);
  return makeRecord({
    id, title: `Talks ${id}`, text: `Officials of ${id} ${triggers.join(' and ')} in the capital.`, published: '2024-03-01',
    events: pairs.map(([source, target], i) => ({
      trigger: triggers[i]!, cameo: '040', plover: 'CONSULT',
      source: source === null ? null : actor(source, 'VLD'), target: target === null ? null : actor(target, 'OSM'),
    })),
  });
}

const NAMES = ['Anna Kovel', 'Kovel', 'Anna Kovelson', 'anna  kovel', 'Ostrava Minor government', 'Minor', 'U.S. Senate',
  '50%_Group', 'Kovel-Anna', 'ANNA KOVEL ANNA', 'Lindgrad council of Anna Kovel'];

async function eventTexts(store: Store, filter: Parameters<Store['findEvents']>[0]): Promise<{ found: string[]; total: number }> {
  const found: string[] = [];
  let cursor: string | null = null;
  let total = -1;
  for (let guard = 0; guard < 100; guard++) {
    const page = await store.findEvents({ ...filter, limit: 7, cursor });
    total = page.total;
    found.push(...page.items.map((e) => `${e.source?.name ?? '-'} > ${e.target?.name ?? '-'}`));
    cursor = page.next;
    if (cursor === null) break;
  }
  return { found: found.sort(), total };
}

describe('actor words', () => {
  test('are the name key split on single spaces, each once', () => {
    assert.deepEqual(wordsOf('anna  kovel anna'), ['anna', 'kovel']);
    assert.deepEqual(wordsOf(''), []);
    assert.deepEqual(actorWordRows([{ article_seq: 3, idx: 1, source_key: 'u.s. senate', target_key: '' }]).map((r) => [r.word, r.role]),
      [['u.s.', 'source'], ['senate', 'source']]);
  });
});

for (const backend of backends()) {
  describe(`actor-word index: ${backend.name}`, () => {
    after(() => backend.cleanup());

    test('actor, source and target filters find exactly the whole-word matches, with exact totals', async () => {
      const store = await backend.open();
      try {
        const pairs = NAMES.flatMap((source, i) => [[source, NAMES[(i + 3) % NAMES.length]!], [null, source]] as const);
        const record = articleWithEvents('w1', pairs);
        await store.saveArticle(record, ingestMetaFor(record, SEEN));
        const label = (s: string | null, t: string | null) => `${s ?? '-'} > ${t ?? '-'}`;
        const values = ['kovel', 'Anna Kovel', 'anna', 'minor government', 'u.s.', 'u.s', '50%_group', '%', '_', 'kovel anna', 'kovel-anna', 'anna  kovel', 'nobody'];
        for (const value of values) {
          for (const role of ['actor', 'source', 'target'] as const) {
            const expected = pairs.filter(([s, t]) => (role !== 'target' && s !== null && containsWholeWords(s, value))
              || (role !== 'source' && t !== null && containsWholeWords(t, value))).map(([s, t]) => label(s, t)).sort();
            const { found, total } = await eventTexts(store, { [role]: value });
            assert.deepEqual(found, expected, `${role}=${value}`);
            assert.equal(total, expected.length, `${role}=${value} total`);
          }
        }
      } finally { await store.close(); }
    });

    test('random names and filters: the same events as the whole-word rule', async () => {
      const store = await backend.open();
      const word = fc.constantFrom('anna', 'Kovel', 'minor', 'u.s.', '%', 'a_b', 'über', 'ﬁsh', 'x');
      const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
      let n = 0;
      try {
        await fc.assert(fc.asyncProperty(fc.array(fc.tuple(name, fc.option(name)), { minLength: 1, maxLength: 4 }), fc.array(word, { minLength: 1, maxLength: 2 }),
          async (pairs, filterWords) => {
            const id = `r${++n}`;
            const record = articleWithEvents(id, pairs);
            await store.saveArticle(record, ingestMetaFor(record, SEEN));
            const value = filterWords.join(' ');
            const page = await store.findEvents({ actor: value, articleId: id, limit: 200 });
            const expected = pairs.filter(([s, t]) => containsWholeWords(s, value) || (t !== null && containsWholeWords(t, value))).length;
            assert.equal(page.items.length, expected);
            assert.equal(page.total, expected);
          }), { numRuns: 40 });
      } finally { await store.close(); }
    });

    test('reprocessing replaces the words of the article\'s events', async () => {
      const store = await backend.open();
      try {
        const record = articleWithEvents('p1', [['Anna Kovel', 'Minor']]);
        await store.saveArticle(record, ingestMetaFor(record, SEEN));
        assert.equal((await store.findEvents({ actor: 'kovel' })).total, 1);
        assert.equal(await store.replaceLayers(articleWithEvents('p1', [['Peter Vasko', null]]), 'test-2'), true);
        assert.equal((await store.findEvents({ actor: 'kovel' })).total, 0);
        assert.equal((await store.findEvents({ source: 'vasko' })).total, 1);
      } finally { await store.close(); }
    });

    test('the migration indexes events stored before it', async () => {
      const location = await backend.freshLocation();
      const first = await openStore(location);
      const record = articleWithEvents('m1', [['Anna Kovel', 'Ostrava Minor'], ['Peter Vasko', null]]);
      await first.saveArticle(record, ingestMetaFor(record, SEEN));
      await first.close();
      // Back to the schema before migration 007, with the events still there.
      await rawExecute(location, ['DROP TABLE event_actor_words', 'DROP INDEX events_by_cameo_and_day', 'CREATE INDEX events_by_cameo ON events (cameo)',
        "DELETE FROM schema_migrations WHERE name = '007-event-actor-words'"]);
      const second = await openStore(location);
      try {
        assert.deepEqual((await eventTexts(second, { actor: 'minor' })).found, ['Anna Kovel > Ostrava Minor']);
        assert.deepEqual((await eventTexts(second, { source: 'peter vasko' })).found, ['Peter Vasko > -']);
      } finally { await second.close(); }
    });
  });
}
