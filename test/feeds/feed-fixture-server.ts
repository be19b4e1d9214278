/**
 * A local HTTP server (port 0) serving the fixture feeds and pages of test/fixtures/feeds/, plus
 * the failures a watcher meets: slow, 500, 404, redirects (and a redirect loop), a huge body,
 * malformed XML, an HTML page where a feed should be, and a path robots.txt forbids. It counts
 * requests per path and the 304s it answered, so tests can check conditional requests.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'feeds');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

export interface FixtureServer {
  readonly base: string;
  /** Requests per path. */
  readonly hits: Map<string, number>;
  /** 304 answers per path. */
  readonly notModified: Map<string, number>;
  /** User-Agent of every request. */
  readonly agents: Set<string>;
  close(): Promise<void>;
}

const COURIER_ETAG = '"courier-v1"';
const GAZETTE_MODIFIED = 'Sun, 08 Oct 2023 10:00:00 GMT';

export async function startFixtureServer(): Promise<FixtureServer> {
  const hits = new Map<string, number>();
  const notModified = new Map<string, number>();
  const agents = new Set<string>();
  let base = '';
  const count = (map: Map<string, number>, path: string) => map.set(path, (map.get(path) ?? 0) + 1);
  const send = (res: ServerResponse, type: string, body: string, headers: Record<string, string> = {}) => res.writeHead(200, { 'content-type': type, ...headers }).end(body);
  const unchanged = (req: IncomingMessage, res: ServerResponse, path: string) => {
    count(notModified, path);
    res.writeHead(304).end();
  };
  const routes: Record<string, (req: IncomingMessage, res: ServerResponse, path: string) => void> = {
    '/robots.txt': (_q, res) => send(res, 'text/plain', fixture('robots.txt')),
    '/courier.rss': (req, res, path) => (req.headers['if-none-match'] === COURIER_ETAG ? unchanged(req, res, path)
      : send(res, 'application/rss+xml', fixture('courier.rss').replaceAll('{{BASE}}', base), { etag: COURIER_ETAG })),
    '/gazette.atom': (req, res, path) => (req.headers['if-modified-since'] === GAZETTE_MODIFIED ? unchanged(req, res, path)
      : send(res, 'application/atom+xml', fixture('gazette.atom'), { 'last-modified': GAZETTE_MODIFIED })),
    '/repeats.rss': (_q, res) => send(res, 'application/rss+xml', fixture('repeats.rss')),
    '/pages/bridge.html': (_q, res) => send(res, 'text/html; charset=utf-8', fixture('bridge.html')),
    '/malformed.rss': (_q, res) => send(res, 'application/rss+xml', fixture('malformed.rss')),
    '/home.html': (_q, res) => send(res, 'text/html', fixture('not-a-feed.html')),
    '/slow.rss': (_q, res) => { setTimeout(() => { if (!res.destroyed) send(res, 'application/rss+xml', fixture('courier.rss')); }, 6000); },
    '/500.rss': (_q, res) => res.writeHead(500).end('internal error'),
    '/redirect.rss': (_q, res) => res.writeHead(301, { location: '/gazette.atom' }).end(),
    '/loop.rss': (_q, res) => res.writeHead(302, { location: '/loop.rss' }).end(),
    '/huge.rss': (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = `<!-- ${'x'.repeat(64 * 1024)} -->\n`;
      // Written without a content-length: the limit must hold on the bytes read.
      for (let i = 0; i < 40; i++) res.write(chunk);
      res.end('<rss><channel></channel></rss>');
    },
    '/private/secret.rss': (_q, res) => send(res, 'application/rss+xml', fixture('courier.rss')),
  };
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    count(hits, path);
    agents.add(req.headers['user-agent'] ?? '');
    const route = routes[path];
    if (route) route(req, res, path); else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base, hits, notModified, agents,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
