/**
 * `npx tsx scripts/replay-rss.ts CORPUS_DIR [--days N] [--jobs 1] [--concurrency 4] [--sqlite PATH]`
 *
 * Replays the shared RSS items (../shared/data/corpora/rss-world-feeds-2023-10-11: JSONL of parsed
 * feed entries, one line each with `feed`, `title`, `description`, `link`, `date_published`,
 * `captured_day`) through the real watcher. A local fixture server serves one RSS feed per source
 * feed; on each captured day it serves that day's items plus the day before's (as real feeds
 * repeat), with an ETag per day. The watcher polls every feed twice a day on a fast clock (the
 * second poll should be answered 304), extracting and storing with --jobs worker threads. Prints
 * items served, distinct items, stored, duplicates and repeats, failures, 304s, articles/s and the
 * wall time, and checks that every distinct item was ingested exactly once.
 */
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { manualClock } from '../src/feeds/clock.js';
import { createFeedWatcher } from '../src/feeds/feed-watcher.js';
import { createPoliteFetcher, DEFAULT_POLITE_OPTIONS } from '../src/feeds/polite-fetcher.js';
import { escapeXml } from '../src/feeds/xml-escape.js';
import { pipelineVersion } from '../src/ingest/pipeline-version.js';
import { createRecordExtractor } from '../src/ingest/record-extractor.js';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { DEFAULT_LIMITS } from '../src/pipeline/run-pipeline.js';
import { openStore } from '../src/store/open-store.js';

interface Entry { feed: string; title: string; description: string; link: string; date_published: string; captured_day: string }

function argValue(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

async function readEntries(dir: string): Promise<Entry[]> {
  const entries: Entry[] = [];
  const file = join(dir, 'feed-entries-2023-10-01_2023-11-30.jsonl');
  for await (const line of createInterface({ input: createReadStream(file) })) if (line.trim()) entries.push(JSON.parse(line) as Entry);
  return entries;
}

function rssOf(title: string, items: readonly Entry[]): string {
  const body = items.map((e) => `<item><title>${escapeXml(e.title ?? '')}</title><link>${escapeXml(e.link)}</link><guid>${escapeXml(e.link)}</guid>`
    + `<pubDate>${new Date(e.date_published).toUTCString()}</pubDate><description>${escapeXml(e.description ?? '')}</description></item>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${escapeXml(title)}</title><language>en</language>\n${body}\n</channel></rss>\n`;
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: tsx scripts/replay-rss.ts CORPUS_DIR [--days N] [--jobs 1] [--concurrency 4] [--sqlite PATH]');
  const jobs = Number(argValue('--jobs', '1'));
  const entries = await readEntries(dir);
  const days = [...new Set(entries.map((e) => e.captured_day))].sort().slice(0, Number(argValue('--days', '1000')));
  const feeds = [...new Set(entries.map((e) => e.feed))].sort();
  const byFeedDay = new Map<string, Entry[]>();
  for (const e of entries) byFeedDay.set(`${e.feed} ${e.captured_day}`, [...(byFeedDay.get(`${e.feed} ${e.captured_day}`) ?? []), e]);
  const distinct = new Set(entries.filter((e) => days.includes(e.captured_day)).map((e) => `${e.feed} ${e.link}`)).size;

  let today = 0;
  const counts = { served: 0, notModified: 0 };
  const server = createServer((req, res) => {
    if (req.url === '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n');
    const index = Number(/^\/feed\/(\d+)\.rss$/.exec(req.url ?? '')?.[1] ?? -1);
    const feed = feeds[index];
    if (!feed) return void res.writeHead(404).end();
    const etag = `"${index}-${days[today]}"`;
    if (req.headers['if-none-match'] === etag) { counts.notModified++; return void res.writeHead(304).end(); }
    const items = [...(byFeedDay.get(`${feed} ${days[today - 1]}`) ?? []), ...(byFeedDay.get(`${feed} ${days[today]}`) ?? [])];
    counts.served += items.length;
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(rssOf(feed, items));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const tmp = mkdtempSync(join(tmpdir(), 'dateline-replay-'));
  const store = await openStore(argValue('--sqlite', join(tmp, 'replay.sqlite')));
  const clock = manualClock(Date.parse(`${days[0]}T00:00:00Z`));
  const extractor = createRecordExtractor(jobs, DEFAULT_LIMITS);
  const halfDay = 12 * 3600_000;
  const watcher = createFeedWatcher({
    store, extractor, clock, pages: false, concurrency: Number(argValue('--concurrency', '4')),
    fetcher: createPoliteFetcher({ ...DEFAULT_POLITE_OPTIONS, hostIntervalMs: 100, clock }),
    schedule: { intervalMs: halfDay - 3600_000, maxBackoffMs: 4 * halfDay }, pipelineVersion: pipelineVersion(createPipeline()),
  });
  await watcher.addFeeds(feeds.map((_, i) => `${base}/feed/${i}.rss`));
  const total = { polls: 0, seen: 0, new: 0, stored: 0, skipped: 0, failedItems: 0, failedPolls: 0 };
  const started = performance.now();
  for (today = 0; today < days.length; today++) {
    clock.advance(Date.parse(`${days[today]}T00:00:00Z`) - clock.now());
    for (let poll = 0; poll < 2; poll++) {
      const cycle = await watcher.runCycle();
      total.polls += cycle.polled; total.seen += cycle.itemsSeen; total.new += cycle.itemsNew; total.stored += cycle.stored;
      total.skipped += cycle.skipped; total.failedItems += cycle.itemsFailed; total.failedPolls += cycle.failed;
      clock.advance(halfDay);
    }
    process.stderr.write(`\r${days[today]}: ${total.stored} stored`);
  }
  const wallS = (performance.now() - started) / 1000;
  process.stderr.write('\n');
  const articles = (await store.stats()).articles;
  const figures = {
    corpusItems: entries.length, days: days.length, feeds: feeds.length, distinctItems: distinct, itemsServed: counts.served,
    polls: total.polls, notModified: counts.notModified, failedPolls: total.failedPolls, itemsSeen: total.seen, newItems: total.new,
    repeats: total.seen - total.new, stored: total.stored, duplicatesSkipped: total.skipped, failedItems: total.failedItems,
    articlesInStore: articles, wallSeconds: Number(wallS.toFixed(1)), newItemsPerSecond: Number((total.new / wallS).toFixed(1)),
    storedPerSecond: Number((total.stored / wallS).toFixed(1)), jobs,
    everyItemOnce: total.new === distinct && total.stored + total.skipped + total.failedItems === distinct && articles === total.stored,
  };
  console.log(JSON.stringify(figures, null, 2));
  await extractor.close();
  await store.close();
  server.close();
  if (!process.argv.includes('--sqlite')) rmSync(tmp, { recursive: true, force: true });
  if (!figures.everyItemOnce) process.exitCode = 1;
}

await main();
