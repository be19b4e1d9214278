import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReadResult } from '../../src/readers/reader.js';
import { collect, streamOf, summary } from './collect.js';
import { fixture } from './fixture-path.js';

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dateline-read-errors-'));
});
after(async () => rm(dir, { recursive: true, force: true }));

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

const codeOf = (result: ReadResult | undefined) => (result && !result.ok ? result.error.code : 'ok');

const CASES: [string, string | Uint8Array, string][] = [
  ['empty.txt', '', 'EMPTY'],
  ['blank.txt', ' \n\t\n', 'EMPTY'],
  ['nul.txt', Buffer.from('Talks resumed.\u0000\u0000\u0001 more'), 'BINARY'],
  ['control.dat', Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x41 : 0x01 + (i % 7)))), 'BINARY'],
  ['latin1.txt', Buffer.from('Le caf\xe9 du port a rouvert.', 'latin1'), 'BAD_ENCODING'],
  ['broken-utf8.html', Buffer.from([0x3c, 0x70, 0x3e, 0xc3, 0x28, 0x3c, 0x2f, 0x70, 0x3e]), 'BAD_ENCODING'],
  ['no-text.html', '<html><body><script>x()</script></body></html>', 'BAD_HTML'],
  ['broken.rss', '<rss><channel><item><title>Open', 'BAD_FEED'],
  ['not-feed.xml', '<?xml version="1.0"?><catalog/>', 'BAD_FEED'],
];

for (const [name, content, code] of CASES) {
  test(`${name} is ${code}, with a message`, async () => {
    const [result] = await collect([await write(name, content)]);
    assert.equal(codeOf(result), code);
    assert.ok(!result!.ok && result!.error.message.length > 20);
  });
}

test('a UTF-16 file with a byte-order mark is text, not binary', async () => {
  const bom = Buffer.from([0xff, 0xfe]);
  const [result] = await collect([await write('utf16.txt', Buffer.concat([bom, Buffer.from('Talks resumed.', 'utf16le')]))]);
  assert.ok(result?.ok && result.article.text === 'Talks resumed.');
});

test('a missing path is NOT_FOUND', async () => {
  assert.deepEqual(summary(await collect([join(dir, 'nowhere.txt')])), ['nowhere:NOT_FOUND']);
});

test('a 50 MB text is refused quickly by its size, before it is read', async () => {
  const path = join(dir, 'huge.txt');
  await writeFile(path, Buffer.alloc(50 * 1024 * 1024, 0x61));
  const started = performance.now();
  const results = await collect([path], { maxBytes: 20 * 1024 * 1024 });
  const elapsed = performance.now() - started;
  assert.deepEqual(summary(results), ['huge:TOO_LARGE']);
  assert.match(!results[0]!.ok ? results[0]!.error.message : '', /52428800 bytes/);
  assert.ok(elapsed < 500, `took ${elapsed} ms`);
  await rm(path);
});

test('standard input over the limit is TOO_LARGE', async () => {
  const results = await collect(['-'], { maxBytes: 1000, stdin: streamOf('x'.repeat(600), 'y'.repeat(600)) });
  assert.deepEqual(summary(results), ['stdin:TOO_LARGE']);
});

test('one broken input never stops the others', async () => {
  const bad = await write('bad-in-batch.txt', Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x01]));
  const empty = await write('empty-in-batch.txt', '');
  const results = await collect([fixture('plain.txt'), bad, join(dir, 'missing.txt'), empty, fixture('feed-broken.rss'), fixture('seed.txt')]);
  assert.deepEqual(summary(results), [
    'plain', 'bad-in-batch:BINARY', 'missing:NOT_FOUND', 'empty-in-batch:EMPTY', 'feed-broken:BAD_FEED', 'seed',
  ]);
});

test('an empty directory yields one EMPTY failure', async () => {
  const empty = join(dir, 'empty-dir');
  await mkdir(empty);
  assert.deepEqual(summary(await collect([empty])).map((s) => s.split(':').pop()), ['EMPTY']);
});
