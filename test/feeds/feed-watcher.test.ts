import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manualClock } from '../../src/feeds/clock.js';
import { createFeedWatcher } from '../../src/feeds/feed-watcher.js';
import { createPoliteFetcher, DEFAULT_POLITE_OPTIONS, USER_AGENT } from '../../src/feeds/polite-fetcher.js';
import { createRecordExtractor } from '../../src/ingest/record-extractor.js';
import type { RecordExtractor } from '../../src/ingest/record-extractor.js';
import { DEFAULT_LIMITS } from '../../src/pipeline/run-pipeline.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import type { FeedLedger } from '../../src/store/watch-types.js';
import type { FixtureServer } from './feed-fixture-server.js';
import { startFixtureServer } from './feed-fixture-server.js';

const INTERVAL = 600_000;
const FEEDS = ['courier.rss', 'gazette.atom', 'repeats.rss', 'redirect.rss', 'slow.rss', '500.rss', '404.rss', 'loop.rss', 'huge.rss', 'malformed.rss', 'home.html', 'private/secret.rss'];

describe('the feed watcher against a local fixture server', () => {
  let server: FixtureServer;
  let dir: string;
  let extractor: RecordExtractor;
  before(async () => {
    server = await startFixtureServer();
    dir = mkdtempSync(join(tmpdir(), 'dateline-feeds-'));
    extractor = createRecordExtractor(0, DEFAULT_LIMITS);
    // Extraction runs in this thread here: load its data now, not while requests are timed.
    await extractor.extract({ ok: true, article: { id: 'warm-up', text: 'Talks resumed in Varnok on Monday.', title: null, url: null, source: null, published: null, language: null, author: null } });
  });
  after(async () => {
    await extractor.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function watcherFor(store: Store, clock: ReturnType<typeof manualClock>, pages = false) {
    const fetcher = createPoliteFetcher({ ...DEFAULT_POLITE_OPTIONS, timeoutMs: 2000, maxBytes: 512 * 1024, hostIntervalMs: 1000, clock });
    return createFeedWatcher({
      store, fetcher, extractor, clock, pages, concurrency: 3, pipelineVersion: 'p-test',
      schedule: { intervalMs: INTERVAL, maxBackoffMs: 8 * INTERVAL },
    });
  }
  const byUrl = (feeds: FeedLedger[]) => new Map(feeds.map((feed) => [feed.url.slice(server.base.length + 1), feed]));

  test('nothing crashes, every failure is in the ledger with its reason, no item is stored twice, and 304s are honoured', async () => {
    const store = await openStore(join(dir, 'watch.sqlite'));
    try {
      const clock = manualClock(Date.parse('2023-10-08T12:00:00Z'));
      const watcher = watcherFor(store, clock);
      assert.equal(await watcher.addFeeds(FEEDS.map((name) => `${server.base}/${name}`)), FEEDS.length);
      const first = await watcher.runCycle();
      assert.equal(first.polled, FEEDS.length);
      const feeds = byUrl(await store.watch.listFeeds());
      const codes = Object.fromEntries([...feeds].filter(([, feed]) => feed.lastStatus === 'failed').map(([name, feed]) => [name, feed.lastCode]));
      assert.deepEqual(codes, {
        'slow.rss': 'TIMEOUT', '500.rss': 'HTTP_500', '404.rss': 'HTTP_404', 'loop.rss': 'TOO_MANY_REDIRECTS', 'huge.rss': 'TOO_LARGE',
        'malformed.rss': 'BAD_FEED', 'home.html': 'BAD_FEED', 'private/secret.rss': 'ROBOTS',
      });
      for (const name of Object.keys(codes)) {
        assert.ok((feeds.get(name)!.lastReason ?? '').length > 10, `${name} has a reason`);
        const ledger = await store.findLedger({ runId: `feed:${server.base}/${name}` });
        assert.equal(ledger.items[0]?.status, 'failed', `${name} is in the ingest ledger`);
      }
      assert.equal(server.hits.get('/private/secret.rss'), undefined, 'robots.txt kept the watcher out');
      assert.ok([...server.agents].every((agent) => agent === USER_AGENT));

      // courier: 2 stored; gazette: 1; repeats: farmers once (its second copy is a repeat), the bridge
      // already stored from courier (same text); redirect: the gazette's entry again, skipped.
      const totals = (name: string) => { const f = feeds.get(name)!; return [f.itemsSeen, f.itemsNew, f.stored, f.skipped, f.failed]; };
      assert.deepEqual(totals('courier.rss'), [2, 2, 2, 0, 0]);
      assert.deepEqual(totals('gazette.atom'), [1, 1, 1, 0, 0]);
      assert.deepEqual(totals('repeats.rss'), [3, 2, 1, 1, 0]);
      assert.deepEqual(totals('redirect.rss'), [1, 1, 0, 1, 0]);
      assert.equal((await store.stats()).articles, 4);

      clock.advance(INTERVAL);
      const second = await watcher.runCycle();
      assert.equal(second.polled, 4, 'only the healthy feeds are due; the failed ones back off');
      assert.equal(second.notModified, 3, 'courier (ETag), gazette and its redirect (Last-Modified) answered 304');
      assert.equal(server.notModified.get('/courier.rss'), 1);
      assert.equal(server.notModified.get('/gazette.atom'), 2);
      assert.equal(second.itemsNew, 0);
      assert.equal((await store.stats()).articles, 4, 'repeated items are not stored again');
      assert.equal(byUrl(await store.watch.listFeeds()).get('repeats.rss')!.itemsSeen, 6);

      clock.advance(INTERVAL);
      const third = await watcher.runCycle();
      assert.equal(third.failed, 8, 'after twice the interval the failed feeds are tried again');
      const after = byUrl(await store.watch.listFeeds());
      assert.equal(after.get('500.rss')!.errorsInRow, 2);
      assert.equal(Date.parse(after.get('500.rss')!.nextPoll!) - Date.parse(after.get('500.rss')!.lastPolled!), 4 * INTERVAL, 'the back-off doubles');
      assert.equal(after.get('courier.rss')!.errorsInRow, 0);
    } finally {
      await store.close();
    }
  });

  test('with pages, the linked page gives the text; dates keep their source; a failed page falls back to the feed', async () => {
    const store = await openStore(join(dir, 'pages.sqlite'));
    try {
      const clock = manualClock(Date.parse('2023-10-08T12:00:00Z'));
      const watcher = watcherFor(store, clock, true);
      await watcher.addFeeds([`${server.base}/courier.rss`]);
      const cycle = await watcher.runCycle();
      assert.equal(cycle.stored, 2);
      const items = new Map((await store.watch.feedItems(`${server.base}/courier.rss`, 10)).map((item) => [item.itemKey, item]));
      const bridge = items.get('courier-bridge')!;
      assert.deepEqual([bridge.published, bridge.publishedSource], ['2023-10-06T09:30:00.000Z', 'feed']);
      const seenAfter = Date.parse(bridge.firstSeen) - Date.parse('2023-10-08T12:00:00Z');
      assert.ok(seenAfter >= 0 && seenAfter < 10_000, 'first seen on the watcher\'s clock, after the polite waits');
      const stored = await store.getArticle(bridge.articleId!);
      assert.match(stored!.record.text, /lorries over twelve tonnes/, 'the text is the page\'s, longer than the feed\'s');
      const port = items.get('courier-port')!;
      assert.deepEqual([port.published, port.publishedSource, port.status], ['2023-10-07', 'url', 'stored']);
      assert.match(port.reason ?? '', /HTTP_404/, 'the page failure is kept as the item\'s note');
      assert.equal(server.hits.get('/pages/bridge.html'), 1);
    } finally {
      await store.close();
    }
  });
});
