/**
 * The feeds-and-alerts part of the store (watch-types.ts), bound to one database and adapter.
 * The store exposes it as `store.watch`.
 *
 * @example const watch = createWatchStore(db, adapter); await watch.listFeeds();
 */
import type { Kysely } from 'kysely';
import type { StoreAdapter } from './adapter.js';
import { addFeed, feedItem, feedItems, listFeeds, recordPoll, removeFeed, saveFeedItem } from './feed-ledger.js';
import {
  addBurst, collectMatches, countMatches, createSavedQuery, deleteSavedQuery, dueDeliveries, getSavedQuery, listBursts,
  listSavedQueries, recentMatches, updateDelivery,
} from './saved-queries.js';
import type { Schema } from './schema-types.js';
import type { WatchSchema } from './watch-tables.js';
import type { WatchStore } from './watch-types.js';

export function createWatchStore(schemaDb: Kysely<Schema>, adapter: StoreAdapter): WatchStore {
  const db = schemaDb as unknown as Kysely<WatchSchema>;
  return {
    addFeed: (url, at, title) => addFeed(db, url, at, title),
    removeFeed: (url) => removeFeed(db, url),
    listFeeds: () => listFeeds(db),
    recordPoll: (url, outcome) => recordPoll(db, url, outcome),
    feedItem: (feedUrl, itemKey) => feedItem(db, feedUrl, itemKey),
    saveFeedItem: (item) => saveFeedItem(db, item),
    feedItems: (feedUrl, limit) => feedItems(db, feedUrl, limit),
    createSavedQuery: (input, at) => createSavedQuery(db, input, at),
    listSavedQueries: () => listSavedQueries(db),
    getSavedQuery: (id) => getSavedQuery(db, id),
    deleteSavedQuery: (id) => deleteSavedQuery(db, id),
    collectMatches: (id, at, limit) => collectMatches(db, adapter, id, at, limit),
    dueDeliveries: (at, limit) => dueDeliveries(db, at, limit),
    updateDelivery: (delivery, change) => updateDelivery(db, delivery, change),
    recentMatches: (id, limit) => recentMatches(db, id, limit),
    countMatches: (id, from, to) => countMatches(db, id, from, to),
    addBurst: (burst, at, webhook) => addBurst(db, burst, at, webhook),
    listBursts: (id, limit) => listBursts(db, id, limit),
  };
}
