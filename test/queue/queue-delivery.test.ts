// Delivery rules of the article queue, with a hand-made store and extractor (no models, no
// database) over a real Redis: job ids follow article identity, failures keep their reasons and
// can be re-run, transient errors are retried with backoff, and a worker told to stop finishes or
// returns the jobs in hand.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../src/document/document.js';
import type { RecordExtractor } from '../../src/ingest/record-extractor.js';
import type { ErrorRecord, OutputRecord } from '../../src/output/record.js';
import type { ReadResult } from '../../src/readers/reader.js';
import type { LedgerEntry, LedgerWrite, SaveResult, Store } from '../../src/store/store.js';
import { jobIdFor } from '../../src/queue/article-jobs.js';
import { openArticleQueue } from '../../src/queue/article-queue.js';
import { enqueueArticles } from '../../src/queue/enqueue-articles.js';
import { createJobProcessor } from '../../src/queue/job-processor.js';
import { queueStatus, retryFailed } from '../../src/queue/queue-status.js';
import { startQueueWorker } from '../../src/queue/queue-worker.js';
import { freshQueue, servicesMissing } from './queue-services.js';

const missing = await servicesMissing();
const cleanups: (() => Promise<void>)[] = [];
after(async () => { for (const cleanup of cleanups.reverse()) await cleanup(); });

function article(id: string, text = `SARN, May 2 - Talks on ${id} resumed.`): Article {
  return { id, text, title: null, url: null, source: null, published: '2024-05-02', language: null, author: null };
}

async function* results(articles: readonly Article[]): AsyncGenerator<ReadResult> {
  for (const item of articles) yield { ok: true, article: item };
}

/** An extractor that turns text into a record, fails on 'POISON', and waits while `hold` is set. */
function fakeExtractor(hold?: Promise<void>): RecordExtractor {
  return {
    async extract(item) {
      if (!item.ok) return { id: item.id, error: item.error };
      if (hold) await hold;
      if (item.article.text.includes('POISON')) return { id: item.article.id, error: { code: 'TIMEOUT', message: 'passed the budget' } } satisfies ErrorRecord;
      return { ...item.article, dateline: null, entities: [], times: [], places: [], quotes: [], events: [] } satisfies OutputRecord;
    },
    close: async () => {},
  };
}

/**
 * A store keeping saved ids in memory, failing the first `outages` saves as an unreachable database
 * would, and refusing records whose text holds 'UNSTORABLE' (as the real store refuses a NUL);
 * `saveArticles` is all or nothing, as the real one, and writes the ledger lines it is given with
 * the batch. `transactions` counts the batches saved, `ledgerWrites` the lines of each ledger write;
 * `logIngestMany` only with `batchedLedger`.
 */
function fakeStore(outages = 0, batchedLedger = false): Store & { saved: Map<string, number>; ledger: LedgerEntry[]; transactions: number[]; ledgerWrites: number[] } {
  const saved = new Map<string, number>();
  const ledger: LedgerEntry[] = [];
  const transactions: number[] = [];
  const ledgerWrites: number[] = [];
  let failures = outages;
  const check = (record: OutputRecord) => {
    if (failures-- > 0) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    if (record.text.includes('UNSTORABLE')) throw Object.assign(new Error('The record cannot be stored.'), { code: 'BAD_RECORD' });
  };
  const save = (record: OutputRecord): SaveResult => {
    const seen = saved.get(record.id) ?? 0;
    saved.set(record.id, seen + 1);
    return seen === 0 ? { status: 'created', id: record.id, storyId: record.id } : { status: 'duplicate', id: record.id, matchedBy: 'id' };
  };
  const store = {
    saved, ledger, transactions, ledgerWrites,
    async saveArticle(record: OutputRecord): Promise<SaveResult> {
      check(record);
      transactions.push(1);
      return save(record);
    },
    async saveArticles(items: readonly { record: OutputRecord }[], write?: LedgerWrite): Promise<SaveResult[]> {
      for (const { record } of items) check(record);
      transactions.push(items.length);
      const results = items.map(({ record }) => save(record));
      const lines = write?.lines(results) ?? [];
      if (write) { ledgerWrites.push(lines.length); ledger.push(...lines); }
      return results;
    },
    async logIngest(entry: LedgerEntry) { ledgerWrites.push(1); ledger.push(entry); },
    async replaceLayers() { return true; },
    ...(batchedLedger ? { async logIngestMany(entries: readonly LedgerEntry[]) { ledgerWrites.push(entries.length); ledger.push(...entries); } } : {}),
  };
  return store as unknown as Store & typeof store;
}

const FAST = { concurrency: 2, lockDurationMs: 2_000, stalledIntervalMs: 1_000, maxStalledCount: 2, drainTimeoutMs: 300 };

