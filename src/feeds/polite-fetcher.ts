/**
 * HTTP GET as a polite client: a User-Agent naming the project, robots.txt honoured, at most one
 * request per host per interval (longer when robots.txt sets a Crawl-delay), conditional requests
 * (If-None-Match / If-Modified-Since), a time limit and a size limit on every request, and at
 * most a few redirects, each checked again. Never throws: failures come back with a code and a
 * reason for the ledger.
 *
 * @example
 *   const fetcher = createPoliteFetcher(DEFAULT_POLITE_OPTIONS);
 *   const outcome = await fetcher.get('https://news.example/rss', { etag: '"v1"' }); // { kind: 'not-modified' }
 */
import { readBody } from '../ingest/url-fetcher.js';
import type { Clock } from './clock.js';
import { SYSTEM_CLOCK } from './clock.js';
import { createHostGate } from './host-gate.js';

export const USER_AGENT = 'dateline/0.1 (+https://github.com/dateline-news/dateline; news feed reader)';

export interface PoliteOptions {
  readonly userAgent: string;
  /** Whole request, headers and body, in milliseconds. */
  readonly timeoutMs: number;
  readonly maxBytes: number;
  /** Smallest gap between two requests to one host. */
  readonly hostIntervalMs: number;
  readonly maxRedirects: number;
  readonly clock: Clock;
}

export const DEFAULT_POLITE_OPTIONS: PoliteOptions = Object.freeze({
  userAgent: USER_AGENT, timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024, hostIntervalMs: 1000, maxRedirects: 5, clock: SYSTEM_CLOCK,
});

export interface Validators {
  readonly etag?: string | null;
  readonly lastModified?: string | null;
}

export type FetchOutcome =
  | { readonly kind: 'ok'; readonly url: string; readonly bytes: Uint8Array; readonly contentType: string | null; readonly etag: string | null; readonly lastModified: string | null }
  | { readonly kind: 'not-modified' }
  | { readonly kind: 'failed'; readonly code: string; readonly reason: string };

export interface PoliteFetcher {
  get(url: string, validators?: Validators): Promise<FetchOutcome>;
}

const failed = (code: string, reason: string): FetchOutcome => ({ kind: 'failed', code, reason });

function conditionalHeaders(validators: Validators | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (validators?.etag) headers['if-none-match'] = validators.etag;
  if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
  return headers;
}

export function createPoliteFetcher(options: PoliteOptions): PoliteFetcher {
  const headers = { 'user-agent': options.userAgent, accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5' };
  async function once(url: URL, extra: Record<string, string>): Promise<Response | FetchOutcome> {
    const signal = AbortSignal.timeout(options.timeoutMs);
    try {
      return await fetch(url, { signal, redirect: 'manual', headers: { ...headers, ...extra } });
    } catch (error) {
      if (signal.aborted) return failed('TIMEOUT', `${url.href} took over ${options.timeoutMs} ms to answer.`);
      return failed('NETWORK', `${url.href} could not be fetched: ${(error as Error).message}`);
    }
  }
  const gate = createHostGate(options, (url) => once(url, {}));

  async function get(address: string, validators?: Validators): Promise<FetchOutcome> {
    let url: URL;
    try { url = new URL(address); } catch { return failed('BAD_URL', `${address} is not a URL.`); }
    for (let hop = 0; hop <= options.maxRedirects; hop++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return failed('BAD_URL', `${url.href} is not http(s).`);
      if (!(await gate.allowed(url))) return failed('ROBOTS', `robots.txt of ${url.host} disallows ${url.pathname} for dateline.`);
      await gate.wait(url);
      // The validators belong to the resource finally served, so they go along every redirect.
      const response = await once(url, conditionalHeaders(validators));
      if (!(response instanceof Response)) return response;
      if (response.status === 304) return { kind: 'not-modified' };
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        url = new URL(location, url);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return failed(`HTTP_${response.status}`, `${url.href} answered HTTP ${response.status}.`);
      }
      const body = await readWithin(response, options);
      if (!(body instanceof Uint8Array)) return body;
      return {
        kind: 'ok', url: url.href, bytes: body, contentType: response.headers.get('content-type'),
        etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified'),
      };
    }
    return failed('TOO_MANY_REDIRECTS', `${address} redirected more than ${options.maxRedirects} times.`);
  }
  return { get };
}

async function readWithin(response: Response, options: PoliteOptions): Promise<Uint8Array | FetchOutcome> {
  try {
    const bytes = await readBody(response, options.maxBytes);
    return bytes ?? failed('TOO_LARGE', `${response.url || 'The answer'} is over ${options.maxBytes} bytes.`);
  } catch (error) {
    // The time limit covers the body too: a server that stalls mid-body is a timeout.
    const name = (error as Error).name;
    return name === 'TimeoutError' || name === 'AbortError'
      ? failed('TIMEOUT', `Reading the answer took over ${options.timeoutMs} ms.`)
      : failed('NETWORK', `Reading the answer failed: ${(error as Error).message}`);
  }
}
