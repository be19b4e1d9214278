/**
 * Feeds: each watched feed's ledger (GET /feeds): when it was last polled and how that went, the
 * items it has shown, how many were new, stored, skipped or failed, and the latest failures with
 * their reasons, so missing data is visible. Everything is drawn through dom-builder (escaped).
 */
import { getJson } from './api-client.js';
import { el, safeExternalUrl, showPage } from './dom-builder.js';

interface FailedItem { readonly itemKey: string; readonly code: string | null; readonly reason: string | null }
interface FeedRow {
  readonly url: string; readonly title: string | null; readonly lastPolled: string | null; readonly lastStatus: string | null;
  readonly lastCode: string | null; readonly lastReason: string | null; readonly nextPoll: string | null; readonly errorsInRow: number;
  readonly polls: number; readonly notModified: number; readonly failures: number; readonly itemsSeen: number; readonly itemsNew: number;
  readonly stored: number; readonly skipped: number; readonly failed: number; readonly failedItems: readonly FailedItem[];
}

const COLUMNS = ['Feed', 'Last polled', 'Status', 'Polls', 'Not modified', 'Seen', 'New', 'Stored', 'Skipped', 'Failed'];

function feedCell(feed: FeedRow): HTMLElement {
  const href = safeExternalUrl(feed.url);
  return el('td', {}, href ? el('a', { href, rel: 'noopener noreferrer' }, feed.title ?? feed.url) : feed.url,
    feed.title ? el('div', { class: 'muted' }, feed.url) : null);
}

function statusCell(feed: FeedRow): HTMLElement {
  const failure = feed.lastCode ? el('div', { class: 'error' }, `${feed.lastCode}: ${feed.lastReason ?? ''} (${feed.errorsInRow} in a row; next try ${feed.nextPoll ?? 'soon'})`) : null;
  return el('td', {}, feed.lastStatus ?? 'not polled yet', failure);
}

function feedRow(feed: FeedRow): HTMLTableRowElement {
  const counts = [feed.polls, feed.notModified, feed.itemsSeen, feed.itemsNew, feed.stored, feed.skipped, feed.failed].map((n) => el('td', { class: 'num' }, n));
  return el('tr', {}, feedCell(feed), el('td', {}, feed.lastPolled ?? '—'), statusCell(feed), ...counts);
}

function failures(feeds: readonly FeedRow[]): HTMLElement | null {
  const items = feeds.flatMap((feed) => feed.failedItems.map((item) => el('li', {}, el('code', {}, item.itemKey), ` (${feed.title ?? feed.url}): ${item.code ?? ''} ${item.reason ?? ''}`)));
  return items.length === 0 ? null : el('section', {}, el('h2', {}, 'Latest failed items'), el('ul', { class: 'failures' }, ...items));
}

export async function renderFeeds(main: HTMLElement): Promise<void> {
  const { feeds } = await getJson<{ feeds: readonly FeedRow[] }>('/feeds');
  if (feeds.length === 0) {
    showPage(main, 'Feeds', el('p', {}, 'No feeds are watched yet. Add some with ', el('code', {}, 'dateline watch feeds.txt'), ' or ', el('code', {}, 'dateline serve --watch feeds.txt'), '.'));
    return;
  }
  const table = el('table', { class: 'feeds' },
    el('caption', {}, `${feeds.length} feeds`),
    el('thead', {}, el('tr', {}, ...COLUMNS.map((name) => el('th', { scope: 'col' }, name)))),
    el('tbody', {}, ...feeds.map(feedRow)));
  showPage(main, 'Feeds', el('div', { class: 'table-scroll' }, table), failures(feeds));
}