async function settled(queue: ReturnType<typeof openArticleQueue>['queue'], prefix: string, done: number): Promise<Awaited<ReturnType<typeof queueStatus>>> {
  for (let i = 0; i < 200; i++) {
    const status = await queueStatus(queue, prefix);
    if (status.waiting + status.active === 0 && status.done + status.failed >= done) return status;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the queue did not settle');
}

function setUp() {
  const target = freshQueue();
  const open = openArticleQueue(target);
  cleanups.push(async () => { await open.close(); await target.remove(); });
  return { target, queue: open.queue };
}

test('job ids follow the articles\' identity and the job\'s kind', () => {
  const id = jobIdFor('ingest', [article('a1')]);
  assert.match(id, /^ingest-[0-9a-f]{40}$/);
  assert.equal(jobIdFor('ingest', [article('a1', 'other text')]), id);
  assert.notEqual(jobIdFor('ingest', [article('a2')]), id);
  assert.equal(jobIdFor('reprocess', [article('a1')]).slice('reprocess-'.length), id.slice('ingest-'.length));
  assert.notEqual(jobIdFor('reprocess', [article('a1')], 'p-1'), jobIdFor('reprocess', [article('a1')], 'p-2'));
  assert.notEqual(jobIdFor('ingest', [article('a1'), article('a2')]), jobIdFor('ingest', [article('a2'), article('a1')]));
});

test('enqueueing the same articles twice adds no job', async (t) => {
  if (missing) return t.skip(missing);
  const { target, queue } = setUp();
  const articles = ['x1', 'x2', 'x3', 'x4', 'x5'].map((id) => article(id));
  const first = await enqueueArticles(queue, results(articles), { mode: 'ingest', chunk: 2 });
  assert.deepEqual([first.articles, first.jobs], [5, 3]);
  await enqueueArticles(queue, results(articles), { mode: 'ingest', chunk: 2 });
  assert.equal((await queueStatus(queue, target.prefix)).waiting, 3);
});

test('a failed article fails its job at once with the reason; retry re-runs it; others are stored once', async (t) => {
  if (missing) return t.skip(missing);
  const { target, queue } = setUp();
  const store = fakeStore();
  await enqueueArticles(queue, results([article('ok-1'), article('bad', 'POISON'), article('ok-2')]), { mode: 'ingest', chunk: 1, retry: { attempts: 3, backoffMs: 10 } });
  const worker = startQueueWorker(target, createJobProcessor({ store, extractor: fakeExtractor(), pipelineVersion: 'p-test' }), FAST);
  cleanups.push(() => worker.stop());
  const status = await settled(queue, target.prefix, 3);
  assert.deepEqual([status.done, status.failed], [2, 1]);
  const [failure] = status.recentFailures;
  assert.equal(failure?.attempts, 1, 'an article that cannot be extracted is not retried');
  assert.match(failure!.reason, /1 of 1 articles failed: bad: TIMEOUT passed the budget/);
  assert.deepEqual(store.ledger.find((entry) => entry.item === 'bad'), { runId: store.ledger[0]!.runId, item: 'bad', status: 'failed', code: 'TIMEOUT', reason: 'passed the budget' });
  assert.equal(await retryFailed(queue), 1);
  const again = await settled(queue, target.prefix, 3);
  assert.equal(again.failed, 1, 'the re-run fails again, still kept');
  assert.deepEqual([...store.saved.entries()].sort(), [['ok-1', 1], ['ok-2', 1]]);
});

test('a store outage is retried with exponential backoff until it passes', async (t) => {
  if (missing) return t.skip(missing);
  const { target, queue } = setUp();
  const store = fakeStore(2);
  await enqueueArticles(queue, results([article('later')]), { mode: 'ingest', chunk: 1, retry: { attempts: 4, backoffMs: 100 } });
  const started = Date.now();
  const worker = startQueueWorker(target, createJobProcessor({ store, extractor: fakeExtractor(), pipelineVersion: 'p-test' }), FAST);
  cleanups.push(() => worker.stop());
  const status = await settled(queue, target.prefix, 1);
  assert.deepEqual([status.done, status.failed], [1, 0]);
  // Two failed tries wait 100 ms, then 200 ms.
  assert.ok(Date.now() - started >= 300, `retried after ${Date.now() - started} ms`);
  assert.deepEqual(store.ledger.map((entry) => entry.status), ['failed', 'failed', 'stored']);
  const [job] = await queue.getCompleted(0, 0);
  assert.equal(job?.attemptsMade, 3, 'two failed attempts, then the one that passed');
});

test('stopping a worker returns the jobs it cannot finish in time to the queue', async (t) => {
  if (missing) return t.skip(missing);
  const { target, queue } = setUp();
  await enqueueArticles(queue, results([article('slow-1'), article('slow-2')]), { mode: 'ingest', chunk: 1 });
  const store = fakeStore();
  const never = new Promise<void>(() => {});
  const worker = startQueueWorker(target, createJobProcessor({ store, extractor: fakeExtractor(never), pipelineVersion: 'p-test' }), FAST);
  for (let i = 0; i < 100 && (await queueStatus(queue, target.prefix)).active < 2; i++) await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal((await queueStatus(queue, target.prefix)).active, 2);
  await worker.stop();
  const status = await queueStatus(queue, target.prefix);
  assert.deepEqual([status.waiting, status.active, status.failed, status.done], [2, 0, 0, 0]);
  assert.equal(store.saved.size, 0);
  // Another worker takes them up.
  const next = startQueueWorker(target, createJobProcessor({ store, extractor: fakeExtractor(), pipelineVersion: 'p-test' }), FAST);
  cleanups.push(() => next.stop());
  assert.equal((await settled(queue, target.prefix, 2)).done, 2);
  assert.deepEqual([...store.saved.keys()].sort(), ['slow-1', 'slow-2']);
});

test('a chunk\'s articles and their ledger lines are saved in one transaction', async (t) => {
  if (missing) return t.skip(missing);
  const { target, queue } = setUp();
  const store = fakeStore();
  const ids = ['c1', 'c2', 'c3', 'c4'];
  await enqueueArticles(queue, results(ids.map((id) => article(id))), { mode: 'ingest', chunk: 4 });
  const worker = startQueueWorker(target, createJobProcessor({ store, extractor: fakeExtractor(), pipelineVersion: 'p-test' }), FAST);
  cleanups.push(() => worker.stop());
  const status = await settled(queue, target.prefix, 1);
  assert.deepEqual([status.done, status.failed], [1, 0]);
  assert.deepEqual(store.transactions, [4]);
  assert.deepEqual(store.ledger.map((entry) => [entry.item, entry.status]), ids.map((id) => [id, 'stored']));
  assert.deepEqual(store.ledgerWrites, [4], 'the lines went with the articles, in one write');
  const [job] = await queue.getCompleted(0, 0);
  assert.deepEqual(job?.returnvalue, { articles: 4, stored: 4, duplicates: 0, reprocessed: 0, missing: 0 });
});

test('an unextractable article\'s ledger line goes in the chunk\'s transaction with the others', async (t) => {
  if (missing) return t.skip(missing);
  const { target, queue } = setUp();
  const store = fakeStore(0, true);
  const chunk = [article('e1'), article('e2', 'SARN, May 2 - POISON pill.'), article('e3')];
  await enqueueArticles(queue, results(chunk), { mode: 'ingest', chunk: 3 });
  const worker = startQueueWorker(target, createJobProcessor({ store, extractor: fakeExtractor(), pipelineVersion: 'p-test' }), FAST);
  cleanups.push(() => worker.stop());
  await settled(queue, target.prefix, 1);
  assert.deepEqual(store.transactions, [2]);
  assert.deepEqual(store.ledgerWrites, [3]);
  assert.deepEqual(store.ledger.map((entry) => [entry.item, entry.status]), [['e1', 'stored'], ['e2', 'failed'], ['e3', 'stored']]);
});

test('after a failed chunk transaction, the lines go to the store in one write when it can take them together', async (t) => {
  if (missing) return t.skip(missing);
  const { target, queue } = setUp();
  const store = fakeStore(0, true);
  const chunk = [article('f1'), article('f2', 'SARN, May 2 - UNSTORABLE text.'), article('f3')];
  await enqueueArticles(queue, results(chunk), { mode: 'ingest', chunk: 3, retry: { attempts: 2, backoffMs: 10 } });
  const worker = startQueueWorker(target, createJobProcessor({ store, extractor: fakeExtractor(), pipelineVersion: 'p-test' }), FAST);
  cleanups.push(() => worker.stop());
  await settled(queue, target.prefix, 1);
  assert.deepEqual(store.transactions, [1, 1], 'f1 and f3 saved alone');
  assert.deepEqual(store.ledgerWrites, [3]);
  assert.deepEqual(store.ledger.map((entry) => [entry.item, entry.status]), [['f1', 'stored'], ['f2', 'failed'], ['f3', 'stored']]);
});

test('a chunk whose transaction fails is saved one by one: the bad record fails alone with its reason, not retried', async (t) => {
  if (missing) return t.skip(missing);
  const { target, queue } = setUp();
  const store = fakeStore();
  const chunk = [article('d1'), article('d2', 'SARN, May 2 - UNSTORABLE text.'), article('d3'), article('d4', 'POISON')];
  await enqueueArticles(queue, results(chunk), { mode: 'ingest', chunk: 4, retry: { attempts: 3, backoffMs: 10 } });
  const worker = startQueueWorker(target, createJobProcessor({ store, extractor: fakeExtractor(), pipelineVersion: 'p-test' }), FAST);
  cleanups.push(() => worker.stop());
  const status = await settled(queue, target.prefix, 1);
  assert.deepEqual([status.done, status.failed], [0, 1]);
  const [failure] = status.recentFailures;
  assert.equal(failure?.attempts, 1, 'an unstorable record and an unextractable article are not retried');
  assert.match(failure!.reason, /^2 of 4 articles failed: d2: BAD_RECORD The record cannot be stored\.; d4: TIMEOUT passed the budget$/);
  assert.deepEqual(store.transactions, [1, 1], 'the failed chunk transaction left nothing; d1 and d3 saved alone');
  assert.deepEqual([...store.saved.entries()].sort(), [['d1', 1], ['d3', 1]]);
  assert.deepEqual(store.ledger.map((entry) => [entry.item, entry.status]), [['d1', 'stored'], ['d2', 'failed'], ['d3', 'stored'], ['d4', 'failed']]);
});
