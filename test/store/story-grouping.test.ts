/** Stories over every backend: same title, near text, and articles that must stay apart. */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestMetaFor } from '../../src/store/ingest-meta.js';
import { backends } from './store-backends.js';
import { makeRecord } from './store-fixtures.js';

const WIRE = 'LINDGRAD, Oct 5 - Veldora and Ostrava Minor resumed talks on Thursday over the disputed river border, '
  + 'officials from both sides said, after a pause of nearly two years. The talks in Lindgrad are expected to last three days '
  + 'and will cover fishing rights, the ferry crossing and the return of seized boats, a foreign ministry spokesman said.';
const OTHER = 'Farmers in northern Veldora blocked three highways on Friday to protest against a rise in diesel prices, '
  + 'police said, and vowed to stay until the government in Lindgrad reverses the increase announced last week.';
const THIRD = 'Negotiators from Ostrava Minor arrived in the Veldoran capital by train on Thursday morning, '
  + 'carrying proposals on ferry schedules and fishing quotas that their government published a week earlier.';
const FOURTH = 'A month after talks resumed, officials in Lindgrad said on Monday that no agreement was yet in sight '
  + 'on the river border, though both delegations described the atmosphere as constructive and calm.';
const SEEN = new Date('2026-01-02T03:04:05Z');

for (const backend of backends()) {
  describe(`stories: ${backend.name}`, () => {
    after(() => backend.cleanup());

    test('groups by title without outlet suffix, then by near text; keeps the first-seen article as the story', async () => {
      const store = await backend.open();
      try {
        const records = [
          makeRecord({ id: 's1', source: 'Courier', title: 'Veldora and Ostrava Minor resume border talks - Courier', text: WIRE }),
          makeRecord({ id: 's2', source: 'Evening Post', title: 'Veldora and Ostrava Minor resume border talks | Evening Post', text: THIRD }),
          makeRecord({ id: 's3', source: 'Wire', title: 'River border talks restart', text: WIRE.replace('nearly two years', 'almost two years') }),
          makeRecord({ id: 's4', source: 'Courier', title: 'Farmers block highways', text: OTHER }),
          // Same title a month later: another story.
          makeRecord({ id: 's5', source: 'Courier', title: 'Veldora and Ostrava Minor resume border talks - Courier', text: FOURTH, published: '2023-11-20T08:00:00Z' }),
        ];
        const results = [];
        for (const record of records) results.push(await store.saveArticle(record, ingestMetaFor(record, SEEN)));
        assert.deepEqual(results.map((r) => r.status === 'created' && r.storyId), ['s1', 's1', 's1', 's4', 's5']);
        const stories = await Promise.all(records.map(async (r) => (await store.getArticle(r.id))?.story));
        assert.deepEqual(stories.map((s) => s?.reason.replace(/ \d\.\d\d$/, '')), ['first', 'same-title', 'near-text', 'first', 'first']);
        const score = Number(stories[2]!.reason.split(' ')[1]);
        assert.ok(score >= 0.8 && score <= 1, stories[2]!.reason);
        const hits = await store.findArticles({ query: 'river', order: 'date', limit: 20 });
        assert.deepEqual(hits.items.map((hit) => [hit.id, hit.storyId]).sort(), [['s1', 's1'], ['s3', 's1'], ['s5', 's5']]);
      } finally { await store.close(); }
    });
  });
}
