import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { addAlert, listAlerts } from '../../src/cli/alerts-command.js';
import { addFeeds, printStatus } from '../../src/cli/feeds-command.js';
import { parseFeedEntries } from '../../src/feeds/feed-list.js';
import { openStore } from '../../src/store/open-store.js';
import { collector, tempDir } from '../helpers/collect.js';

let dir: string;
let location: string;
before(() => {
  dir = tempDir({});
  location = join(dir, 'cli.sqlite');
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('feeds status: human lines with the failure reason, and --json with the same ledger', async () => {
  const out = collector();
  await addFeeds(location, parseFeedEntries('https://courier.example/rss\nhttps://gazette.example/atom\nhttps://courier.example/rss\n'), out.stream);
  assert.match(out.text(), /^2 feeds added, 0 already there/);
  const store = await openStore(location);
  await store.watch.recordPoll('https://gazette.example/atom', {
    at: '2023-10-08T12:00:00.000Z', status: 'failed', code: 'HTTP_404', reason: 'https://gazette.example/atom answered HTTP 404.',
    nextPoll: '2023-10-08T12:30:00.000Z', itemsSeen: 0, itemsNew: 0, stored: 0, skipped: 0, failed: 0,
  });
  await store.close();
  const human = collector();
  await printStatus(location, false, human.stream);
  assert.match(human.text(), /https:\/\/gazette\.example\/atom\n.*\n.*\n  last failure: HTTP_404: https:\/\/gazette\.example\/atom answered HTTP 404\. \(1 in a row\)/);
  assert.match(human.text(), /https:\/\/courier\.example\/rss\n  last polled never/);
  const json = collector();
  await printStatus(location, true, json.stream);
  const feeds = JSON.parse(json.text()).feeds as { url: string; lastCode: string | null }[];
  assert.deepEqual(feeds.map((f) => [f.url, f.lastCode]), [['https://courier.example/rss', null], ['https://gazette.example/atom', 'HTTP_404']]);
});

test('alerts add and list; a bad query or webhook is refused', async () => {
  const out = collector();
  const saved = await addAlert(location, { name: 'talks', query: 'border talks source:courier', webhook: 'https://hooks.example/in' }, out.stream);
  assert.equal(out.text(), `${saved.id}\n`);
  await assert.rejects(addAlert(location, { name: 'bad', query: '"unclosed', webhook: null }, collector().stream), /quote|"/);
  await assert.rejects(addAlert(location, { name: 'bad', query: 'talks', webhook: 'ftp://hooks.example' }, collector().stream), /http\(s\)/);
  const list = collector();
  await listAlerts(location, true, list.stream);
  assert.deepEqual(JSON.parse(list.text()).queries.map((q: { name: string; webhook: string }) => [q.name, q.webhook]), [['talks', 'https://hooks.example/in']]);
});
