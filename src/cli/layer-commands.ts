/**
 * `dateline events`, `quotes` and `entities`: one page of a stored layer, as an aligned table for a
 * person or as the page's JSON with `--json` (its `next` goes back in with `--cursor`).
 */
import type { Writable } from 'node:stream';
import { Command, InvalidArgumentError } from 'commander';
import type { EntitySummary, Page, Store, StoredEvent, StoredQuote } from '../store/store.js';
import { storeOption, withStore } from './store-option.js';

interface LayerOptions { readonly store: string; readonly json?: boolean; readonly limit: number; readonly cursor?: string }

function pageSize(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 200) throw new InvalidArgumentError('expected a whole number from 1 to 200');
  return n;
}

function clip(value: string, width: number): string {
  return value.length > width ? `${value.slice(0, width - 1)}…` : value;
}

/** Columns padded to their widest cell (each capped), then the count and the cursor to continue. */
export function table<T>(page: Page<T>, noun: string, columns: readonly [string, number, (item: T) => string][]): string {
  const rows = [columns.map(([title]) => title), ...page.items.map((item) => columns.map(([, width, cell]) => clip(cell(item).replace(/\s+/g, ' '), width)))];
  const widths = columns.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const lines = rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd());
  lines.push(`${page.items.length} shown of ${page.total} ${noun}${page.total === 1 ? '' : 's'}.`);
  if (page.next) lines.push(`More: add --cursor ${page.next}`);
  return `${lines.join('\n')}\n`;
}

export const formatEvents = (page: Page<StoredEvent>) => table(page, 'event', [
  ['day', 10, (e) => e.date ?? ''], ['source', 24, (e) => e.source?.name ?? '?'], ['code', 6, (e) => e.cameo],
  ['type', 12, (e) => e.plover], ['target', 24, (e) => e.target?.name ?? '?'], ['article', 30, (e) => e.articleId], ['text', 60, (e) => e.text],
]);

export const formatQuotes = (page: Page<StoredQuote>) => table(page, 'quote', [
  ['published', 10, (q) => q.published?.slice(0, 10) ?? ''], ['speaker', 24, (q) => q.speaker ?? '(unattributed)'],
  ['article', 30, (q) => q.articleId], ['quote', 80, (q) => `${q.direct ? '“' : ''}${q.text}${q.direct ? '”' : ''}`],
]);

export const formatEntities = (page: Page<EntitySummary>) => table(page, 'entity', [
  ['name', 32, (e) => e.name], ['type', 9, (e) => e.type], ['country', 7, (e) => e.country ?? ''],
  ['articles', 8, (e) => String(e.articles)], ['mentions', 8, (e) => String(e.mentions)],
]);

/** Runs one layer verb: fetch the page, print it. Exported for tests. */
export async function runLayer<T>(opts: LayerOptions, find: (store: Store, paging: { limit: number; cursor: string | null }) => Promise<Page<T>>, format: (page: Page<T>) => string, out: Writable): Promise<Page<T>> {
  const page = await withStore(opts.store, (store) => find(store, { limit: opts.limit, cursor: opts.cursor ?? null }));
  out.write(opts.json ? `${JSON.stringify(page)}\n` : format(page));
  return page;
}

function layerCommand(name: string, description: string): Command {
  return new Command(name).description(description).addOption(storeOption())
    .option('--json', 'print the page as JSON')
    .option('-n, --limit <n>', 'items per page (1-200)', pageSize, 20)
    .option('--cursor <cursor>', 'continue from a previous page');
}

/** `out` is where the page goes: standard output, or a test's collector. */
export function buildEventsCommand(out: Writable = process.stdout): Command {
  return layerCommand('events', 'Stored political events, newest first.')
    .option('--actor <name>', 'source or target actor name contains these words')
    .option('--source <name>', 'source actor').option('--target <name>', 'target actor')
    .option('--country <code>', 'source or target actor country, ISO 3166-1 alpha-3')
    .option('--code <code>', 'CAMEO code prefix (04) or PLOVER type (PROTEST)')
    .option('--from <day>', 'first day, YYYY-MM-DD').option('--to <day>', 'last day, YYYY-MM-DD')
    .action(async (opts: LayerOptions & { actor?: string; source?: string; target?: string; country?: string; code?: string; from?: string; to?: string }) => {
      const { store: _s, json: _j, limit: _l, cursor: _c, ...filter } = opts;
      await runLayer(opts, (store, paging) => store.findEvents({ ...filter, ...paging }), formatEvents, out);
    });
}

export function buildQuotesCommand(out: Writable = process.stdout): Command {
  return layerCommand('quotes', 'Stored quotes, newest first.')
    .option('--speaker <name>', 'speaker name contains these words')
    .option('--text <words>', 'quote text contains this')
    .action(async (opts: LayerOptions & { speaker?: string; text?: string }) => {
      const { store: _s, json: _j, limit: _l, cursor: _c, ...filter } = opts;
      await runLayer(opts, (store, paging) => store.findQuotes({ ...filter, ...paging }), formatQuotes, out);
    });
}

export function buildEntitiesCommand(out: Writable = process.stdout): Command {
  return layerCommand('entities', 'Stored entities, most widely reported first.')
    .option('--name <text>', 'name contains this')
    .option('--country <code>', 'ISO 3166-1 alpha-3')
    .action(async (opts: LayerOptions & { name?: string; country?: string }) => {
      const { store: _s, json: _j, limit: _l, cursor: _c, ...filter } = opts;
      await runLayer(opts, (store, paging) => store.findEntities({ ...filter, ...paging }), formatEntities, out);
    });
}
