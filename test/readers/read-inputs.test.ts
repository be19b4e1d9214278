import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, symlink, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collect, summary, streamOf } from './collect.js';
import { fixture } from './fixture-path.js';

test('a directory is read recursively in sorted order, hidden files skipped, ids relative to it', async () => {
  const results = await collect([fixture('tree')]);
  assert.deepEqual(summary(results), ['a', 'c', 'sub/b']);
});

test('inputs are read in the order given, each in its own format', async () => {
  const results = await collect([fixture('feed.atom'), fixture('seed.txt'), fixture('page-meta.html'), fixture('mixed.jsonl')]);
  assert.deepEqual(summary(results).slice(0, 5), ['urn:example:bote:1', 'urn:example:bote:2', 'seed', 'page-meta', 'good-1']);
  assert.equal(results.length, 4 + 7);
});

test('standard input can sit between files', async () => {
  const results = await collect([fixture('plain.txt'), '-', fixture('seed.txt')], { stdin: streamOf('Text from a pipe.') });
  assert.deepEqual(summary(results), ['plain', 'stdin', 'seed']);
});

test('--input jsonl on standard input streams even when the first line is not an object', async () => {
  const results = await collect(['-'], { format: 'jsonl', stdin: streamOf('not json\n{"id":"b","text":"ok"}\n') });
  assert.deepEqual(summary(results), ['stdin:1:BAD_JSON', 'b']);
});

test('a symlink loop in a directory tree is not followed forever', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'dateline-loop-'));
  try {
    await mkdir(join(dir, 'inner'));
    await writeFile(join(dir, 'inner', 'story.txt'), 'A story.');
    await symlink(dir, join(dir, 'inner', 'loop'));
    const results = await collect([dir]);
    assert.deepEqual(summary(results), ['inner/story']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a device given by path is read like standard input, not by its (zero) size', async () => {
  assert.deepEqual(summary(await collect(['/dev/null'])), ['null:EMPTY']);
});
