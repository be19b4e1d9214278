/**
 * The entity page, by name: who it is (type, country, role, the names it goes by), its events over
 * time as source and as target, its events with their evidence, its quotes and quotes about it,
 * the actors it meets and fights, the actors and places reported with it. Read from
 * GET /entities/:id, plus /events for the list. State in the URL: `name`.
 */
import { ApiFailure, getJson } from './api-client.js';
import type { Page } from './api-client.js';
import type { EntityPageData, EntityQuote, StoredEvent } from './api-types.js';
import { counterparts } from './counterparts.js';
import { downloadButton } from './download-button.js';
import { el, showPage } from './dom-builder.js';
import { eventFocus, hrefFor } from './hash-route.js';
import { lineChart } from './line-chart.js';
import { toCsv, toJson } from './table-export.js';
import { bucketCounts } from './time-buckets.js';

const sameName = (a: string | null | undefined, b: string): boolean => (a ?? '').toLowerCase() === b.toLowerCase();
const entityLink = (name: string) => el('a', { href: hrefFor('entity', { name }) }, name);

function whoItIs(page: EntityPageData): HTMLElement {
  const facts: [string, string][] = [
    ['Type', page.type], ['Country', page.country ?? '–'], ['Role', page.role ?? '–'], ['Articles', String(page.articles)],
    ['Also named', page.aliases.filter((a) => !sameName(a, page.name)).join('; ') || '–'],
  ];
  return el('dl', { class: 'entity-facts' }, ...facts.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
}

function eventTimeline(name: string, page: EntityPageData): HTMLElement {
  const days = (role: 'asSource' | 'asTarget') => page.timeline.flatMap((d) => Array<string>(d[role]).fill(d.day));
  const b = bucketCounts([['as source', days('asSource')], ['as target', days('asTarget')]]);
  return lineChart('entity-timeline', `Events of ${name} per ${b.unit}`, b.buckets,
    ['as source', 'as target'].map((n) => ({ name: n, values: b.counts.get(n) ?? [] })), 120);
}

function eventList(name: string, events: readonly StoredEvent[]): HTMLElement {
  const items = events.map((e) => {
    const role = sameName(e.source?.name, name) ? 'source' : 'target';
    const other = role === 'source' ? e.target : e.source;
    return el('li', { class: `event-item role-${role}` },
      el('span', { class: 'date' }, e.date ?? 'undated'), ' · ', role === 'source' ? 'to ' : 'from ',
      other ? entityLink(other.name) : '?', ` · ${e.cameo} ${e.plover} · `,
      el('a', { href: hrefFor('events', { article: e.articleId, focus: eventFocus(e) }) }, 'evidence'),
      el('blockquote', {}, e.text));
  });
  return el('section', { 'aria-label': 'Events' },
    el('h2', {}, `Events (${events.length})`),
    el('p', { class: 'see-also' }, 'See them in the ',
      el('a', { href: hrefFor('events', { actor: name }) }, 'events table'), ', on the ',
      el('a', { href: hrefFor('timeline', { actor: name }) }, 'timeline'), ', in the ',
      el('a', { href: hrefFor('network', { actor: name }) }, 'network'), ', on the ',
      el('a', { href: hrefFor('map', { actor: name }) }, 'map'), '.'),
    items.length ? el('ol', { class: 'event-list' }, ...items) : el('p', { class: 'empty' }, 'None found.'));
}

/** Who it cooperates with and who it is in conflict with, from its events; a table, downloadable. */
function meetsAndFights(name: string, events: readonly StoredEvent[], partial: boolean): HTMLElement {
  const rows = counterparts(name, events);
  const header = ['actor', 'country', 'cooperation', 'conflict'];
  const data = rows.map((r) => [r.name, r.country, r.cooperation, r.conflict]);
  return el('section', { 'aria-labelledby': 'meets-title' },
    el('h2', { id: 'meets-title' }, `Meets and fights (${rows.length})${partial ? ` — from its newest ${events.length} events` : ''}`),
    rows.length ? el('div', { class: 'table-scroll' }, el('table', { class: 'events-table counterparts' },
      el('caption', { class: 'visually-hidden' }, `Actors ${name} cooperates with or is in conflict with, by events`),
      el('thead', {}, el('tr', {}, ...['Actor', 'Country', 'Cooperation', 'Conflict'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...rows.map((r) => el('tr', {},
        el('td', {}, entityLink(r.name)), el('td', {}, r.country ?? ''), el('td', {}, r.cooperation), el('td', {}, r.conflict))))))
      : el('p', { class: 'empty' }, 'None found.'),
    rows.length ? el('div', { class: 'downloads' },
      downloadButton('Download CSV', 'counterparts.csv', 'text/csv', () => toCsv(header, data)),
      downloadButton('Download JSON', 'counterparts.json', 'application/json', () => toJson(header, data))) : null);
}

function quoteList(title: string, cls: string, quotes: { total: number; items: readonly EntityQuote[] }, withSpeaker: boolean): HTMLElement {
  const items = quotes.items.map((q) => el('li', { class: 'quote-item' },
    withSpeaker && q.speaker ? el('span', { class: 'speaker' }, entityLink(q.speaker), ': ') : null,
    el('q', {}, q.text), ' ',
    el('span', { class: 'meta' }, `${q.published ? `${q.published.slice(0, 10)} · ` : ''}`),
    el('a', { href: hrefFor('article', { id: q.articleId }) }, 'article')));
  const shown = quotes.total > items.length ? ` — the newest ${items.length} of ${quotes.total}` : '';
  return el('section', { 'aria-label': title },
    el('h2', {}, `${title} (${quotes.total})${shown}`),
    items.length ? el('ul', { class: `quote-list ${cls}` }, ...items) : el('p', { class: 'empty' }, 'None found.'));
}

function related(page: EntityPageData): HTMLElement {
  return el('section', { 'aria-label': 'Reported with', class: 'related' },
    el('h2', {}, 'Reported with'),
    el('ul', { class: 'co-actors' }, ...page.coActors.map((a) => el('li', {}, entityLink(a.name), ` · ${a.type} · ${a.articles} article${a.articles === 1 ? '' : 's'}`))),
    el('h2', {}, 'Places'),
    el('ul', { class: 'co-places' }, ...page.places.map((p) => el('li', {}, `${p.name}${p.country ? ` (${p.country})` : ''} · ${p.articles} article${p.articles === 1 ? '' : 's'}`))));
}

export async function renderEntity(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const name = params.get('name') ?? '';
  const [page, events] = await Promise.all([
    getJson<EntityPageData>(`/entities/${encodeURIComponent(name)}`).catch((error: unknown) => {
      if (error instanceof ApiFailure && error.status === 404) return null;
      throw error;
    }),
    getJson<Page<StoredEvent>>('/events', { actor: name, limit: '200' }),
  ]);
  if (!page) {
    showPage(main, name || 'Entity', el('p', { class: 'empty' }, 'No stored article names an entity of this exact name. ', el('a', { href: hrefFor('search', { q: name }) }, 'Search for it')));
    return;
  }
  // The /events filter matches names that contain the words; the page is about this exact name.
  const mine = events.items.filter((e) => sameName(e.source?.name, name) || sameName(e.target?.name, name));
  showPage(main, page.name, whoItIs(page), eventTimeline(page.name, page),
    el('div', { class: 'entity-layout' },
      el('div', {}, meetsAndFights(page.name, mine, events.total > events.items.length), eventList(page.name, mine), related(page)),
      el('div', {}, quoteList('Quotes', 'quotes-by', page.quotesBy, false), quoteList('Quotes about', 'quotes-about', page.quotesAbout, true))));
}
