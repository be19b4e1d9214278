/**
 * `dateline watch [FEEDS]`: polls the store's feeds (plus those in FEEDS, a text list or OPML) on
 * a schedule, stores new articles and sends alerts, until interrupted; `--once` polls every feed
 * once and exits. The same options run the watcher inside `dateline serve --watch FEEDS`.
 */
import type { Writable } from 'node:stream';
import { Command } from 'commander';
import { DEFAULT_WATCH_OPTIONS, buildWatcher, loadFeedList, startWatching } from '../feeds/watch-setup.js';
import type { WatchOptions } from '../feeds/watch-setup.js';
import { openStore } from '../store/open-store.js';
import type { PollOutcome } from '../store/watch-types.js';
import { wholeNumber } from './ingest-command.js';
import { storeOption } from './store-option.js';

export interface WatchFlags {
  interval: number; pages: boolean; jobs: number; concurrency: number; timeout: number; maxBytes: number; hostInterval: number;
}

/** Adds the watcher's options to a command (watch, serve). */
export function withWatchOptions(command: Command): Command {
  return command
    .option('--interval <s>', 'seconds between two polls of a feed', wholeNumber(1), DEFAULT_WATCH_OPTIONS.intervalMs / 1000)
    .option('--pages', 'fetch each new item\'s page and read the article from its HTML', false)
    .option('--jobs <n>', 'extraction worker threads (0: in this thread)', wholeNumber(0), DEFAULT_WATCH_OPTIONS.jobs)
    .option('--concurrency <n>', 'feeds polled at once', wholeNumber(1), DEFAULT_WATCH_OPTIONS.concurrency)
    .option('--timeout <ms>', 'time limit of one request', wholeNumber(1), DEFAULT_WATCH_OPTIONS.timeoutMs)
    .option('--max-bytes <n>', 'largest feed or page', wholeNumber(1), DEFAULT_WATCH_OPTIONS.maxBytes)
    .option('--host-interval <ms>', 'smallest gap between two requests to one host', wholeNumber(0), DEFAULT_WATCH_OPTIONS.hostIntervalMs);
}

export function watchOptionsOf(flags: WatchFlags, feedsFile: string | undefined, onPoll?: (url: string, outcome: PollOutcome) => void): WatchOptions {
  return {
    ...(feedsFile ? { feedsFile } : {}), ...(onPoll ? { onPoll } : {}),
    intervalMs: flags.interval * 1000, maxBackoffMs: DEFAULT_WATCH_OPTIONS.maxBackoffMs, pages: flags.pages, jobs: flags.jobs,
    concurrency: flags.concurrency, timeoutMs: flags.timeout, maxBytes: flags.maxBytes, hostIntervalMs: flags.hostInterval,
  };
}

/** One line per poll, for the terminal. */
export function pollLine(url: string, outcome: PollOutcome): string {
  if (outcome.status === 'failed') return `${url}: failed ${outcome.code}: ${outcome.reason}\n`;
  if (outcome.status === 'not-modified') return `${url}: not modified\n`;
  return `${url}: ${outcome.itemsSeen} items, ${outcome.itemsNew} new, ${outcome.stored} stored, ${outcome.skipped} skipped, ${outcome.failed} failed\n`;
}

/** `--once`: adds the list's feeds, polls each once, runs the alerts, prints the totals. */
export async function watchOnce(location: string, feedsFile: string | undefined, flags: WatchFlags, out: Writable): Promise<void> {
  const store = await openStore(location);
  try {
    if (feedsFile) await loadFeedList(store, feedsFile, new Date());
    const { watcher, close } = buildWatcher(store, watchOptionsOf(flags, undefined, (url, outcome) => out.write(pollLine(url, outcome))));
    try {
      const summary = await watcher.runCycle();
      out.write(`watch: ${summary.polled} feeds polled (${summary.notModified} not modified, ${summary.failed} failed); ${summary.stored} stored, ${summary.skipped} skipped, ${summary.itemsFailed} failed\n`);
    } finally {
      await close();
    }
  } finally {
    await store.close();
  }
}

export function buildWatchCommand(): Command {
  return withWatchOptions(new Command('watch')
    .description('Poll RSS/Atom feeds on a schedule (conditional requests, back-off, robots.txt, per-host limits), store new articles, send alerts')
    .argument('[feeds]', 'a feed list: one URL a line, or OPML; added to the store\'s feeds')
    .addOption(storeOption())
    .option('--once', 'poll every feed once, then exit', false))
    .action(async (feedsFile: string | undefined, opts: WatchFlags & { store: string; once: boolean }) => {
      if (opts.once) return watchOnce(opts.store, feedsFile, opts, process.stdout);
      const store = await openStore(opts.store);
      const running = await startWatching(store, watchOptionsOf(opts, feedsFile, (url, outcome) => process.stderr.write(pollLine(url, outcome))));
      const stop = async () => {
        await running.stop();
        await store.close();
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
      await running.done;
    });
}
