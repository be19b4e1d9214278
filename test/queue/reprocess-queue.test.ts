// `dateline reprocess --queue`: a stored archive's stale articles go on the queue, a worker
// re-extracts them and replaces their layers, and a second enqueue finds nothing stale. Also the
// `dateline queue status` report a person or a monitor reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RecordExtractor } from '../../src/ingest/record-extractor.js';
import type { OutputRecord } from '../../src/output/record.js';
import { printQueueStatus } from '../../src/cli/queue-command.js';
import { enqueueStale } from '../../src/queue/enqueue-sources.js';
import { openArticleQueue } from '../../src/queue/article-queue.js';
import { createJobProcessor } from '../../src/queue/job-processor.js';
import { queueStatus } from '../../src/queue/queue-status.js';
import { startQueueWorker } from '../../src/queue/queue-worker.js';
import { ingestMetaFor } from '../../src/store/ingest-meta.js';
import { openStore } from '../../src/store/open-store.js';
import { collector } from '../helpers/collect.js';
import { freshQueue, freshSchema, servicesMissing } from './queue-services.js';
import { wireStories } from './wire-stories.js';

/** Marks each record as re-extracted by putting its time layer's rule to 'redone'. */
const redoing: RecordExtractor = {
  async extract(item) {
    if (!item.ok) return { id: item.id, error: item.error };
    return { ...item.article, dateline: null, entities: [], places: [], quotes: [], events: [],
      times: [{ start: 0, end: 4, text: item.article.text.slice(0, 4), type: 'DATE', value: '2024-01-01', by: 'times.test', rule: 'redone' }] } as OutputRecord;
  },
  close: async () => {},
};

test('reprocess --queue: stale articles re-extracted by a worker, current ones left alone', async (t) => {
  const missing = await servicesMissing();
  if (missing) return t.skip(missing);
  const schema = await freshSchema();
  const target = freshQueue();
  const store = await openStore(schema.url);
  try {
    const articles = wireStories(7, { paragraphs: () => 1 });
    for (const [i, article] of articles.entries()) {
      const record = { ...article, dateline: null, entities: [], times: [], places: [], quotes: [], events: [] } as OutputRecord;
      await store.saveArticle(record, { ...ingestMetaFor(record, new Date()), pipelineVersion: i < 5 ? 'p-old' : 'p-new' });
    }
    const summary = await enqueueStale(target, store, 'p-new', 2);
    assert.deepEqual([summary.articles, summary.jobs], [5, 3]);

    const worker = startQueueWorker(target, createJobProcessor({ store, extractor: redoing, pipelineVersion: 'p-new' }),
      { concurrency: 2, lockDurationMs: 2_000, stalledIntervalMs: 1_000, maxStalledCount: 1, drainTimeoutMs: 1_000 });
    const { queue, close } = openArticleQueue(target);
    try {
      for (let i = 0; i < 200 && (await queueStatus(queue, target.prefix)).done < 3; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      await worker.stop();
      const out = collector();
      const status = await printQueueStatus({ queue: target.url, queuePrefix: target.prefix, json: true }, out.stream);
      assert.deepEqual(JSON.parse(out.text()), JSON.parse(JSON.stringify(status)));
      assert.deepEqual([status.done, status.failed, status.waiting, status.active], [3, 0, 0, 0]);
      assert.equal(status.throughput.articles, 5);
      const text = collector();
      await printQueueStatus({ queue: target.url, queuePrefix: target.prefix }, text.stream);
      assert.match(text.text(), /done {5}3\n {2}failed {3}0\n {2}throughput [\d.]+ articles\/s \(5 articles in 3 jobs/);
    } finally {
      await close();
    }
    assert.equal((await store.findStale({ pipelineVersion: 'p-new' })).total, 0);
    for (const [i, article] of articles.entries()) {
      const stored = await store.getArticle(article.id);
      assert.equal(stored?.record.times[0]?.rule, i < 5 ? 'redone' : undefined, article.id);
    }
    assert.equal((await enqueueStale(target, store, 'p-new', 2)).jobs, 0);
  } finally {
    await store.close();
    await target.remove();
    await schema.remove();
  }
});
