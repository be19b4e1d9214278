import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readContent } from '../../src/readers/content-reader.js';
import { readFeed } from '../../src/readers/feed-reader.js';
import { readHtml } from '../../src/readers/html-reader.js';
import { parseJsonLine, readJsonl } from '../../src/readers/jsonl-reader.js';
import type { ReadResult } from '../../src/readers/reader.js';
import { readText } from '../../src/readers/text-reader.js';
import { collect, streamOf } from './collect.js';

const RUNS = { numRuns: 150 };

/** Lines of raw bytes, a trailing empty piece dropped as the reader does. */
function splitBytes(bytes: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, start)) {
    lines.push(bytes.subarray(start, i));
    start = i + 1;
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

/** A line the reader skips: valid UTF-8 and white space only (over-long lines are never skipped). */
function isBlankLine(line: Buffer): boolean {
  const body = line.at(-1) === 13 ? line.subarray(0, -1) : line;
  if (body.length > 40) return false;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body).trim() === '';
  } catch {
    return false;
  }
}

/** Strings that look a little like markup, so the parsers meet tags, not only noise. */
const markupish = fc.array(fc.oneof(fc.string(), fc.constantFrom('<', '>', '</p>', '<p>', '<html>', '<rss>', '<item>', '</item>', '<feed>', '<![CDATA[', ']]>', '&amp;', '&#0;', '"', '{', '}', '\n', 'date 2024-01-01 ')), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), markupish);

const isResult = (r: ReadResult) => (r.ok ? typeof r.article.text === 'string' && r.article.text.trim() !== '' : typeof r.error.code === 'string' && r.error.message.length > 0);

test('readText never throws and yields an article or a coded failure', () => {
  fc.assert(fc.property(anyText, (s) => isResult(readText(s, 'p'))), RUNS);
});

test('readHtml never throws and yields an article or a coded failure', () => {
  fc.assert(fc.property(anyText, (s) => isResult(readHtml(s, 'p'))), RUNS);
});

test('readFeed never throws and yields at least one result', () => {
  fc.assert(fc.property(anyText, (s) => {
    const results = readFeed(s, 'p');
    return results.length >= 1 && results.every(isResult);
  }), RUNS);
});

test('parseJsonLine never throws, whatever the line', () => {
  const jsonish = fc.oneof(anyText, fc.json(), fc.jsonValue().map((v) => JSON.stringify({ id: v, text: v, published: v })));
  fc.assert(fc.property(jsonish, (s) => isResult(parseJsonLine(s, 1, 'p'))), RUNS);
});

test('random bytes through every format never throw and yield at least one result', () => {
  const formats = fc.constantFrom('text', 'html', 'feed', 'jsonl') as fc.Arbitrary<'text' | 'html' | 'feed' | 'jsonl'>;
  fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), formats, (bytes, format) => {
    const results = readContent(format, bytes, 'p');
    return results.every(isResult) && results.length >= 1;
  }), RUNS);
});

test('random byte chunks as JSONL yield exactly one result per non-blank line (or one EMPTY)', async () => {
  await fc.assert(fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 60 }), { maxLength: 8 }), async (chunks) => {
    const results: ReadResult[] = [];
    for await (const r of readJsonl(streamOf(...chunks), 'p', 40)) results.push(r);
    // An input with no line to read is one EMPTY failure.
    const expected = Math.max(1, splitBytes(Buffer.concat(chunks)).filter((line) => !isBlankLine(line)).length);
    assert.equal(results.length, expected);
    assert.ok(results.every(isResult));
  }), { numRuns: 100 });
});

test('random bytes on standard input always yield a result', async () => {
  await fc.assert(fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 300 }), async (bytes) => {
    const results = await collect(['-'], { stdin: streamOf(bytes) });
    assert.ok(results.every(isResult));
    assert.ok(results.length >= 1);
  }), { numRuns: 100 });
});
