/**
 * `dateline feeds status|add|remove|import|export`: the feeds the watcher polls, and each feed's
 * ledger (last poll, items seen, new, stored, skipped and failed, with the reasons), so missing
 * data is visible. `status --json` is for scripts; `export` writes OPML.
 */
import type { Writable } from 'node:stream';
import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { parseFeedEntries, toOpml } from '../feeds/feed-list.js';
import type { FeedStatus } from '../feeds/feed-status.js';
import { feedStatuses } from '../feeds/feed-status.js';
import type { Store } from '../store/store.js';
import { storeOption, withStore } from './store-option.js';

export function statusText(feeds: readonly FeedStatus[]): string {
  if (feeds.length === 0) return 'No feeds yet: add some with `dateline feeds add URL` or `dateline watch feeds.txt`.\n';
  return feeds.map((feed) => {
    const lines = [
      `${feed.url}${feed.title ? `  (${feed.title})` : ''}`,
      `  last polled ${feed.lastPolled ?? 'never'} (${feed.lastStatus ?? 'not yet'}), next ${feed.nextPoll ?? 'now'}; ${feed.polls} polls, ${feed.notModified} not modified, ${feed.failures} failed`,
      `  items: ${feed.itemsSeen} seen, ${feed.itemsNew} new, ${feed.stored} stored, ${feed.skipped} skipped (already stored), ${feed.failed} failed`,
    ];
    if (feed.lastCode) lines.push(`  last failure: ${feed.lastCode}: ${feed.lastReason ?? ''} (${feed.errorsInRow} in a row)`);
    for (const item of feed.failedItems) lines.push(`  failed item ${item.itemKey}: ${item.code}: ${item.reason}`);
    return `${lines.join('\n')}\n`;
  }).join('');
}

export async function printStatus(location: string, json: boolean, out: Writable): Promise<void> {
  const feeds = await withStore(location, feedStatuses);
  out.write(json ? `${JSON.stringify({ feeds })}\n` : statusText(feeds));
}

export async function addFeeds(location: string, entries: readonly { url: string; title: string | null }[], out: Writable): Promise<void> {
  const added = await withStore(location, async (store) => {
    let n = 0;
    for (const entry of entries) if (await store.watch.addFeed(entry.url, new Date(), entry.title)) n++;
    return n;
  });
  out.write(`${added} feeds added, ${entries.length - added} already there\n`);
}

export function buildFeedsCommand(): Command {
  const status = new Command('status').description("Each feed's ledger: last poll, items seen/new/stored/skipped/failed, failures with reasons")
    .addOption(storeOption()).option('--json', 'one JSON object', false)
    .action((opts: { store: string; json: boolean }) => printStatus(opts.store, opts.json, process.stdout));
  const add = new Command('add').description('Add feeds to watch').argument('<urls...>', 'feed URLs').addOption(storeOption())
    .action((urls: string[], opts: { store: string }) => addFeeds(opts.store, parseFeedEntries(urls.join('\n')), process.stdout));
  const importList = new Command('import').description('Add the feeds of an OPML file (or a text list)').argument('<file>').addOption(storeOption())
    .action(async (file: string, opts: { store: string }) => addFeeds(opts.store, parseFeedEntries(await readFile(file, 'utf8')), process.stdout));
  const exportList = new Command('export').description('Print the watched feeds as OPML').addOption(storeOption())
    .action(async (opts: { store: string }) => {
      const feeds = await withStore(opts.store, (store) => store.watch.listFeeds());
      process.stdout.write(toOpml(feeds));
    });
  const remove = new Command('remove').description('Stop watching a feed (its stored articles stay)').argument('<url>').addOption(storeOption())
    .action(async (url: string, opts: { store: string }) => {
      const removed = await withStore(opts.store, (store) => store.watch.removeFeed(url));
      process.stdout.write(removed ? `removed ${url}\n` : `${url} is not watched\n`);
    });
  return new Command('feeds').description('The watched feeds and their ledger').addCommand(status).addCommand(add).addCommand(remove).addCommand(importList).addCommand(exportList);
}
