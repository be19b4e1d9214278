import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readJsonl } from '../../src/readers/jsonl-reader.js';
import type { ReadResult } from '../../src/readers/reader.js';
import { articleOf, collect, streamOf, summary } from './collect.js';
import { fixture } from './fixture-path.js';

async function all(source: AsyncIterable<Uint8Array>, maxBytes = 1024): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const result of readJsonl(source, 'in.jsonl', maxBytes)) results.push(result);
  return results;
}

test('bad lines mixed with good ones give one result per line, in order', async () => {
  const results = await collect([fixture('mixed.jsonl')]);
  assert.deepEqual(summary(results), [
    'good-1',
    'mixed.jsonl:2:BAD_JSON',
    'no-text:BAD_FIELD',
    // line 4 is blank and yields nothing
    'mixed.jsonl:5',
    'mixed.jsonl:6:BAD_JSON',
    'bad-date:BAD_FIELD',
    'good-2',
  ]);
});

test('metadata fields are carried over and the date normalised', async () => {
  const [result] = await all(streamOf('{"id":7,"text":"T.","title":"Ti","url":"https://x.example/a","source":"Courier","published":"2024-01-02","language":"en","author":"Mira Solent"}'));
  assert.deepEqual(articleOf(result), {
    id: '7', text: 'T.', title: 'Ti', url: 'https://x.example/a', source: 'Courier', published: '2024-01-02', language: 'en', author: 'Mira Solent',
  });
});

test('lines split across chunks and CRLF endings are joined correctly', async () => {
  const results = await all(streamOf('{"id":"a","te', 'xt":"one"}\r\n{"id":"b",', '"text":"two"}\r\n'));
  assert.deepEqual(results.map((r) => articleOf(r).text), ['one', 'two']);
});

test('a line over maxBytes is TOO_LARGE and the next line still reads', async () => {
  const long = `{"id":"long","text":"${'x'.repeat(5000)}"}\n`;
  const results = await all(streamOf('{"id":"a","text":"before"}\n', long.slice(0, 2000), long.slice(2000), '{"id":"c","text":"after"}\n'), 1024);
  assert.deepEqual(summary(results), ['a', 'in.jsonl:2:TOO_LARGE', 'c']);
});

test('a line that is not UTF-8 is BAD_ENCODING and the stream goes on', async () => {
  const bad = Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d, 0x0a]);
  const results = await all(streamOf(bad, '{"id":"ok","text":"fine"}\n'));
  assert.deepEqual(summary(results), ['in.jsonl:1:BAD_ENCODING', 'ok']);
});

test('ids default to <file>:<line>', async () => {
  const results = await all(streamOf('{"text":"a"}\n\n{"text":"b"}'));
  assert.deepEqual(summary(results), ['in.jsonl:1', 'in.jsonl:3']);
});

test('a 50 MB line is refused as TOO_LARGE without holding it in memory', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'dateline-jsonl-'));
  try {
    const path = join(dir, 'huge.jsonl');
    const line = Buffer.alloc(50 * 1024 * 1024, 0x61);
    line.write('{"id":"huge","text":"', 0);
    await writeFile(path, Buffer.concat([line, Buffer.from('"}\n{"id":"next","text":"small"}\n')]));
    const before = process.memoryUsage().rss;
    const results = await collect([path], { maxBytes: 1024 * 1024 });
    assert.deepEqual(summary(results), ['huge.jsonl:1:TOO_LARGE', 'next']);
    // The 50 MB line was streamed past, not gathered: growth stays far below its size.
    assert.ok(process.memoryUsage().rss - before < 40 * 1024 * 1024);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a large JSONL stream flows through line by line', async () => {
  async function* lines(): AsyncGenerator<Uint8Array> {
    for (let i = 0; i < 20_000; i++) yield Buffer.from(`{"id":"n${i}","text":"Story ${i}."}\n`);
  }
  let count = 0;
  let last = '';
  for await (const result of readJsonl(lines(), 'gen', 1024)) {
    count++;
    last = articleOf(result).id;
  }
  assert.equal(count, 20_000);
  assert.equal(last, 'n19999');
});

test('a JSONL input with no lines at all is one EMPTY failure', async () => {
  assert.deepEqual(summary(await all(streamOf(''))), ['in.jsonl:EMPTY']);
  assert.deepEqual(summary(await all(streamOf('\n  \n\r\n'))), ['in.jsonl:EMPTY']);
});
