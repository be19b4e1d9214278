/**
 * Alerts: the saved queries (GET /queries), each with its search, its Atom feed and whether it has
 * a webhook; with `id`, one query's newest matches and their delivery state, and its bursts
 * (GET /queries/:id). Saving and deleting need a token, so they are done with the CLI or the API.
 */
import { getJson } from './api-client.js';
import { el, safeExternalUrl, showPage } from './dom-builder.js';
import { hrefFor } from './hash-route.js';

interface SavedQuery { readonly id: string; readonly name: string; readonly query: string; readonly webhook: string | null; readonly createdAt: string }
interface Match { readonly articleId: string; readonly title: string | null; readonly url: string | null; readonly matchedAt: string; readonly status: string; readonly attempts: number; readonly lastError: string | null }
interface Burst { readonly windowStart: string; readonly windowEnd: string; readonly count: number; readonly baseline: number | null; readonly status: string }

const feedHref = (id: string): string => `/queries/${encodeURIComponent(id)}/feed.atom`;

function queryItem(query: SavedQuery): HTMLElement {
  return el('li', {},
    el('a', { href: hrefFor('alerts', { id: query.id }) }, query.name), ' ',
    el('code', {}, query.query), ' · ',
    el('a', { href: hrefFor('search', { q: query.query }) }, 'search'), ' · ',
    el('a', { href: feedHref(query.id), type: 'application/atom+xml' }, 'Atom feed'), ' · ',
    query.webhook ? 'webhook' : 'no webhook');
}

function matchRow(match: Match): HTMLTableRowElement {
  const href = safeExternalUrl(match.url);
  return el('tr', {},
    el('td', {}, el('a', { href: hrefFor('article', { id: match.articleId }) }, match.title ?? match.articleId), href ? el('a', { href, rel: 'noopener noreferrer', class: 'muted' }, ' (source)') : null),
    el('td', {}, match.matchedAt),
    el('td', {}, match.status, match.lastError ? el('div', { class: 'error' }, `${match.attempts} attempts: ${match.lastError}`) : null));
}

async function renderOne(main: HTMLElement, id: string): Promise<void> {
  const { query, matches, bursts } = await getJson<{ query: SavedQuery; matches: readonly Match[]; bursts: readonly Burst[] }>(`/queries/${encodeURIComponent(id)}`);
  const burstList = bursts.length === 0 ? el('p', {}, 'No bursts so far.')
    : el('ul', {}, ...bursts.map((b) => el('li', {}, `${b.windowStart} – ${b.windowEnd}: ${b.count} matches against a baseline of ${(b.baseline ?? 0).toFixed(1)} (${b.status})`)));
  showPage(main, `Alerts: ${query.name}`,
    el('p', {}, el('code', {}, query.query), ' · ', el('a', { href: feedHref(query.id), type: 'application/atom+xml' }, 'Atom feed'), ' · ', el('a', { href: hrefFor('alerts') }, 'all saved queries')),
    el('h2', {}, 'Newest matches'),
    matches.length === 0 ? el('p', {}, 'No new matching articles since the query was saved.')
      : el('table', {}, el('thead', {}, el('tr', {}, ...['Article', 'Matched', 'Alert'].map((name) => el('th', { scope: 'col' }, name)))), el('tbody', {}, ...matches.map(matchRow))),
    el('h2', {}, 'Bursts'), burstList);
}

export async function renderAlerts(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const id = params.get('id');
  if (id) return renderOne(main, id);
  const { queries } = await getJson<{ queries: readonly SavedQuery[] }>('/queries');
  showPage(main, 'Alerts',
    el('p', {}, 'Saved queries: new matches are sent to their webhook, listed here and served as an Atom feed. Save one with ', el('code', {}, 'dateline alerts add --name NAME QUERY'), ' or POST /queries.'),
    queries.length === 0 ? el('p', {}, 'No saved queries yet.') : el('ul', { class: 'saved-queries' }, ...queries.map(queryItem)));
}
