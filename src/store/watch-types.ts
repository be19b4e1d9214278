/**
 * What the store keeps for feeds and alerts, as callers see it (src/feeds/, src/alerts/, the API):
 * the per-feed ledger, the items each feed has shown, saved queries, and the alerts they raise.
 * Implemented once over kysely in feed-ledger.ts and saved-queries.ts.
 *
 * @example
 *   await store.watch.addFeed('https://news.example/rss', new Date());
 *   for (const feed of await store.watch.listFeeds()) console.log(feed.url, feed.stored, feed.lastReason);
 */

export type PollStatus = 'ok' | 'not-modified' | 'failed';

/** One feed's ledger: its validators, schedule, running totals and the last failure with its reason. */
export interface FeedLedger {
  readonly url: string;
  readonly title: string | null;
  readonly addedAt: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly lastPolled: string | null;
  readonly lastStatus: PollStatus | null;
  /** Error code and reason of the last failed poll (kept until a poll succeeds). */
  readonly lastCode: string | null;
  readonly lastReason: string | null;
  readonly nextPoll: string | null;
  /** Failed polls since the last good one; the back-off grows with it. */
  readonly errorsInRow: number;
  readonly polls: number;
  /** Polls answered 304 Not Modified. */
  readonly notModified: number;
  /** Polls that failed. */
  readonly failures: number;
  /** Items read from the feed over all polls, repeats included. */
  readonly itemsSeen: number;
  /** Items the feed had not shown before. */
  readonly itemsNew: number;
  readonly stored: number;
  /** New items already in the store (same id, canonical URL or content hash). */
  readonly skipped: number;
  /** Items that could not be read, extracted or stored; each has its reason in `feedItems`. */
  readonly failed: number;
}

/** The result of one poll, added to the feed's ledger. */
export interface PollOutcome {
  readonly at: string;
  readonly status: PollStatus;
  readonly code?: string;
  readonly reason?: string;
  readonly etag?: string | null;
  readonly lastModified?: string | null;
  readonly title?: string | null;
  readonly nextPoll: string;
  readonly itemsSeen: number;
  readonly itemsNew: number;
  readonly stored: number;
  readonly skipped: number;
  readonly failed: number;
}

/** Where an article's publication date came from, in order of precedence (ingest-meta.ts). */
export type PublishedSource = 'feed' | 'page' | 'url' | 'dateline';

export interface FeedItem {
  readonly feedUrl: string;
  /** The item's guid or link, or a hash of its title and text when it has neither. */
  readonly itemKey: string;
  readonly status: 'stored' | 'duplicate' | 'failed';
  readonly attempts: number;
  readonly articleId: string | null;
  readonly firstSeen: string;
  readonly published: string | null;
  readonly publishedSource: PublishedSource | null;
  readonly code: string | null;
  readonly reason: string | null;
}

export interface SavedQuery {
  readonly id: string;
  readonly name: string;
  /** Search syntax (src/search/), filters included. */
  readonly query: string;
  /** Where new matches are POSTed, or null to only list them. */
  readonly webhook: string | null;
  readonly createdAt: string;
}

export interface SavedQueryInput {
  readonly name: string;
  readonly query: string;
  readonly webhook: string | null;
}

/** `listed`: kept for the UI and the query's feed only (no webhook). */
export type DeliveryStatus = 'pending' | 'sending' | 'delivered' | 'failed' | 'listed';

/** One alert to deliver: a new matching article, or a burst in the query's volume. */
export interface AlertDelivery {
  readonly kind: 'match' | 'burst';
  readonly queryId: string;
  /** The article id (match) or the window's start (burst). */
  readonly key: string;
  readonly matchedAt: string;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly nextAttempt: string | null;
  readonly lastError: string | null;
  readonly deliveredAt: string | null;
}

export interface DeliveryChange {
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly nextAttempt: string | null;
  readonly lastError: string | null;
  readonly deliveredAt: string | null;
}

export interface Burst {
  readonly queryId: string;
  readonly windowStart: string;
  readonly windowEnd: string;
  readonly count: number;
  /** Mean matches per window over the baseline windows. */
  readonly baseline: number;
}

export interface WatchStore {
  /** Adds a feed to watch; false when it is already there. */
  addFeed(url: string, at: Date, title?: string | null): Promise<boolean>;
  removeFeed(url: string): Promise<boolean>;
  listFeeds(): Promise<FeedLedger[]>;
  recordPoll(url: string, outcome: PollOutcome): Promise<void>;
  feedItem(feedUrl: string, itemKey: string): Promise<FeedItem | null>;
  /** Inserts or replaces the item's row. */
  saveFeedItem(item: FeedItem): Promise<void>;
  /** The feed's items, failures first, then newest first. */
  feedItems(feedUrl: string, limit: number): Promise<FeedItem[]>;
  /** Throws SearchSyntaxError for a query that does not parse. Only articles stored after now will match. */
  createSavedQuery(input: SavedQueryInput, at: Date): Promise<SavedQuery>;
  listSavedQueries(): Promise<SavedQuery[]>;
  getSavedQuery(id: string): Promise<SavedQuery | null>;
  deleteSavedQuery(id: string): Promise<boolean>;
  /** Records the query's matches among articles stored since it last looked (at most `limit`); returns how many. */
  collectMatches(queryId: string, at: Date, limit: number): Promise<number>;
  /** Alerts waiting for their webhook whose next attempt is due. */
  dueDeliveries(at: Date, limit: number): Promise<AlertDelivery[]>;
  /** Moves a delivery from `from` (its status and attempts as read) to `change`; false when another worker moved it first. */
  updateDelivery(delivery: AlertDelivery, change: DeliveryChange): Promise<boolean>;
  /** The query's newest matches (article ids) with their alert state. */
  recentMatches(queryId: string, limit: number): Promise<AlertDelivery[]>;
  /** Matches recorded in [from, to). */
  countMatches(queryId: string, from: string, to: string): Promise<number>;
  /** Records a burst; false when that window already had one. */
  addBurst(burst: Burst, at: Date, webhook: boolean): Promise<boolean>;
  listBursts(queryId: string | null, limit: number): Promise<(Burst & { readonly status: DeliveryStatus })[]>;
}
