/**
 * `dateline search QUERY`: searches a store, printing one page of results for a person, or the
 * page as JSON with `--json` (its `next` value goes back in with `--cursor`).
 */
import type { Writable } from 'node:stream';
import { Command, InvalidArgumentError, Option } from 'commander';
import { openStore } from '../store/open-store.js';
import type { ArticleHit, Page } from '../store/store.js';
import { storeOption } from './store-option.js';

export interface SearchCommandOptions {
  readonly store: string;
  readonly json: boolean;
  readonly limit: number;
  readonly order: 'date' | 'relevance';
  readonly cursor?: string;
}

function pageSize(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 200) throw new InvalidArgumentError('expected a whole number from 1 to 200');
  return n;
}

export function formatHits(page: Page<ArticleHit>): string {
  const lines: string[] = [];
  for (const hit of page.items) {
    lines.push(`${hit.published?.slice(0, 10) ?? '----------'}  ${hit.source ?? '?'}  ${hit.title ?? '(untitled)'}`);
    lines.push(`    ${hit.snippet}`);
    lines.push(`    id: ${hit.id}${hit.url ? `  ${hit.url}` : ''}`);
  }
  lines.push(`${page.items.length} shown of ${page.total} matching article${page.total === 1 ? '' : 's'}.`);
  if (page.next) lines.push(`More: add --cursor ${page.next}`);
  return `${lines.join('\n')}\n`;
}

export async function runSearch(query: string, options: SearchCommandOptions, out: Writable): Promise<Page<ArticleHit>> {
  const store = await openStore(options.store);
  try {
    const page = await store.findArticles({ query, order: options.order, limit: options.limit, cursor: options.cursor ?? null });
    out.write(options.json ? `${JSON.stringify(page)}\n` : formatHits(page));
    return page;
  } finally {
    await store.close();
  }
}

export function buildSearchCommand(): Command {
  return new Command('search')
    .description('Search stored articles: words, "phrases", AND/OR/NOT/-, NEAR/n, title: source: dateline: actor: country: speaker: event: lang: date:FROM..TO')
    .argument('[query]', 'the search; empty lists every article', '')
    .addOption(storeOption())
    .option('--json', 'print the page as JSON', false)
    .option('-n, --limit <n>', 'results per page (1-200)', pageSize, 20)
    .addOption(new Option('--order <order>', 'result order').choices(['date', 'relevance']).default('date'))
    .option('--cursor <cursor>', 'continue from a previous page')
    .action(async (query: string, opts: SearchCommandOptions) => {
      await runSearch(query, opts, process.stdout);
    });
}
