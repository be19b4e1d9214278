/**
 * Search: the query box with its syntax help, the count, a date histogram, facets with counts
 * (facet-panel.ts), and the hits with their snippets. State in the URL: `q`, `order`, `cursor`.
 */
import type { Page } from './api-client.js';
import { getJson } from './api-client.js';
import type { ArticleHit } from './api-types.js';
import { downloadButton } from './download-button.js';
import { el, showPage } from './dom-builder.js';
import type { FacetAnswer } from './facet-panel.js';
import { facetPanel } from './facet-panel.js';
import { hrefFor } from './hash-route.js';
import { lineChart } from './line-chart.js';
import type { VolumeAnswer } from './time-buckets.js';
import { overlay } from './time-buckets.js';
import { toCsv, toJson } from './table-export.js';

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

/** When the matching articles were published, per week (GET /timeline's answer). */
function dateHistogram(q: string, answer: VolumeAnswer): HTMLElement {
  const volume = overlay([answer], false, 7);
  return lineChart('search-dates', 'Matching articles per week', volume.buckets, [{ name: q || 'all articles', values: volume.values[0] ?? [] }], 120);
}

/** The shown hits as files: exactly the rows of this page of results. */
function hitDownloads(hits: readonly ArticleHit[]): HTMLElement {
  const header = ['id', 'title', 'source', 'published', 'url', 'snippet'];
  const rows = () => hits.map((h) => [h.id, h.title, h.source, h.published, h.url, h.snippet]);
  return el('div', { class: 'downloads' },
    downloadButton('Download CSV', 'results.csv', 'text/csv', () => toCsv(header, rows())),
    downloadButton('Download JSON', 'results.json', 'application/json', () => toJson(header, rows())));
}

export async function renderSearch(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const q = params.get('q') ?? '';
  const order = params.get('order') ?? 'date';
  const orderParam = order === 'date' ? undefined : order;
  const cursor = params.get('cursor') ?? undefined;
  const status = el('p', { class: 'status', role: 'status' }, 'Searching…');
  const results = el('div', { class: 'results' }, status);
  const layout = el('div', { class: 'search-layout' }, results);
  showPage(main, q ? `Search: ${q}` : 'Search', searchForm(q, order), helpPanel(), layout);
  // All three are asked at once, but the results are shown as soon as they come: on a large store
  // the facet counts and the histogram take longer than a page of results.
  const pageAnswer = getJson<Page<ArticleHit>>('/search', { q, order, cursor, limit: '20' });
  const facetAnswer = getJson<FacetAnswer>('/facets', { q, limit: '10' });
  const dateAnswer = getJson<VolumeAnswer>('/timeline', { q, interval: 'week' });
  // Neither may reject unobserved while the page is awaited.
  facetAnswer.catch(() => undefined);
  dateAnswer.catch(() => undefined);
  let page: Page<ArticleHit>;
  try {
    page = await pageAnswer;
  } catch (error) {
    status.textContent = (error as Error).message;
    status.classList.add('error');
    return;
  }
  status.textContent = `${page.total} article${page.total === 1 ? ' matches' : 's match'} ${q || 'the empty query'}`;
  const histogramSlot = el('div', { class: 'histogram-slot' });
  results.appendChild(histogramSlot);
  results.appendChild(el('ol', { class: 'hits', 'aria-label': 'Results' }, ...page.items.map(hitItem)));
  if (page.items.length > 0) results.appendChild(hitDownloads(page.items));
  if (page.next) results.appendChild(el('p', {}, el('a', { href: hrefFor('search', { q, order: orderParam, cursor: page.next }), class: 'next' }, 'Next page')));
  if (page.total === 0) return;
  await Promise.all([
    dateAnswer.then((dates) => histogramSlot.appendChild(dateHistogram(q, dates)), (error: Error) => histogramSlot.appendChild(el('p', { class: 'status error' }, error.message))),
    facetAnswer.then((facets) => layout.appendChild(facetPanel(facets, q, orderParam)), (error: Error) => layout.appendChild(el('p', { class: 'status error' }, error.message))),
  ]);
}
