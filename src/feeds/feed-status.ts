/**
 * Each feed's ledger with its latest failed items: what `dateline feeds status`, GET /feeds and
 * the UI's feeds page show, so missing data is visible with its reason.
 *
 * @example for (const feed of await feedStatuses(store)) console.log(feed.url, feed.failedItems.length);
 */
import type { Store } from '../store/store.js';
import type { FeedItem, FeedLedger } from '../store/watch-types.js';

/** Failed items shown per feed. */
const FAILED_SHOWN = 5;

export interface FeedStatus extends FeedLedger {
  readonly failedItems: readonly FeedItem[];
}

export async function feedStatuses(store: Store): Promise<FeedStatus[]> {
  const feeds = await store.watch.listFeeds();
  return Promise.all(feeds.map(async (feed) => ({
    ...feed,
    failedItems: feed.failed > 0 ? (await store.watch.feedItems(feed.url, FAILED_SHOWN)).filter((item) => item.status === 'failed') : [],
  })));
}
