/**
 * Everything a running watcher needs, built from plain options: the feeds from a list file (text
 * or OPML), the polite fetcher, the extractor (worker threads), the alert dispatcher, and a stop
 * that waits for the current cycle and frees the workers. Used by `dateline watch` and by
 * `dateline serve --watch`.
 *
 * @example const running = await startWatching(store, { feedsFile: 'feeds.txt', ...DEFAULT_WATCH_OPTIONS }); await running.stop();
 */
import { readFile } from 'node:fs/promises';
import { createAlertDispatcher, defaultSender } from '../alerts/alert-dispatcher.js';
import { pipelineVersion } from '../ingest/pipeline-version.js';
import { createRecordExtractor } from '../ingest/record-extractor.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { DEFAULT_LIMITS } from '../pipeline/run-pipeline.js';
import type { Store } from '../store/store.js';
import type { PollOutcome } from '../store/watch-types.js';
import type { Clock } from './clock.js';
import { SYSTEM_CLOCK } from './clock.js';
import { parseFeedEntries } from './feed-list.js';
import { createFeedWatcher } from './feed-watcher.js';
import type { FeedWatcher } from './feed-watcher.js';
import { createPoliteFetcher, DEFAULT_POLITE_OPTIONS } from './polite-fetcher.js';

export interface WatchOptions {
  /** A feed list (text or OPML) to add to the store's feeds; the store's feeds are watched either way. */
  readonly feedsFile?: string;
  readonly intervalMs: number;
  readonly maxBackoffMs: number;
  readonly pages: boolean;
  readonly jobs: number;
  readonly concurrency: number;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly hostIntervalMs: number;
  readonly clock?: Clock;
  readonly onPoll?: (url: string, outcome: PollOutcome) => void;
}

export const DEFAULT_WATCH_OPTIONS = Object.freeze({
  intervalMs: 15 * 60_000, maxBackoffMs: 24 * 3600_000, pages: false, jobs: 1, concurrency: 4,
  timeoutMs: DEFAULT_POLITE_OPTIONS.timeoutMs, maxBytes: DEFAULT_POLITE_OPTIONS.maxBytes, hostIntervalMs: DEFAULT_POLITE_OPTIONS.hostIntervalMs,
});

export interface RunningWatcher {
  readonly watcher: FeedWatcher;
  /** Resolves when the loop ends (after stop, or on an error). */
  readonly done: Promise<void>;
  stop(): Promise<void>;
}

export async function loadFeedList(store: Store, path: string, at: Date): Promise<number> {
  let added = 0;
  for (const entry of parseFeedEntries(await readFile(path, 'utf8'))) if (await store.watch.addFeed(entry.url, at, entry.title)) added++;
  return added;
}

/** Builds the watcher without starting it (the caller drives runCycle or run). */
export function buildWatcher(store: Store, options: WatchOptions): { watcher: FeedWatcher; close: () => Promise<void> } {
  const clock = options.clock ?? SYSTEM_CLOCK;
  const fetcher = createPoliteFetcher({ ...DEFAULT_POLITE_OPTIONS, timeoutMs: options.timeoutMs, maxBytes: options.maxBytes, hostIntervalMs: options.hostIntervalMs, clock });
  const extractor = createRecordExtractor(options.jobs, DEFAULT_LIMITS);
  const alerts = createAlertDispatcher({ store, clock, send: defaultSender() });
  const watcher = createFeedWatcher({
    store, fetcher, extractor, clock, alerts, pages: options.pages, concurrency: options.concurrency,
    schedule: { intervalMs: options.intervalMs, maxBackoffMs: options.maxBackoffMs },
    pipelineVersion: pipelineVersion(createPipeline()),
    ...(options.onPoll ? { onPoll: options.onPoll } : {}),
  });
  return { watcher, close: () => extractor.close() };
}

export async function startWatching(store: Store, options: WatchOptions): Promise<RunningWatcher> {
  if (options.feedsFile) await loadFeedList(store, options.feedsFile, new Date((options.clock ?? SYSTEM_CLOCK).now()));
  const { watcher, close } = buildWatcher(store, options);
  const controller = new AbortController();
  const done = watcher.run(controller.signal).finally(close);
  return {
    watcher, done,
    async stop() {
      controller.abort();
      await done;
    },
  };
}
