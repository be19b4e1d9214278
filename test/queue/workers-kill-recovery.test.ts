// Two `dateline worker` processes drain 2,000 queued articles into a fresh PostgreSQL schema while
// one of them is killed with SIGKILL mid-way and restarted: every article ends up stored exactly
// once, no job fails, the killed worker's jobs are recovered, and SIGTERM stops both cleanly.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openArticleQueue } from '../../src/queue/article-queue.js';
import { enqueueInputs } from '../../src/queue/enqueue-sources.js';
import { queueStatus } from '../../src/queue/queue-status.js';
import { DEFAULT_FETCH_OPTIONS } from '../../src/ingest/url-fetcher.js';
import { DEFAULT_READ_OPTIONS } from '../../src/readers/reader.js';
import { openStore } from '../../src/store/open-store.js';
import { tempDir } from '../helpers/collect.js';
import { freshQueue, freshSchema, servicesMissing } from './queue-services.js';
import { toJsonl, wireStories } from './wire-stories.js';

const COUNT = 2_000;
const CLI = new URL('./run-cli.ts', import.meta.url).pathname;

const missing = await servicesMissing();
const dir = tempDir({ 'wires.jsonl': toJsonl(wireStories(COUNT, { paragraphs: () => 1 })) });
const queue = freshQueue();
const schema = missing ? null : await freshSchema();
const children: ChildProcess[] = [];

before(async () => {
  // Migrate once up front, so the workers' start-up is not what is measured.
  if (schema) await (await openStore(schema.url)).close();
});

after(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  if (!missing) await queue.remove();
  await schema?.remove();
  rmSync(dir, { recursive: true, force: true });
});

function startWorker(name: string, storeUrl: string): ChildProcess & { log: () => string } {
  const child = spawn(process.execPath, [
    '--import', 'tsx', CLI, 'worker', '--queue', queue.url, '--queue-prefix', queue.prefix, '--store', storeUrl,
    '--concurrency', '1', '--lock-duration', '3000', '--stalled-interval', '1000', '--max-stalled', '5', '--drain-timeout', '5000',
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr!.on('data', (chunk: Buffer) => { log += chunk.toString(); });
  children.push(child);
  return Object.assign(child, { log: () => `${name}: ${log}` });
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

async function count(sql: string): Promise<number> {
  return Number((await schema!.pool.query<{ n: string }>(sql)).rows[0]!.n);
}

async function waitFor(what: string, deadlineMs: number, check: () => Promise<boolean>): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

test('two workers, one killed with SIGKILL and restarted: 2,000 articles stored exactly once, none failed', { timeout: 900_000 }, async (t) => {
  if (missing || !schema) return t.skip(missing ?? 'no PostgreSQL');
  const enqueued = await enqueueInputs(queue, [join(dir, 'wires.jsonl')], { read: DEFAULT_READ_OPTIONS, fetch: DEFAULT_FETCH_OPTIONS, chunk: 1 });
  assert.deepEqual([enqueued.articles, enqueued.jobs, enqueued.unreadable], [COUNT, COUNT, 0]);

  const first = startWorker('worker A', schema.url);
  const second = startWorker('worker B', schema.url);
  await waitFor('a quarter of the articles', 150_000, async () => (await count('SELECT count(*) AS n FROM articles')) >= COUNT / 4);
  first.kill('SIGKILL');
  assert.equal((await exited(first)).signal, 'SIGKILL');
  const atKill = await count('SELECT count(*) AS n FROM articles');
  assert.ok(atKill < COUNT, `the workers finished (${atKill}) before one could be killed`);
  const restarted = startWorker('worker A again', schema.url);

  const { queue: handle, close } = openArticleQueue(queue);
  try {
    // Generous: on a loaded 2-core machine the two workers drain about 10 articles a second.
    await waitFor('the queue to drain', 600_000, async () => {
      const status = await queueStatus(handle, queue.prefix);
      return status.waiting + status.active === 0 && status.done + status.failed >= COUNT;
    });
    const status = await queueStatus(handle, queue.prefix);
    assert.equal(status.failed, 0, JSON.stringify(status.recentFailures));
    assert.equal(status.done, COUNT);
    // The jobs the killed worker held came back through the stalled-job check.
    const recovered = (await handle.getCompleted(0, COUNT)).filter((job) => job.stalledCounter > 0);
    assert.ok(recovered.length >= 1, 'no job was recovered from the killed worker');
  } finally {
    await close();
  }

  assert.equal(await count('SELECT count(*) AS n FROM articles'), COUNT);
  assert.equal(await count('SELECT count(DISTINCT id) AS n FROM articles'), COUNT);
  assert.equal(await count(`SELECT count(*) AS n FROM articles WHERE id LIKE 'wire-%'`), COUNT);
  // Whole articles only: each has its dateline row (every generated story opens with one).
  assert.equal(await count('SELECT count(*) AS n FROM datelines'), COUNT);
  // The ledger: never stored twice, never failed, every article accounted for.
  assert.equal(await count(`SELECT count(*) AS n FROM ingest_ledger WHERE status = 'failed'`), 0);
  assert.equal(await count(`SELECT count(*) AS n FROM (SELECT item FROM ingest_ledger WHERE status = 'stored' GROUP BY item HAVING count(*) > 1) d`), 0);
  assert.equal(await count(`SELECT count(DISTINCT item) AS n FROM ingest_ledger WHERE run_id = '${enqueued.runId}'`), COUNT);

  for (const worker of [second, restarted]) worker.kill('SIGTERM');
  for (const worker of [second, restarted]) {
    const exit = await exited(worker);
    assert.deepEqual(exit, { code: 0, signal: null }, worker.log());
    assert.match(worker.log(), /stopped after \d+ jobs/);
  }
});
