/** Search: the query box with its syntax help, the count, a date histogram, and the hits with their snippets. */
import type { Page } from './api-client.js';
import { getJson } from './api-client.js';
import type { ArticleHit } from './api-types.js';
import { el, showPage } from './dom-builder.js';
import { hrefFor } from './hash-route.js';
import { lineChart } from './line-chart.js';
import type { VolumeAnswer } from './time-buckets.js';
import { overlay } from './time-buckets.js';

const SYNTAX_HELP: readonly (readonly [string, string])[] = [
  ['ceasefire talks', 'both words, anywhere in the article'],
  ['"Foreign Minister"', 'the exact phrase'],
  ['Gaza OR Rafah', 'either word; AND is implied between words'],
  ['ceasefire NOT Ukraine, ceasefire -Ukraine', 'leave out articles with a word'],
  ['Wang NEAR/5 Albusaidi', 'two words at most 5 words apart'],
  ['negotiat*', 'words starting with these letters'],
  ['title:ceasefire', 'a word in the title'],
  ['source:tass, lang:en, dateline:beijing', 'the source, language or dateline place'],
  ['actor:"Wang Yi", speaker:"Wang Yi"', 'an actor in an event; the speaker of a quote'],
  ['country:chn, event:04, event:consult', 'an actor country (ISO alpha-3); a CAMEO code prefix or PLOVER type'],
  ['date:2023-11, date:2023-10-01..2023-11-15', 'a month, a day, or a range'],
];

function helpPanel(): HTMLElement {
  const rows = SYNTAX_HELP.map(([example, meaning]) => el('tr', {}, el('td', {}, el('code', {}, example)), el('td', {}, meaning)));
  return el('details', { class: 'help' },
    el('summary', {}, 'Query syntax'),
    el('table', {}, el('caption', { class: 'visually-hidden' }, 'Query syntax examples'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Type'), el('th', { scope: 'col' }, 'To find'))),
      el('tbody', {}, ...rows)));
}

function searchForm(q: string, order: string): HTMLFormElement {
  const input = el('input', { type: 'search', name: 'q', id: 'search-q', value: q, placeholder: 'e.g. "Wang Yi" source:tass', autocomplete: 'off' });
  const select = el('select', { name: 'order', id: 'search-order' },
    el('option', { value: 'date' }, 'Newest first'), el('option', { value: 'relevance' }, 'Best match first'));
  select.value = order === 'relevance' ? 'relevance' : 'date';
  const form = el('form', { role: 'search', class: 'search-form', 'aria-label': 'Search articles' },
    el('label', { for: 'search-q' }, 'Search articles'), input,
    el('label', { for: 'search-order', class: 'visually-hidden' }, 'Order'), select,
    el('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = hrefFor('search', { q: input.value.trim(), order: select.value === 'date' ? undefined : select.value });
  });
  return form;
}

function hitItem(hit: ArticleHit): HTMLElement {
  return el('li', { class: 'hit' },
    el('h2', {}, el('a', { href: hrefFor('article', { id: hit.id }) }, hit.title ?? hit.id)),
    el('p', { class: 'meta' }, [hit.source, hit.published?.slice(0, 10)].filter(Boolean).join(' · ')),
    el('p', { class: 'snippet' }, hit.snippet));
}

/** When the matching articles were published, per week (GET /timeline). */
async function dateHistogram(q: string): Promise<HTMLElement> {
  const volume = overlay([await getJson<VolumeAnswer>('/timeline', { q, interval: 'week' })], false, 7);
  return lineChart('search-dates', 'Matching articles per week', volume.buckets, [{ name: q || 'all articles', values: volume.values[0] ?? [] }], 120);
}

export async function renderSearch(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const q = params.get('q') ?? '';
  const order = params.get('order') ?? 'date';
  const cursor = params.get('cursor') ?? undefined;
  const status = el('p', { class: 'status', role: 'status' }, 'Searching…');
  const list = el('ol', { class: 'hits', 'aria-label': 'Results' });
  showPage(main, q ? `Search: ${q}` : 'Search', searchForm(q, order), helpPanel(), status, list);
  try {
    const page = await getJson<Page<ArticleHit>>('/search', { q, order, cursor, limit: '20' });
    status.textContent = `${page.total} article${page.total === 1 ? ' matches' : 's match'} ${q || 'the empty query'}`;
    list.replaceChildren(...page.items.map(hitItem));
    if (page.next) main.appendChild(el('p', {}, el('a', { href: hrefFor('search', { q, order, cursor: page.next }), class: 'next' }, 'Next page')));
    if (page.total > 0) main.insertBefore(await dateHistogram(q), list);
  } catch (error) {
    status.textContent = (error as Error).message;
    status.classList.add('error');
  }
}
