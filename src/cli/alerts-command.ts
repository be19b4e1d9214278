/**
 * `dateline alerts add|list|delete`: saved queries. A saved query's new matches are POSTed to its
 * webhook (if it has one), listed in the UI and served as an Atom feed at /queries/ID/feed.atom;
 * a burst in its volume is an alert too (src/alerts/burst-rule.ts). The watcher sends them.
 */
import type { Writable } from 'node:stream';
import { Command } from 'commander';
import { checkWebhookUrl } from '../alerts/webhook-url.js';
import type { SavedQuery } from '../store/watch-types.js';
import { storeOption, withStore } from './store-option.js';

export async function addAlert(location: string, input: { name: string; query: string; webhook: string | null }, out: Writable): Promise<SavedQuery> {
  return withStore(location, async (store) => {
    const saved = await store.watch.createSavedQuery({ ...input, webhook: input.webhook === null ? null : checkWebhookUrl(input.webhook) }, new Date());
    out.write(`${saved.id}\n`);
    return saved;
  });
}

export async function listAlerts(location: string, json: boolean, out: Writable): Promise<void> {
  await withStore(location, async (store) => {
    const queries = await store.watch.listSavedQueries();
    if (json) return void out.write(`${JSON.stringify({ queries })}\n`);
    if (queries.length === 0) return void out.write('No saved queries: add one with `dateline alerts add --name NAME QUERY`.\n');
    for (const query of queries) {
      const matches = await store.watch.recentMatches(query.id, 200);
      const delivered = matches.filter((m) => m.status === 'delivered').length;
      out.write(`${query.id}  ${query.name}  ${JSON.stringify(query.query)}  webhook: ${query.webhook ?? 'none'}  recent matches: ${matches.length} (${delivered} delivered)\n`);
    }
  });
}

export function buildAlertsCommand(): Command {
  const add = new Command('add').description('Save a search; its new matches become alerts').argument('<query>', 'search syntax, filters included')
    .requiredOption('--name <name>', 'what the query is for').option('--webhook <url>', 'POST each new match here (JSON)')
    .addOption(storeOption())
    .action(async (query: string, opts: { name: string; webhook?: string; store: string }) => {
      await addAlert(opts.store, { name: opts.name, query, webhook: opts.webhook ?? null }, process.stdout);
    });
  const list = new Command('list').description('The saved queries').addOption(storeOption()).option('--json', 'one JSON object', false)
    .action((opts: { store: string; json: boolean }) => listAlerts(opts.store, opts.json, process.stdout));
  const remove = new Command('delete').description('Delete a saved query and its alerts').argument('<id>').addOption(storeOption())
    .action((id: string, opts: { store: string }) => withStore(opts.store, async (store) => {
      process.stdout.write((await store.watch.deleteSavedQuery(id)) ? `deleted ${id}\n` : `no saved query ${id}\n`);
    }));
  return new Command('alerts').description('Saved queries and their alerts (webhooks, feeds, bursts)').addCommand(add).addCommand(list).addCommand(remove);
}
