/**
 * The watcher: polls every feed whose time has come (a few at once), then runs the alerts, then
 * sleeps until the next feed is due. All waiting goes through the clock, so `runCycle` can be
 * driven step by step by tests and the replay, and `run` stops promptly when its signal aborts.
 *
 * @example
 *   const watcher = createFeedWatcher({ ...pollDeps, concurrency: 4, alerts });
 *   await watcher.addFeeds(['https://news.example/rss']);
 *   await watcher.run(controller.signal);
 */
import type { AlertDispatcher, DispatchSummary } from '../alerts/alert-dispatcher.js';
import type { PollOutcome } from '../store/watch-types.js';
import type { PollDeps } from './feed-poller.js';
import { pollFeed } from './feed-poller.js';

export interface WatcherOptions extends PollDeps {
  /** Feeds polled at once (different hosts; one host is still rate-limited). */
  readonly concurrency: number;
  readonly alerts?: AlertDispatcher;
  readonly onPoll?: (url: string, outcome: PollOutcome) => void;
  /** Shortest sleep between cycles, so a feed due at once does not spin the loop. */
  readonly minSleepMs?: number;
}

export interface CycleSummary {
  readonly polled: number;
  readonly notModified: number;
  readonly failed: number;
  readonly itemsSeen: number;
  readonly itemsNew: number;
  readonly stored: number;
  readonly skipped: number;
  readonly itemsFailed: number;
  readonly alerts: DispatchSummary | null;
}

async function inPool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, items.length)) }, worker));
}

export function createFeedWatcher(options: WatcherOptions) {
  const { store, clock } = options;

  async function addFeeds(urls: readonly string[]): Promise<number> {
    let added = 0;
    for (const url of urls) if (await store.watch.addFeed(url, new Date(clock.now()))) added++;
    return added;
  }

  async function runCycle(): Promise<CycleSummary> {
    const now = clock.now();
    const due = (await store.watch.listFeeds()).filter((feed) => feed.nextPoll === null || Date.parse(feed.nextPoll) <= now);
    const sum = { polled: 0, notModified: 0, failed: 0, itemsSeen: 0, itemsNew: 0, stored: 0, skipped: 0, itemsFailed: 0 };
    await inPool(due, options.concurrency, async (feed) => {
      const outcome = await pollFeed(feed, options);
      options.onPoll?.(feed.url, outcome);
      sum.polled++;
      if (outcome.status === 'not-modified') sum.notModified++;
      if (outcome.status === 'failed') sum.failed++;
      sum.itemsSeen += outcome.itemsSeen;
      sum.itemsNew += outcome.itemsNew;
      sum.stored += outcome.stored;
      sum.skipped += outcome.skipped;
      sum.itemsFailed += outcome.failed;
    });
    const alerts = options.alerts ? await options.alerts.runOnce() : null;
    return { ...sum, alerts };
  }

  /** Milliseconds until the next feed is due (at least minSleepMs). */
  async function untilNext(): Promise<number> {
    const polls = (await store.watch.listFeeds()).map((feed) => (feed.nextPoll === null ? 0 : Date.parse(feed.nextPoll)));
    const next = polls.length === 0 ? clock.now() + 60_000 : Math.min(...polls);
    return Math.max(options.minSleepMs ?? 1000, next - clock.now());
  }

  async function run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      await runCycle();
      if (signal.aborted) break;
      await clock.sleep(await untilNext(), signal);
    }
  }

  return { addFeeds, runCycle, run };
}

export type FeedWatcher = ReturnType<typeof createFeedWatcher>;
