/**
 * Reads one http(s) URL into articles: fetched with a time limit and a size limit, then read as
 * HTML, a feed, JSON Lines or plain text according to its content type (sniffed when the server
 * does not say). Never throws: every failure is a ReadResult naming the URL and what to do.
 *
 * @example for (const r of await fetchUrl('https://news.example/story', DEFAULT_FETCH_OPTIONS)) …
 */
import type { ConcreteFormat } from '../readers/format-detector.js';
import { sniffFormat } from '../readers/format-detector.js';
import { readContent } from '../readers/content-reader.js';
import type { ReadResult } from '../readers/reader.js';
import { failure } from '../readers/reader.js';

export interface FetchOptions {
  /** Whole request, headers and body, in milliseconds. */
  readonly timeoutMs: number;
  /** Largest body, in bytes; a larger one is TOO_LARGE. */
  readonly maxBytes: number;
}

export const DEFAULT_FETCH_OPTIONS: FetchOptions = Object.freeze({ timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024 });

/** True for the inputs this module reads rather than the file readers. */
export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

const TYPE_FORMATS: readonly (readonly [string, ConcreteFormat])[] = [
  ['text/html', 'html'], ['application/xhtml+xml', 'html'],
  ['application/rss+xml', 'feed'], ['application/atom+xml', 'feed'], ['application/xml', 'feed'], ['text/xml', 'feed'],
  ['application/jsonl', 'jsonl'], ['application/x-ndjson', 'jsonl'], ['application/json', 'jsonl'],
  ['text/plain', 'text'],
];

/** The format a content type names, or null for a missing or unknown one (then the body is sniffed). */
export function formatOfContentType(contentType: string | null): ConcreteFormat | null {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return TYPE_FORMATS.find(([name]) => name === type)?.[1] ?? null;
}

/** The body, or null when it is over `maxBytes` (declared or as read); also used by src/feeds/. */
export async function readBody(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!response.body) return new Uint8Array();
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    // Stop reading as soon as the limit is passed, whatever the server declared.
    if (size > maxBytes) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export async function fetchUrl(url: string, options: FetchOptions = DEFAULT_FETCH_OPTIONS): Promise<ReadResult[]> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await fetch(url, { signal, redirect: 'follow', headers: { accept: 'text/html, application/rss+xml, application/atom+xml, text/plain;q=0.8, */*;q=0.5' } });
    if (!response.ok) {
      const code = response.status === 404 || response.status === 410 ? 'NOT_FOUND' : 'INTERNAL';
      return [failure(url, code, `Fetching ${url} answered HTTP ${response.status}; check the address.`)];
    }
    const bytes = await readBody(response, options.maxBytes);
    if (bytes === null) return [failure(url, 'TOO_LARGE', `${url} is over ${options.maxBytes} bytes; raise --max-bytes to read it.`)];
    const head = Buffer.from(bytes.subarray(0, 4096)).toString('utf8');
    const format = formatOfContentType(response.headers.get('content-type')) ?? sniffFormat(head);
    return readContent(format, bytes, url).map((result) => withUrl(result, response.url || url));
  } catch (error) {
    if (signal.aborted) return [failure(url, 'TIMEOUT', `Fetching ${url} took over ${options.timeoutMs} ms; try again later.`)];
    return [failure(url, 'INTERNAL', `Fetching ${url} failed: ${(error as Error).message}`)];
  }
}

/** A page read from the web is at its URL unless it names its own (canonical) one. */
function withUrl(result: ReadResult, url: string): ReadResult {
  if (!result.ok || result.article.url !== null) return result;
  return { ok: true, article: { ...result.article, url } };
}
