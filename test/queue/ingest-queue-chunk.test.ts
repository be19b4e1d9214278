// `dateline ingest --queue` puts 20 articles in a job unless told otherwise (`--chunk`): a job's
// articles are stored in one transaction and their ledger lines in one statement.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { tempDir } from '../helpers/collect.js';
import { freshQueue, servicesMissing } from './queue-services.js';
import { toJsonl, wireStories } from './wire-stories.js';

const CLI = new URL('./run-cli.ts', import.meta.url).pathname;
const missing = await servicesMissing();
const dir = tempDir({ 'wires.jsonl': toJsonl(wireStories(45, { paragraphs: () => 1 })) });
const queues: ReturnType<typeof freshQueue>[] = [];

after(async () => {
  if (!missing) for (const queue of queues) await queue.remove();
  rmSync(dir, { recursive: true, force: true });
});

async function enqueue(...extra: string[]): Promise<{ articles: number; jobs: number }> {
  const queue = freshQueue();
  queues.push(queue);
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', CLI, 'ingest', join(dir, 'wires.jsonl'),
    '--queue', queue.url, '--queue-prefix', queue.prefix, '--json', ...extra], { timeout: 60_000 });
  return JSON.parse(stdout) as { articles: number; jobs: number };
}

test('ingest --queue enqueues jobs of 20 articles by default, of --chunk N when told', async (t) => {
  if (missing) return t.skip(missing);
  const byDefault = await enqueue();
  assert.deepEqual([byDefault.articles, byDefault.jobs], [45, 3]);
  const single = await enqueue('--chunk', '1');
  assert.deepEqual([single.articles, single.jobs], [45, 45]);
});
