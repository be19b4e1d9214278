// Every reader on adversarial input (test/fuzz/hostile-text.ts): each yields articles or coded
// failures and never throws; a hang would show as this file's timeout. Inputs go in raw and
// wrapped in the markup of each format, as strings and as bytes through format detection.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { ERROR_CODES } from '../../src/errors.js';
import { readContent } from '../../src/readers/content-reader.js';
import { decodeBytes, declaredCharset, looksBinary } from '../../src/readers/bytes-decoder.js';
import { readFeed } from '../../src/readers/feed-reader.js';
import { sniffFormat } from '../../src/readers/format-detector.js';
import { readHtml } from '../../src/readers/html-reader.js';
import { parseJsonLine } from '../../src/readers/jsonl-reader.js';
import { toIsoDate } from '../../src/readers/published-date.js';
import type { ReadResult } from '../../src/readers/reader.js';
import { DEFAULT_READ_OPTIONS } from '../../src/readers/reader.js';
import { splitSeedHeader } from '../../src/readers/seed-header.js';
import { readInputs } from '../../src/readers/read-inputs.js';
import { readStream } from '../../src/readers/stream-reader.js';
import { readText } from '../../src/readers/text-reader.js';
import { tempDir } from '../helpers/collect.js';
import { streamOf } from '../readers/collect.js';
import { HOSTILE_TEXTS, hostileText } from './hostile-text.js';

function assertResult(result: ReadResult, what: string): void {
  if (result.ok) {
    assert.equal(typeof result.article.text, 'string', what);
    assert.notEqual(result.article.text.trim(), '', `${what}: an article has text`);
  } else {
    assert.ok(result.error.code in ERROR_CODES, `${what}: ${result.error.code} is a known code`);
    assert.ok(result.error.message.length > 0, what);
  }
}

const asPage = (s: string) => `<!doctype html><html><head><title>${s.slice(0, 2000)}</title><meta name="author" content="${s.slice(0, 500)}"></head><body><article><h1>${s.slice(0, 200)}</h1><p>${s}</p></article></body></html>`;
const asRss = (s: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>${s.slice(0, 2000)}</title><description>${s}</description><pubDate>${s.slice(0, 40)}</pubDate></item></channel></rss>`;
const asAtom = (s: string) => `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>${s.slice(0, 2000)}</title><content type="html">${s}</content></entry></feed>`;
const asJsonl = (s: string) => JSON.stringify({ id: s.slice(0, 100), text: s, title: s.slice(0, 500), published: s.slice(0, 30) });

/** Every reader, on one text: the plain readers, each format's wrapping, and bytes through detection. */
async function readEveryWay(name: string, s: string): Promise<void> {
  assertResult(readText(s, name), `${name}: text`);
  assertResult(readHtml(s, name), `${name}: html`);
  assertResult(readHtml(asPage(s), name), `${name}: html page`);
  for (const feed of [s, asRss(s), asAtom(s)]) {
    const results = readFeed(feed, name);
    assert.ok(results.length >= 1, `${name}: a feed yields at least one result`);
    results.forEach((r) => assertResult(r, `${name}: feed`));
  }
  assertResult(parseJsonLine(s, 1, name), `${name}: jsonl line`);
  assertResult(parseJsonLine(asJsonl(s), 1, name), `${name}: jsonl object`);
  const bytes = Buffer.from(s);
  readContent('jsonl', bytes, name).forEach((r) => assertResult(r, `${name}: jsonl bytes`));
  for await (const r of readStream(streamOf(bytes), DEFAULT_READ_OPTIONS, name)) assertResult(r, `${name}: stream`);
  assert.equal(typeof looksBinary(bytes), 'boolean');
  const charset = declaredCharset(bytes);
  assert.ok(charset === null || typeof charset === 'string');
  assert.equal(typeof decodeBytes(bytes, name).ok, 'boolean');
  assert.ok(['text', 'html', 'feed', 'jsonl'].includes(sniffFormat(s.slice(0, 4096))));
  const date = toIsoDate(s);
  assert.ok(date === null || /^\d{4}-\d{2}-\d{2}/.test(date), `${name}: a date or none`);
  assert.equal(typeof splitSeedHeader(s).text, 'string');
}

const dir = tempDir({});
after(() => rmSync(dir, { recursive: true, force: true }));

for (const [name, s] of HOSTILE_TEXTS) {
  test(`every reader survives ${name}`, { timeout: 60_000 }, async () => {
    await readEveryWay(name, s);
    // And as a file in a folder, through the path reader and format detection.
    writeFileSync(join(dir, 'input'), s);
    for await (const r of readInputs([dir], DEFAULT_READ_OPTIONS)) assertResult(r, `${name}: file`);
  });
}

test('every reader survives random hostile text', { timeout: 120_000 }, async () => {
  await fc.assert(fc.asyncProperty(hostileText, async (s) => { await readEveryWay('random', s); }), { numRuns: 150 });
});

test('an input over the size limit is reported as TOO_LARGE, on every path', async () => {
  const big = Buffer.from('"'.repeat(64 * 1024));
  const small = { ...DEFAULT_READ_OPTIONS, maxBytes: 1024 };
  for (const format of ['auto', 'text', 'html', 'feed'] as const) {
    const results: ReadResult[] = [];
    for await (const r of readStream(streamOf(big.subarray(0, 30_000), big.subarray(30_000)), { ...small, format }, 'big')) results.push(r);
    assert.deepEqual(results.map((r) => (r.ok ? 'ok' : r.error.code)), ['TOO_LARGE'], format);
  }
  const lines: ReadResult[] = [];
  const line = (id: string, text: string) => JSON.stringify({ id, text });
  const jsonl = `${line('a', 'short text')}\n${line('b', 'x'.repeat(4096))}\n${line('c', 'after it')}\n`;
  for await (const r of readStream(streamOf(jsonl), { ...small, format: 'jsonl' }, 'lines')) lines.push(r);
  assert.deepEqual(lines.map((r) => (r.ok ? 'ok' : r.error.code)), ['ok', 'TOO_LARGE', 'ok'], 'a long line fails alone');
});
