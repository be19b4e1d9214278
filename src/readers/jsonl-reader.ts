/**
 * JSONL articles, one `{"id","text","published"?,"title"?,"url"?,"source"?,"language"?,"author"?}`
 * a line, streamed in constant memory. Every non-blank line yields exactly one result, in order:
 * an article, or TOO_LARGE (longer than maxBytes), BAD_ENCODING, BAD_JSON or BAD_FIELD.
 * An id defaults to `<label>:<line>`.
 *
 * @example for await (const r of readJsonl(createReadStream('news.jsonl'), 'news.jsonl', 1 << 20)) ...
 */
import { splitLines } from './line-splitter.js';
import { toIsoDate } from './published-date.js';
import type { ReadResult } from './reader.js';
import { failure } from './reader.js';
import type { GivenMeta } from './text-reader.js';
import { readText } from './text-reader.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const META_FIELDS = ['title', 'url', 'source', 'language', 'author'] as const;

/** One JSONL line (already decoded) to a result. */
export function parseJsonLine(line: string, lineNumber: number, label: string): ReadResult {
  const fallbackId = `${label}:${lineNumber}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return failure(fallbackId, 'BAD_JSON', `Line ${lineNumber} of ${label} is not JSON (${(error as Error).message}); each line must be one JSON object.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return failure(fallbackId, 'BAD_JSON', `Line ${lineNumber} of ${label} is JSON but not an object; each line must be {"id", "text", ...}.`);
  }
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' && record.id !== '' ? record.id : typeof record.id === 'number' ? String(record.id) : fallbackId;
  if (typeof record.text !== 'string') {
    return failure(id, 'BAD_FIELD', `Line ${lineNumber} of ${label} has no "text" string; add the article's text as "text".`);
  }
  const meta: { -readonly [K in keyof GivenMeta]: GivenMeta[K] } = {};
  for (const field of META_FIELDS) if (typeof record[field] === 'string') meta[field] = record[field] as string;
  if (record.published !== undefined && record.published !== null) {
    const published = toIsoDate(record.published);
    if (published === null) {
      return failure(id, 'BAD_FIELD', `Line ${lineNumber} of ${label} has a "published" that is not a date; use YYYY-MM-DD or ISO 8601.`);
    }
    meta.published = published;
  }
  return readText(record.text, id, meta);
}

/** A JSONL input with no lines at all is one EMPTY failure, so that every input yields a result. */
export function emptyJsonl(label: string): ReadResult {
  return failure(label, 'EMPTY', `${label} has no JSONL lines; each line must be one {"id", "text"} object.`);
}

export async function* readJsonl(source: AsyncIterable<Uint8Array | string>, label: string, maxBytes: number): AsyncGenerator<ReadResult> {
  let yielded = 0;
  for await (const result of readJsonlLines(source, label, maxBytes)) {
    yielded++;
    yield result;
  }
  if (yielded === 0) yield emptyJsonl(label);
}

async function* readJsonlLines(source: AsyncIterable<Uint8Array | string>, label: string, maxBytes: number): AsyncGenerator<ReadResult> {
  for await (const line of splitLines(source, maxBytes)) {
    const fallbackId = `${label}:${line.number}`;
    if (line.tooLarge) {
      yield failure(fallbackId, 'TOO_LARGE', `Line ${line.number} of ${label} has ${line.size} bytes; the limit is ${maxBytes}. Shorten it or raise --max-bytes.`);
      continue;
    }
    let text: string;
    try {
      text = utf8.decode(line.bytes);
    } catch {
      yield failure(fallbackId, 'BAD_ENCODING', `Line ${line.number} of ${label} is not valid UTF-8; convert the file to UTF-8.`);
      continue;
    }
    // Blank lines separate nothing and are skipped, so a trailing newline adds no record.
    if (text.trim() === '') continue;
    yield parseJsonLine(line.number === 1 ? text.replace(/^\uFEFF/, '') : text, line.number, label);
  }
}
