import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runIngest } from '../../src/ingest/ingest-run.js';
import type { IngestOptions } from '../../src/ingest/ingest-run.js';
import { fetchUrl, formatOfContentType } from '../../src/ingest/url-fetcher.js';
import { DEFAULT_LIMITS } from '../../src/pipeline/run-pipeline.js';
import { DEFAULT_READ_OPTIONS } from '../../src/readers/reader.js';
import { openStore } from '../../src/store/open-store.js';
import { tempDir } from '../helpers/collect.js';

const WIRES = [
  { id: 'w1', title: 'Port talks end without deal', source: 'Daily Courier', published: '2024-01-02', text: 'VARNOK, Jan 2 - Port officials ended two days of talks on Tuesday without agreeing on new fees.' },
  { id: 'w2', title: 'Farmers block roads', source: 'Evening Post', published: '2024-01-03', text: 'Farmers blocked roads near Lindgrad on Wednesday to protest against fuel prices.' },
].map((record) => JSON.stringify(record)).join('\n');

const PAGE = `<!doctype html><html><head><title>Ministers meet in Varnok</title></head>
<body><article><p>Ministers from two fictional states met in Varnok on Monday to discuss trade across the river border.</p>
<p>They agreed to meet again next month, an official said.</p></article></body></html>`;

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Courier</title>
<item><title>Bridge reopens</title><link>https://courier.example/bridge</link><description>The Varnok bridge reopened to traffic on Friday after repairs.</description></item>
</channel></rss>`;

function options(extra: Partial<IngestOptions> = {}): IngestOptions {
  return { read: DEFAULT_READ_OPTIONS, fetch: { timeoutMs: 2000, maxBytes: 4096 }, limits: DEFAULT_LIMITS, jobs: 0, ...extra };
}

describe('ingest', () => {
  let dir: string;
  let server: Server;
  let base: string;
  before(async () => {
    dir = tempDir({ 'wires.jsonl': `${WIRES}\n{"id": 3}\n`, 'note.txt': 'A short fictional note about the Varnok harbour reopening on Sunday.' });
    server = createServer((req, res) => {
      if (req.url === '/page') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      else if (req.url === '/feed') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED);
      else if (req.url === '/big') res.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(10_000));
      else if (req.url === '/slow') setTimeout(() => res.writeHead(200).end('late'), 3000);
      else res.writeHead(404).end('gone');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('stores each article once across two runs and ledgers every item with its reason', async () => {
    const store = await openStore(join(dir, 'twice.sqlite'));
    try {
      const first = await runIngest([join(dir, 'wires.jsonl'), join(dir, 'note.txt')], options(), store);
      assert.deepEqual({ read: first.read, stored: first.stored, duplicates: first.duplicates, failed: first.failed }, { read: 4, stored: 3, duplicates: 0, failed: 1 });
      const second = await runIngest([join(dir, 'wires.jsonl'), join(dir, 'note.txt')], options(), store);
      assert.deepEqual({ read: second.read, stored: second.stored, duplicates: second.duplicates, failed: second.failed }, { read: 4, stored: 0, duplicates: 3, failed: 1 });
      assert.notEqual(first.runId, second.runId);
      assert.equal((await store.stats()).articles, 3);
      const dupes = await store.findLedger({ runId: second.runId, status: 'duplicate' });
      assert.deepEqual(dupes.items.map((line) => line.status === 'duplicate' && [line.articleId, line.matchedBy]), [['w1', 'id'], ['w2', 'id'], ['note', 'id']]);
      const failed = await store.findLedger({ runId: first.runId, status: 'failed' });
      assert.equal(failed.total, 1);
      const line = failed.items[0]!;
      assert.ok(line.status === 'failed' && line.code === 'BAD_FIELD' && line.reason.length > 0);
      assert.equal((await store.findLedger({ runId: first.runId })).total, 4);
    } finally { await store.close(); }
  });

  test('the same text under another id is a duplicate matched by content hash', async () => {
    const store = await openStore(join(dir, 'hash.sqlite'));
    const copy = tempDir({ 'copy.jsonl': `${WIRES.split('\n')[0]!.replace('"w1"', '"w1-copy"')}\n` });
    try {
      await runIngest([join(dir, 'wires.jsonl')], options(), store);
      const run = await runIngest([join(copy, 'copy.jsonl')], options(), store);
      const [line] = (await store.findLedger({ runId: run.runId })).items;
      assert.ok(line?.status === 'duplicate');
      assert.deepEqual([line.item, line.articleId, line.matchedBy], ['w1-copy', 'w1', 'hash']);
    } finally {
      await store.close();
      rmSync(copy, { recursive: true, force: true });
    }
  });

  test('reads URLs as HTML or feeds by content type; failures are ledgered, not thrown', async () => {
    const store = await openStore(join(dir, 'urls.sqlite'));
    try {
      const run = await runIngest([`${base}/page`, `${base}/feed`, `${base}/missing`, `${base}/big`], options(), store);
      assert.deepEqual([run.stored, run.failed], [2, 2]);
      const page = await store.getArticle(`${base}/page`);
      assert.equal(page?.record.title, 'Ministers meet in Varnok');
      assert.equal(page?.record.url, `${base}/page`);
      assert.match(page?.record.text ?? '', /^Ministers from two fictional states met in Varnok/);
      const codes = (await store.findLedger({ runId: run.runId, status: 'failed' })).items.map((line) => line.status === 'failed' && [line.item, line.code]);
      assert.deepEqual(codes, [[`${base}/missing`, 'NOT_FOUND'], [`${base}/big`, 'TOO_LARGE']]);
    } finally { await store.close(); }
  });

  test('a URL slower than the time limit is a TIMEOUT', async () => {
    const [result] = await fetchUrl(`${base}/slow`, { timeoutMs: 200, maxBytes: 1000 });
    assert.ok(result && !result.ok && result.error.code === 'TIMEOUT');
  });

  const TYPES: [string | null, string | null][] = [
    ['text/html; charset=utf-8', 'html'], ['application/rss+xml', 'feed'], ['application/atom+xml', 'feed'],
    ['TEXT/PLAIN', 'text'], ['application/x-ndjson', 'jsonl'], ['image/png', null], [null, null],
  ];
  for (const [type, format] of TYPES) {
    test(`content type ${type} reads as ${format ?? 'sniffed'}`, () => assert.equal(formatOfContentType(type), format));
  }
});
