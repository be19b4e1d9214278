/**
 * The per-feed ledger and the items each feed has shown (migration 005). Totals are added in SQL,
 * so two watchers polling the same store never lose each other's counts.
 *
 * @example await recordPoll(db, url, { at, status: 'not-modified', nextPoll, itemsSeen: 0, … })
 */
import type { FeedItem, FeedLedger, PollOutcome, PollStatus, PublishedSource } from './watch-types.js';
import type { Selectable } from 'kysely';
import type { FeedItemsTable, FeedsTable, WatchDb } from './watch-tables.js';

function ledgerOf(row: Selectable<FeedsTable>): FeedLedger {
  return {
    url: row.url, title: row.title, addedAt: row.added_at, etag: row.etag, lastModified: row.last_modified,
    lastPolled: row.last_polled, lastStatus: row.last_status as PollStatus | null, lastCode: row.last_code,
    lastReason: row.last_reason, nextPoll: row.next_poll, errorsInRow: Number(row.errors_in_row), polls: Number(row.polls),
    notModified: Number(row.not_modified), failures: Number(row.failures), itemsSeen: Number(row.items_seen),
    itemsNew: Number(row.items_new), stored: Number(row.stored), skipped: Number(row.skipped), failed: Number(row.failed),
  };
}

function itemOf(row: FeedItemsTable): FeedItem {
  return {
    feedUrl: row.feed_url, itemKey: row.item_key, status: row.status as FeedItem['status'], attempts: Number(row.attempts),
    articleId: row.article_id, firstSeen: row.first_seen, published: row.published,
    publishedSource: row.published_source as PublishedSource | null, code: row.code, reason: row.reason,
  };
}

export async function addFeed(db: WatchDb, url: string, at: Date, title: string | null = null): Promise<boolean> {
  const result = await db.insertInto('feeds').values({ url, title, added_at: at.toISOString() })
    .onConflict((oc) => oc.column('url').doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function removeFeed(db: WatchDb, url: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom('feed_items').where('feed_url', '=', url).execute();
    const result = await trx.deleteFrom('feeds').where('url', '=', url).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  });
}

export async function listFeeds(db: WatchDb): Promise<FeedLedger[]> {
  const rows = await db.selectFrom('feeds').selectAll().orderBy('url').execute();
  return rows.map(ledgerOf);
}

export async function recordPoll(db: WatchDb, url: string, outcome: PollOutcome): Promise<void> {
  const failed = outcome.status === 'failed';
  await db.updateTable('feeds').where('url', '=', url).set((eb) => ({
    last_polled: outcome.at,
    last_status: outcome.status,
    next_poll: outcome.nextPoll,
    // A failure's reason stays visible until a poll succeeds.
    ...(failed ? { last_code: outcome.code ?? 'INTERNAL', last_reason: outcome.reason ?? '' } : { last_code: null, last_reason: null }),
    ...(outcome.etag !== undefined ? { etag: outcome.etag } : {}),
    ...(outcome.lastModified !== undefined ? { last_modified: outcome.lastModified } : {}),
    ...(outcome.title ? { title: outcome.title } : {}),
    errors_in_row: failed ? eb('errors_in_row', '+', 1) : 0,
    polls: eb('polls', '+', 1),
    not_modified: eb('not_modified', '+', outcome.status === 'not-modified' ? 1 : 0),
    failures: eb('failures', '+', failed ? 1 : 0),
    items_seen: eb('items_seen', '+', outcome.itemsSeen),
    items_new: eb('items_new', '+', outcome.itemsNew),
    stored: eb('stored', '+', outcome.stored),
    skipped: eb('skipped', '+', outcome.skipped),
    failed: eb('failed', '+', outcome.failed),
  })).execute();
}

export async function feedItem(db: WatchDb, feedUrl: string, itemKey: string): Promise<FeedItem | null> {
  const row = await db.selectFrom('feed_items').selectAll().where('feed_url', '=', feedUrl).where('item_key', '=', itemKey).executeTakeFirst();
  return row ? itemOf(row) : null;
}

export async function saveFeedItem(db: WatchDb, item: FeedItem): Promise<void> {
  const row: FeedItemsTable = {
    feed_url: item.feedUrl, item_key: item.itemKey, status: item.status, attempts: item.attempts, article_id: item.articleId,
    first_seen: item.firstSeen, published: item.published, published_source: item.publishedSource, code: item.code, reason: item.reason,
  };
  const { feed_url: _f, item_key: _k, first_seen: _s, ...changes } = row;
  await db.insertInto('feed_items').values(row)
    .onConflict((oc) => oc.columns(['feed_url', 'item_key']).doUpdateSet(changes)).execute();
}

export async function feedItems(db: WatchDb, feedUrl: string, limit: number): Promise<FeedItem[]> {
  const rows = await db.selectFrom('feed_items').selectAll().where('feed_url', '=', feedUrl)
    .orderBy((eb) => eb.case().when('status', '=', 'failed').then(0).else(1).end())
    .orderBy('first_seen', 'desc').orderBy('item_key').limit(limit).execute();
  return rows.map(itemOf);
}
