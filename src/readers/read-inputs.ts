/**
 * Reads every input (paths, directories, or "-" for standard input) into a stream of articles
 * and failures, in input order. Plain text and JSONL for now; HTML and feeds join later.
 */
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Article } from '../document/document.js';
import { describeError, DatelineError } from '../errors.js';
import type { ReadOptions, ReadResult } from './reader.js';
import { splitSeedHeader } from './seed-header.js';

function articleFromText(id: string, raw: string, meta: Partial<Article> = {}): Article {
  const { published, text } = splitSeedHeader(raw);
  return {
    id,
    text,
    title: meta.title ?? null,
    url: meta.url ?? null,
    source: meta.source ?? null,
    published: meta.published ?? published,
    language: meta.language ?? null,
    author: meta.author ?? null,
  };
}

function parseJsonLine(line: string, lineNumber: number, label: string): ReadResult {
  const fallbackId = `${label}:${lineNumber}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, id: fallbackId, error: { code: 'BAD_JSON', message: `Line ${lineNumber} is not JSON: ${(error as Error).message}` } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, id: fallbackId, error: { code: 'BAD_JSON', message: `Line ${lineNumber} is JSON but not an object.` } };
  }
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : fallbackId;
  if (typeof record.text !== 'string') {
    return { ok: false, id, error: { code: 'BAD_FIELD', message: `Line ${lineNumber} has no "text" string.` } };
  }
  const str = (key: string): string | null => (typeof record[key] === 'string' ? (record[key] as string) : null);
  const meta = { title: str('title'), url: str('url'), source: str('source'), published: str('published'), language: str('language') };
  return { ok: true, article: articleFromText(id, record.text, meta) };
}

async function* readJsonl(path: string): AsyncGenerator<ReadResult> {
  const input = path === '-' ? process.stdin : createReadStream(path);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    yield parseJsonLine(line, lineNumber, path === '-' ? 'stdin' : basename(path));
  }
}

async function* readTextFile(path: string): AsyncGenerator<ReadResult> {
  try {
    const raw = await readFile(path, 'utf8');
    yield { ok: true, article: articleFromText(basename(path).replace(/\.[^.]+$/, ''), raw) };
  } catch (error) {
    yield { ok: false, id: basename(path), error: describeError(error) };
  }
}

async function* readPath(path: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  if (path === '-') {
    yield* readJsonl(path);
    return;
  }
  const info = await stat(path).catch(() => null);
  if (!info) {
    yield { ok: false, id: path, error: describeError(new DatelineError('NOT_FOUND', `No file or directory at ${path}.`)) };
    return;
  }
  if (info.isDirectory()) {
    for (const name of (await readdir(path)).sort()) yield* readPath(join(path, name), options);
    return;
  }
  if (options.format === 'jsonl' || path.endsWith('.jsonl')) yield* readJsonl(path);
  else yield* readTextFile(path);
}

export async function* readInputs(paths: readonly string[], options: ReadOptions): AsyncGenerator<ReadResult> {
  for (const path of paths) yield* readPath(path, options);
}
