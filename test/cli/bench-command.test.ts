import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { formatBench, runBench } from '../../src/cli/bench-command.js';
import { tempDir } from '../helpers/collect.js';

const STORIES = [
  { id: 'a', text: 'OSLO, March 5 - The Norwegian foreign minister met his Danish counterpart on Tuesday. They will meet again next week.' },
  { id: 'b', text: 'The harbour board said on Friday that fees would rise by 4 percent in 2025.' },
  { id: 'c', text: '' },
];

async function benchStories(limit = Number.MAX_SAFE_INTEGER, batch = 1) {
  const dir = tempDir({ 'in.jsonl': `${STORIES.map((story) => JSON.stringify(story)).join('\n')}\n` });
  return runBench([join(dir, 'in.jsonl')], ['times'], 'auto', limit, batch);
}

test('bench counts articles and failures and measures CPU time beside wall time', async () => {
  const result = await benchStories();
  assert.equal(result.articles, 2);
  assert.equal(result.failed, 1);
  assert.deepEqual(result.failures, { EMPTY: 1 });
  assert.ok(result.extractCpuSeconds > 0, 'extraction CPU is measured');
  assert.ok(result.processCpuSeconds >= result.extractCpuSeconds, 'the process spent at least what extraction did');
  assert.ok(result.megabytesPerCpuSecond > 0);
});

test('each component run gets its share of extraction time, the shares summing to one', async () => {
  const result = await benchStories();
  assert.deepEqual(Object.keys(result.layerShares), ['sentences', 'dateline', 'times']);
  const total = Object.values(result.layerShares).reduce((sum, share) => sum + share, 0);
  assert.ok(Math.abs(total - 1) < 1e-9, `shares sum to ${total}`);
});

test('bench stops after --limit inputs, batched or not', async () => {
  for (const batch of [1, 2, 8]) {
    const result = await benchStories(2, batch);
    assert.equal(result.articles + result.failed, 2, `batch ${batch}`);
  }
});

test('batches count the same articles, characters and failures as article-by-article runs', async () => {
  const [single, batched] = [await benchStories(), await benchStories(Number.MAX_SAFE_INTEGER, 2)];
  assert.deepEqual([batched.articles, batched.failed, batched.megabytes, batched.failures], [single.articles, single.failed, single.megabytes, single.failures]);
  assert.equal(batched.batch, 2);
});

test('the printed table keeps its first lines in their order and adds the CPU lines after them', async () => {
  const lines = formatBench(await benchStories(), ['times']).split('\n');
  const names = lines.map((line) => line.slice(0, 24).trim());
  assert.deepEqual(names, ['layers', 'articles', 'text', 'set-up and data loading', 'extraction time', 'articles/s', 'MB/s', 'peak memory (RSS)',
    'extraction CPU', 'process CPU', 'share of extraction', 'articles per batch']);
  assert.match(lines[10]!, /^share of extraction +sentences \d+%, dateline \d+%, times \d+%$/);
});
