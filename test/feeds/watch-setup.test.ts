import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pollLine, watchOnce } from '../../src/cli/watch-command.js';
import { DEFAULT_WATCH_OPTIONS, startWatching } from '../../src/feeds/watch-setup.js';
import { openStore } from '../../src/store/open-store.js';
import { collector, tempDir } from '../helpers/collect.js';
import type { FixtureServer } from './feed-fixture-server.js';
import { startFixtureServer } from './feed-fixture-server.js';

let server: FixtureServer;
let dir: string;
before(async () => {
  server = await startFixtureServer();
  dir = tempDir({});
});
after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const flags = { interval: 900, pages: false, jobs: 0, concurrency: 2, timeout: 10_000, maxBytes: 1024 * 1024, hostInterval: 0 };

test('`dateline watch --once` adds the list\'s feeds, polls each once and prints a line per feed', async () => {
  const list = join(dir, 'feeds.txt');
  writeFileSync(list, `# fixtures\n${server.base}/courier.rss\n${server.base}/404.rss\n`);
  const out = collector();
  await watchOnce(join(dir, 'once.sqlite'), list, flags, out.stream);
  const text = out.text();
  assert.match(text, /courier\.rss: 2 items, 2 new, 2 stored, 0 skipped, 0 failed/);
  assert.match(text, /404\.rss: failed HTTP_404: /);
  assert.match(text, /^watch: 2 feeds polled \(0 not modified, 1 failed\); 2 stored, 0 skipped, 0 failed$/m);
});

test('the watcher runs in the background (as in `dateline serve --watch`) until stopped', async () => {
  const list = join(dir, 'background.txt');
  writeFileSync(list, `${server.base}/gazette.atom\n`);
  const store = await openStore(join(dir, 'background.sqlite'));
  try {
    const lines: string[] = [];
    const running = await startWatching(store, { ...DEFAULT_WATCH_OPTIONS, jobs: 0, hostIntervalMs: 0, feedsFile: list, onPoll: (url, outcome) => lines.push(pollLine(url, outcome)) });
    for (let i = 0; i < 200 && lines.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    await running.stop();
    assert.deepEqual(lines, [`${server.base}/gazette.atom: 1 items, 1 new, 1 stored, 0 skipped, 0 failed\n`], 'one poll, then it sleeps until the next is due');
    assert.equal((await store.stats()).articles, 1);
  } finally {
    await store.close();
  }
});
