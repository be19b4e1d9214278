import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAlertDispatcher, defaultSender } from '../../src/alerts/alert-dispatcher.js';
import { manualClock } from '../../src/feeds/clock.js';
import { ingestMetaFor } from '../../src/store/ingest-meta.js';
import type { Store } from '../../src/store/store.js';
import { makeRecord } from '../store/store-fixtures.js';
import { backends } from '../store/store-backends.js';

interface Received { readonly delivery: string; readonly body: { type: string; query: { id: string }; article?: { id: string; title: string } } }

/** A local webhook receiver: answers 500 to the first `failFirst` POSTs, 204 after; keeps what it acknowledged. */
async function receiver(failFirst: number) {
  const acknowledged: Received[] = [];
  let posts = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      posts++;
      if (posts <= failFirst) return void res.writeHead(500).end();
      acknowledged.push({ delivery: String(req.headers['dateline-delivery']), body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    acknowledged, posts: () => posts,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

const article = (id: string, title: string, text: string) => makeRecord({ id, title, text, published: '2023-10-09' });
const save = (store: Store, records: ReturnType<typeof article>[], at: Date) => Promise.all(records.map((r) => store.saveArticle(r, ingestMetaFor(r, at))));

for (const backend of backends()) {
  describe(`alerts through a webhook (${backend.name})`, () => {
    after(() => backend.cleanup());

    test('an alert fires exactly once per new matching article, retried after a failure', async () => {
      const hook = await receiver(1);
      const store = await backend.open();
      try {
        const clock = manualClock(Date.parse('2023-10-09T12:00:00Z'));
        await save(store, [article('old', 'Ferry strike in Varnok', 'Ferry crews in Varnok went on strike on Sunday.')], new Date(clock.now()));
        const saved = await store.watch.createSavedQuery({ name: 'ferries', query: 'ferry', webhook: hook.url }, new Date(clock.now()));
        const alerts = createAlertDispatcher({ store, clock, send: defaultSender(2000), retry: { baseMs: 60_000, maxAttempts: 5, leaseMs: 120_000 } });
        await save(store, [
          article('f1', 'Ferry strike spreads', 'The ferry strike spread to Lindgrad on Monday, stranding hundreds.'),
          article('f2', 'Ferry talks set', 'Ferry operators and crews will meet on Tuesday, a mediator said.'),
          article('x1', 'Harvest festival opens', 'The harvest festival opened in Veldora with a parade.'),
        ], new Date(clock.now()));
        const first = await alerts.runOnce();
        assert.deepEqual([first.matched, first.delivered, first.retrying], [2, 1, 1], 'one POST failed (500) and waits for its retry');
        assert.equal((await alerts.runOnce()).delivered, 0, 'nothing is sent again before the retry is due');
        clock.advance(60_000);
        assert.equal((await alerts.runOnce()).delivered, 1);
        for (let i = 0; i < 3; i++) { clock.advance(600_000); await alerts.runOnce(); }
        await save(store, [article('f3', 'Ferry strike ends', 'The ferry strike ended on Wednesday with a pay deal.')], new Date(clock.now()));
        await alerts.runOnce();
        await alerts.runOnce();
        const ids = hook.acknowledged.map((r) => r.body.article?.id).sort();
        assert.deepEqual(ids, ['f1', 'f2', 'f3'], 'each new match once; the article stored before the query never');
        assert.equal(hook.posts(), 4, 'three deliveries and one retry');
        assert.ok(hook.acknowledged.every((r) => r.body.type === 'match' && r.body.query.id === saved.id && r.delivery === `match:${saved.id}:${r.body.article!.id}`));
        const states = (await store.watch.recentMatches(saved.id, 10)).map((m) => [m.key, m.status, m.attempts]).sort();
        assert.equal(states.length, 3);
        assert.ok(states.every(([, status]) => status === 'delivered'));
      } finally {
        await store.close();
        await hook.close();
      }
    });

    test('a webhook that keeps failing is given up after its attempts; a query without one only lists', async () => {
      const hook = await receiver(1000);
      const store = await backend.open();
      try {
        const clock = manualClock(Date.parse('2023-10-09T12:00:00Z'));
        const failing = await store.watch.createSavedQuery({ name: 'strikes', query: 'strike', webhook: hook.url }, new Date(clock.now()));
        const listed = await store.watch.createSavedQuery({ name: 'all strikes', query: 'strike', webhook: null }, new Date(clock.now()));
        const alerts = createAlertDispatcher({ store, clock, send: defaultSender(2000), retry: { baseMs: 1000, maxAttempts: 3, leaseMs: 5000 } });
        await save(store, [article('s1', 'Dock strike', 'Dock workers began a strike in Varnok.')], new Date(clock.now()));
        for (let i = 0; i < 6; i++) { await alerts.runOnce(); clock.advance(10_000); }
        assert.equal(hook.posts(), 3);
        const [gaveUp] = await store.watch.recentMatches(failing.id, 10);
        assert.deepEqual([gaveUp!.status, gaveUp!.attempts, gaveUp!.lastError], ['failed', 3, 'HTTP 500']);
        assert.deepEqual((await store.watch.recentMatches(listed.id, 10)).map((m) => [m.key, m.status]), [['s1', 'listed']]);
        assert.ok(await store.watch.deleteSavedQuery(failing.id));
        assert.deepEqual((await store.watch.listSavedQueries()).map((q) => q.id), [listed.id]);
      } finally {
        await store.close();
        await hook.close();
      }
    });

    test('a burst alert fires once when a query\'s volume jumps above its baseline', async () => {
      const hook = await receiver(0);
      const store = await backend.open();
      try {
        const hour = 3600_000;
        const clock = manualClock(Date.parse('2023-10-09T00:00:00Z'));
        const saved = await store.watch.createSavedQuery({ name: 'floods', query: 'flood', webhook: hook.url }, new Date(clock.now()));
        const alerts = createAlertDispatcher({ store, clock, send: defaultSender(2000) });
        let n = 0;
        const floods = async (count: number) => {
          const records = Array.from({ length: count }, () => { n++; return article(`fl${n}`, `Flood report ${n}`, `Flood waters rose in district ${n} of Varnok, officials said on day ${n}.`); });
          await save(store, records, new Date(clock.now()));
          await alerts.runOnce();
          clock.advance(hour);
        };
        for (let h = 0; h < 12; h++) await floods(h % 4 === 0 ? 1 : 0);
        await floods(9);
        assert.equal((await store.watch.listBursts(saved.id, 10)).length, 0, 'the jump is seen once its window is complete');
        await alerts.runOnce();
        await alerts.runOnce();
        const bursts = await store.watch.listBursts(saved.id, 10);
        assert.equal(bursts.length, 1);
        assert.equal(bursts[0]!.count, 9);
        assert.ok(bursts[0]!.baseline < 1);
        assert.equal(hook.acknowledged.filter((r) => r.body.type === 'burst').length, 1);
      } finally {
        await store.close();
        await hook.close();
      }
    });
  });
}
