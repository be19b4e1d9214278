/**
 * One poll of one feed: a conditional request, the items read, each new item extracted and stored
 * once, and everything written to the ledgers: the feed's (totals, validators, next poll, the
 * failure and its reason) and, per item, the ingest ledger (run id `feed:<url>`) and the feed's
 * item list, which is what keeps a repeated item from being read twice. Never throws for bad input.
 *
 * @example const outcome = await pollFeed(feed, deps); // { status: 'ok', itemsNew: 3, stored: 2, … }
 */
import type { ErrorRecord, OutputRecord } from '../output/record.js';
import type { RecordExtractor } from '../ingest/record-extractor.js';
import { saveAndLog } from '../ingest/save-and-log.js';
import { readContent } from '../readers/content-reader.js';
import type { ReadResult } from '../readers/reader.js';
import type { Store } from '../store/store.js';
import type { FeedItem, FeedLedger, PollOutcome } from '../store/watch-types.js';
import type { Schedule } from './backoff.js';
import { nextPollDelay } from './backoff.js';
import type { Clock } from './clock.js';
import { itemArticle, itemKeyOf } from './item-article.js';
import type { PoliteFetcher } from './polite-fetcher.js';

export interface PollDeps {
  readonly store: Store;
  readonly fetcher: PoliteFetcher;
  readonly extractor: RecordExtractor;
  readonly clock: Clock;
  readonly schedule: Schedule;
  /** Fetch each new item's linked page and read the article from its HTML. */
  readonly pages: boolean;
  readonly pipelineVersion: string;
}

/** An item that failed is tried again on later polls, up to this many times in all. */
export const MAX_ITEM_ATTEMPTS = 3;

type Counts = { itemsSeen: number; itemsNew: number; stored: number; skipped: number; failed: number };

const runIdOf = (feedUrl: string): string => `feed:${feedUrl}`;
const iso = (clock: Clock): string => new Date(clock.now()).toISOString();

/** The record with the dateline's date as its publication date when nothing earlier gave one. */
function withDatelineDate(record: OutputRecord | ErrorRecord, known: boolean): { record: OutputRecord | ErrorRecord; fromDateline: boolean } {
  if (known || 'error' in record || !record.dateline?.date) return { record, fromDateline: false };
  return { record: { ...record, published: record.dateline.date }, fromDateline: true };
}

async function processItem(feedUrl: string, result: ReadResult, index: number, deps: PollDeps, counts: Counts): Promise<void> {
  const key = itemKeyOf(feedUrl, result, index);
  const known = await deps.store.watch.feedItem(feedUrl, key);
  if (known && (known.status !== 'failed' || known.attempts >= MAX_ITEM_ATTEMPTS)) return;
  if (!known) counts.itemsNew++;
  const firstSeen = known?.firstSeen ?? iso(deps.clock);
  const base = { feedUrl, itemKey: key, attempts: (known?.attempts ?? 0) + 1, firstSeen };
  let item: FeedItem;
  if (!result.ok) {
    await deps.store.logIngest({ runId: runIdOf(feedUrl), item: key, status: 'failed', code: result.error.code, reason: result.error.message }, new Date(deps.clock.now()));
    item = { ...base, status: 'failed', articleId: null, published: null, publishedSource: null, code: result.error.code, reason: result.error.message };
  } else {
    const read = await itemArticle(feedUrl, result, index, deps);
    const extracted = await deps.extractor.extract({ ok: true, article: read.article });
    const { record, fromDateline } = withDatelineDate(extracted, read.article.published !== null);
    const entry = await saveAndLog(deps.store, runIdOf(feedUrl), record, new Date(Date.parse(firstSeen)), deps.pipelineVersion);
    const published = 'error' in record ? null : record.published;
    const source = fromDateline ? 'dateline' : read.publishedSource;
    item = entry.status === 'failed'
      ? { ...base, status: 'failed', articleId: null, published, publishedSource: source, code: entry.code, reason: entry.reason }
      : { ...base, status: entry.status, articleId: entry.articleId, published, publishedSource: source, code: null, reason: read.pageProblem };
  }
  if (item.status === 'stored') counts.stored++;
  else if (item.status === 'duplicate') counts.skipped++;
  else counts.failed++;
  await deps.store.watch.saveFeedItem(item);
}

/** The feed's title, as the reader gives it to each item (its source). */
function channelTitle(items: readonly ReadResult[]): string | null {
  for (const result of items) if (result.ok && result.article.source) return result.article.source;
  return null;
}

/** A feed-level failure: in the feed's ledger and, with its reason, in the ingest ledger. */
async function pollFailed(feed: FeedLedger, deps: PollDeps, code: string, reason: string): Promise<PollOutcome> {
  const now = deps.clock.now();
  await deps.store.logIngest({ runId: runIdOf(feed.url), item: feed.url, status: 'failed', code, reason }, new Date(now));
  const outcome: PollOutcome = {
    at: new Date(now).toISOString(), status: 'failed', code, reason, itemsSeen: 0, itemsNew: 0, stored: 0, skipped: 0, failed: 0,
    nextPoll: new Date(now + nextPollDelay(feed.errorsInRow + 1, deps.schedule)).toISOString(),
  };
  await deps.store.watch.recordPoll(feed.url, outcome);
  return outcome;
}

export async function pollFeed(feed: FeedLedger, deps: PollDeps): Promise<PollOutcome> {
  const fetched = await deps.fetcher.get(feed.url, { etag: feed.etag, lastModified: feed.lastModified });
  if (fetched.kind === 'failed') return pollFailed(feed, deps, fetched.code, fetched.reason);
  const counts: Counts = { itemsSeen: 0, itemsNew: 0, stored: 0, skipped: 0, failed: 0 };
  let validators = {};
  let title: string | null = null;
  if (fetched.kind === 'ok') {
    const results = readContent('feed', fetched.bytes, feed.url);
    const only = results.length === 1 ? results[0]! : null;
    // A whole-document failure (not XML, not RSS/Atom, bad encoding) is the feed's, not an item's.
    if (only && !only.ok && only.id === feed.url && only.error.code !== 'EMPTY') return pollFailed(feed, deps, only.error.code, only.error.message);
    const items = only && !only.ok && only.error.code === 'EMPTY' ? [] : results;
    counts.itemsSeen = items.length;
    for (const [i, result] of items.entries()) await processItem(feed.url, result, i + 1, deps, counts);
    validators = { etag: fetched.etag, lastModified: fetched.lastModified };
    title = channelTitle(items);
  }
  const now = deps.clock.now();
  const outcome: PollOutcome = {
    at: new Date(now).toISOString(), status: fetched.kind, ...validators, title, ...counts,
    nextPoll: new Date(now + nextPollDelay(0, deps.schedule)).toISOString(),
  };
  await deps.store.watch.recordPoll(feed.url, outcome);
  return outcome;
}
