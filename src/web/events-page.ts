/**
 * Events: a table filtered by the API (actor, country, code, dates, article) and by PLOVER type,
 * sorted by any column; its state is in the URL and its download holds exactly the shown rows.
 */
import type { Page } from './api-client.js';
import { getJson } from './api-client.js';
import type { StoredEvent } from './api-types.js';
import { downloadButton } from './download-button.js';
import { el, showPage } from './dom-builder.js';
import { eventFocus, hrefFor } from './hash-route.js';
import type { Cell } from './table-export.js';
import { toCsv, toJson } from './table-export.js';

interface Column { readonly key: string; readonly header: string; readonly value: (e: StoredEvent) => Cell }

export const EVENT_COLUMNS: readonly Column[] = [
  { key: 'date', header: 'Date', value: (e) => e.date },
  { key: 'source', header: 'Source', value: (e) => e.source?.name ?? null },
  { key: 'sourceCountry', header: 'Source country', value: (e) => e.source?.country ?? null },
  { key: 'target', header: 'Target', value: (e) => e.target?.name ?? null },
  { key: 'targetCountry', header: 'Target country', value: (e) => e.target?.country ?? null },
  { key: 'cameo', header: 'CAMEO', value: (e) => e.cameo },
  { key: 'plover', header: 'PLOVER', value: (e) => e.plover },
  { key: 'quad', header: 'Quad', value: (e) => e.quad },
  { key: 'goldstein', header: 'Goldstein', value: (e) => e.goldstein },
  { key: 'place', header: 'Place', value: (e) => e.place },
  { key: 'evidence', header: 'Evidence', value: (e) => e.text },
  { key: 'article', header: 'Article', value: (e) => e.articleId },
];

const API_FILTERS = ['actor', 'source', 'target', 'country', 'code', 'from', 'to', 'article'] as const;
const FILTER_LABELS: Readonly<Record<string, string>> = {
  actor: 'Actor', source: 'Source actor', target: 'Target actor', country: 'Country (ISO alpha-3)', code: 'CAMEO code or PLOVER type', plover: 'PLOVER type (shown rows)',
  from: 'From (YYYY-MM-DD)', to: 'To (YYYY-MM-DD)', article: 'Article id',
};

function compare(a: Cell, b: Cell): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
}

function filterForm(params: URLSearchParams): HTMLFormElement {
  const fields = [...API_FILTERS, 'plover'].map((name) => el('div', { class: 'field' },
    el('label', { for: `filter-${name}` }, FILTER_LABELS[name]),
    el('input', { id: `filter-${name}`, name, value: params.get(name) ?? '', autocomplete: 'off' })));
  const form = el('form', { class: 'filters', 'aria-label': 'Filter events' }, ...fields, el('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const next: Record<string, string> = {};
    for (const [name, value] of data.entries()) if (typeof value === 'string' && value.trim()) next[name] = value.trim();
    const sort = params.get('sort'); const dir = params.get('dir');
    location.hash = hrefFor('events', { ...next, sort, dir });
  });
  return form;
}

function headerCell(column: Column, params: URLSearchParams): HTMLElement {
  const sorted = params.get('sort') === column.key;
  const dir = sorted && params.get('dir') !== 'desc' ? 'desc' : 'asc';
  const link = el('a', { href: hrefFor('events', { ...Object.fromEntries(params), sort: column.key, dir }) }, column.header);
  return el('th', { scope: 'col', 'aria-sort': sorted ? (dir === 'desc' ? 'ascending' : 'descending') : 'none' }, link);
}

function row(e: StoredEvent, focus: string | null): HTMLElement {
  const cells = EVENT_COLUMNS.map((c) => {
    const value = c.value(e);
    if (c.key === 'article') return el('td', {}, el('a', { href: hrefFor('article', { id: e.articleId }) }, e.articleId));
    if ((c.key === 'source' || c.key === 'target') && value !== null) return el('td', {}, el('a', { href: hrefFor('entity', { name: String(value) }) }, value));
    return el('td', { class: `col-${c.key}` }, value ?? '');
  });
  const focused = focus !== null && eventFocus(e) === focus;
  return el('tr', focused ? { class: 'focused', tabindex: '-1' } : {}, ...cells);
}

export async function renderEvents(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const query = Object.fromEntries(API_FILTERS.map((name) => [name, params.get(name)]));
  const page = await getJson<Page<StoredEvent>>('/events', { ...query, limit: '200', cursor: params.get('cursor') });
  const plover = (params.get('plover') ?? '').toUpperCase();
  const shown = page.items.filter((e) => !plover || e.plover.toUpperCase() === plover);
  const sortColumn = EVENT_COLUMNS.find((c) => c.key === params.get('sort'));
  if (sortColumn) {
    const sign = params.get('dir') === 'desc' ? -1 : 1;
    shown.sort((a, b) => sign * compare(sortColumn.value(a), sortColumn.value(b)));
  }
  const header = EVENT_COLUMNS.map((c) => c.header);
  const rows = () => shown.map((e) => EVENT_COLUMNS.map((c) => c.value(e)));
  const focus = params.get('focus');
  const table = el('table', { class: 'events-table' },
    el('caption', {}, `${shown.length} shown of ${page.total} event${page.total === 1 ? '' : 's'}`),
    el('thead', {}, el('tr', {}, ...EVENT_COLUMNS.map((c) => headerCell(c, params)))),
    el('tbody', {}, ...shown.map((e) => row(e, focus))));
  showPage(main, 'Events', filterForm(params),
    el('div', { class: 'downloads' },
      downloadButton('Download CSV', 'events.csv', 'text/csv', () => toCsv(header, rows())),
      downloadButton('Download JSON', 'events.json', 'application/json', () => toJson(header, rows()))),
    el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Events table' }, table),
    page.next ? el('p', {}, el('a', { href: hrefFor('events', { ...Object.fromEntries(params), cursor: page.next }) }, 'Next 200')) : null);
}
