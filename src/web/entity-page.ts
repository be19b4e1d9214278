/**
 * The entity page, by name: who it is (type, country, how widely reported), its events as source
 * and as target, and its quotes, read from the /entities, /events and /quotes filters.
 */
import type { Page } from './api-client.js';
import { getJson } from './api-client.js';
import type { EntitySummary, StoredEvent, StoredQuote } from './api-types.js';
import { el, showPage } from './dom-builder.js';
import { hrefFor } from './hash-route.js';

const sameName = (a: string | null | undefined, b: string): boolean => (a ?? '').toLowerCase() === b.toLowerCase();

function whoItIs(name: string, matches: readonly EntitySummary[]): HTMLElement {
  if (matches.length === 0) return el('p', { class: 'empty' }, 'No entity of this exact name is stored.');
  const rows = matches.map((m) => el('tr', {}, el('td', {}, m.type), el('td', {}, m.country ?? '–'), el('td', {}, m.articles), el('td', {}, m.mentions)));
  const others = matches.length > 1 ? el('p', {}, `${name} names ${matches.length} entities of different types.`) : null;
  return el('section', { 'aria-label': 'Who it is' }, others,
    el('table', { class: 'entity-facts' },
      el('thead', {}, el('tr', {}, ...['Type', 'Country', 'Articles', 'Mentions'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...rows)));
}

function eventList(name: string, events: readonly StoredEvent[]): HTMLElement {
  const items = events.map((e) => {
    const role = sameName(e.source?.name, name) ? 'source' : 'target';
    const other = role === 'source' ? e.target : e.source;
    return el('li', { class: `event-item role-${role}` },
      el('span', { class: 'date' }, e.date ?? 'undated'), ' · ',
      role === 'source' ? 'to ' : 'from ',
      other ? el('a', { href: hrefFor('entity', { name: other.name }) }, other.name) : '?',
      ` · ${e.cameo} ${e.plover} · `,
      el('a', { href: hrefFor('article', { id: e.articleId }) }, 'evidence'),
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

function quoteList(quotes: readonly StoredQuote[]): HTMLElement {
  const items = quotes.map((q) => el('li', { class: 'quote-item', 'data-direct': String(q.direct) },
    el('q', {}, q.text), ' ',
    el('span', { class: 'meta' }, `${q.direct ? 'direct' : 'indirect'}${q.published ? ` · ${q.published.slice(0, 10)}` : ''} · `),
    el('a', { href: hrefFor('article', { id: q.articleId }) }, 'article')));
  return el('section', { 'aria-label': 'Quotes' },
    el('h2', {}, `Quotes (${quotes.length})`),
    items.length ? el('ul', { class: 'quote-list' }, ...items) : el('p', { class: 'empty' }, 'None found.'));
}

export async function renderEntity(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const name = params.get('name') ?? '';
  const [entities, events, quotes] = await Promise.all([
    getJson<Page<EntitySummary>>('/entities', { name, limit: '50' }),
    getJson<Page<StoredEvent>>('/events', { actor: name, limit: '200' }),
    getJson<Page<StoredQuote>>('/quotes', { speaker: name, limit: '200' }),
  ]);
  // The filters match names that contain the words; the page is about this exact name.
  const mine = events.items.filter((e) => sameName(e.source?.name, name) || sameName(e.target?.name, name));
  showPage(main, name || 'Entity',
    whoItIs(name, entities.items.filter((e) => sameName(e.name, name))),
    el('div', { class: 'entity-layout' },
      eventList(name, mine),
      quoteList(quotes.items.filter((q) => sameName(q.speaker, name)))));
}
