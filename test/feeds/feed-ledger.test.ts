import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { backends } from '../store/store-backends.js';

const URL_A = 'https://courier.example/rss';

for (const backend of backends()) {
  describe(`the feed ledger (${backend.name})`, () => {
    after(() => backend.cleanup());

    test('feeds are added once; polls add to the totals; a failure stays visible until a good poll', async () => {
      const store = await backend.open();
      try {
        assert.equal(await store.watch.addFeed(URL_A, new Date('2023-10-08T12:00:00Z'), 'Courier'), true);
        assert.equal(await store.watch.addFeed(URL_A, new Date('2023-10-08T13:00:00Z')), false);
        const poll = { nextPoll: '2023-10-08T12:15:00.000Z', itemsSeen: 0, itemsNew: 0, stored: 0, skipped: 0, failed: 0 };
        await store.watch.recordPoll(URL_A, { ...poll, at: '2023-10-08T12:00:00.000Z', status: 'ok', etag: '"v1"', itemsSeen: 5, itemsNew: 5, stored: 3, skipped: 1, failed: 1 });
        await store.watch.recordPoll(URL_A, { ...poll, at: '2023-10-08T12:15:00.000Z', status: 'failed', code: 'TIMEOUT', reason: 'slow' });
        let [feed] = await store.watch.listFeeds();
        assert.deepEqual(
          [feed!.title, feed!.etag, feed!.polls, feed!.failures, feed!.errorsInRow, feed!.itemsSeen, feed!.stored, feed!.skipped, feed!.failed, feed!.lastCode, feed!.lastReason],
          ['Courier', '"v1"', 2, 1, 1, 5, 3, 1, 1, 'TIMEOUT', 'slow']);
        await store.watch.recordPoll(URL_A, { ...poll, at: '2023-10-08T12:30:00.000Z', status: 'not-modified' });
        [feed] = await store.watch.listFeeds();
        assert.deepEqual([feed!.notModified, feed!.errorsInRow, feed!.lastCode, feed!.etag], [1, 0, null, '"v1"']);
      } finally {
        await store.close();
      }
    });

    test('items are keyed per feed, replaced on retry, listed failures first; removing a feed removes its items', async () => {
      const store = await backend.open();
      try {
        await store.watch.addFeed(URL_A, new Date('2023-10-08T12:00:00Z'));
        const base = { feedUrl: URL_A, firstSeen: '2023-10-08T12:00:00.000Z', published: null, publishedSource: null, code: null, reason: null };
        await store.watch.saveFeedItem({ ...base, itemKey: 'g1', status: 'stored', attempts: 1, articleId: 'https://courier.example/1', published: '2023-10-07', publishedSource: 'url' });
        await store.watch.saveFeedItem({ ...base, itemKey: 'g2', status: 'failed', attempts: 1, articleId: null, code: 'TIMEOUT', reason: 'extraction took too long' });
        await store.watch.saveFeedItem({ ...base, itemKey: 'g2', status: 'failed', attempts: 2, articleId: null, code: 'TIMEOUT', reason: 'again' });
        const items = await store.watch.feedItems(URL_A, 10);
        assert.deepEqual(items.map((i) => [i.itemKey, i.status, i.attempts, i.reason]), [['g2', 'failed', 2, 'again'], ['g1', 'stored', 1, null]]);
        assert.deepEqual([items[1]!.published, items[1]!.publishedSource], ['2023-10-07', 'url']);
        assert.equal(await store.watch.feedItem('https://other.example/rss', 'g1'), null);
        assert.equal(await store.watch.removeFeed(URL_A), true);
        assert.deepEqual(await store.watch.feedItems(URL_A, 10), []);
      } finally {
        await store.close();
      }
    });
  });
}
