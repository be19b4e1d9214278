// Two workers saving the same article at the same moment on PostgreSQL: the store's unique keys
// (id, canonical URL, content hash) and its conflict handling leave exactly one copy, and the
// other writer is told it was a duplicate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { OutputRecord } from '../../src/output/record.js';
import { ingestMetaFor } from '../../src/store/ingest-meta.js';
import { openStore } from '../../src/store/open-store.js';
import { freshSchema, servicesMissing } from './queue-services.js';

function record(id: string, text: string, url: string | null = null): OutputRecord {
  return { id, text, url, title: null, published: '2024-03-01', source: 'Daily Courier', language: 'en', author: null,
    dateline: null, entities: [], times: [], places: [], quotes: [], events: [] };
}

test('the same article saved by two stores at once on PostgreSQL is stored once', async (t) => {
  const missing = await servicesMissing();
  if (missing) return t.skip(missing);
  const schema = await freshSchema();
  const [one, two] = [await openStore(schema.url), await openStore(schema.url)];
  try {
    const cases = [
      // same id and text (a job run twice), same text under another id, same URL with other text
      ...Array.from({ length: 10 }, (_, i) => [record(`a-${i}`, `Harbour talks in Port Mirren, round ${i}.`), record(`a-${i}`, `Harbour talks in Port Mirren, round ${i}.`)]),
      ...Array.from({ length: 5 }, (_, i) => [record(`b-${i}`, `Grain convoy ${i} reached Talsk.`), record(`c-${i}`, `Grain convoy ${i} reached Talsk.`)]),
      ...Array.from({ length: 5 }, (_, i) => [record(`d-${i}`, `Vote ${i} delayed.`, `https://news.example/vote-${i}`), record(`e-${i}`, `Vote ${i} put off.`, `https://news.example/vote-${i}?utm_source=x`)]),
    ] as const;
    for (const [first, second] of cases) {
      const now = new Date();
      const results = await Promise.all([one.saveArticle(first, ingestMetaFor(first, now)), two.saveArticle(second, ingestMetaFor(second, now))]);
      assert.deepEqual(results.map((r) => r.status).sort(), ['created', 'duplicate'], `${first.id} / ${second.id}`);
    }
    assert.equal((await one.stats()).articles, cases.length);
    const rows = await schema.pool.query<{ n: string }>('SELECT count(*) AS n FROM story_bands sb LEFT JOIN articles a ON a.seq = sb.article_seq WHERE a.seq IS NULL');
    assert.equal(Number(rows.rows[0]!.n), 0, 'a losing writer left rows behind');
  } finally {
    await one.close();
    await two.close();
    await schema.remove();
  }
});
