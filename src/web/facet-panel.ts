/**
 * The search's facet panel (GET /facets): per field, the most frequent values among the matching
 * articles with their counts. A value is a link that adds `field:"value"` to the query; a value
 * already in the query is shown selected, and its link takes it out. The counts download as CSV/JSON.
 */
import { downloadButton } from './download-button.js';
import { el } from './dom-builder.js';
import { hasFacet, withFacet, withoutFacet } from './facet-query.js';
import { hrefFor } from './hash-route.js';
import { toCsv, toJson } from './table-export.js';

/** A value and the search field that selects it (`dateline` for an agency in the source facet). */
export interface FacetValue { readonly field: string; readonly value: string; readonly label: string; readonly count: number }
export type FacetAnswer = { readonly total: number } & Readonly<Record<FacetField, readonly FacetValue[]>>;
type FacetField = 'source' | 'country' | 'actor' | 'event' | 'lang';

const FIELDS: readonly (readonly [FacetField, string])[] = [
  ['source', 'Source'], ['country', 'Country'], ['actor', 'Actor'], ['event', 'Event type'], ['lang', 'Language'],
];

function valueItem(field: FacetField, facet: FacetValue, q: string, order: string | undefined): HTMLElement {
  const selected = hasFacet(q, facet.field, facet.value);
  const next = selected ? withoutFacet(q, facet.field, facet.value) : withFacet(q, facet.field, facet.value);
  const label = `${facet.label}, ${facet.count} article${facet.count === 1 ? '' : 's'}${selected ? ', selected: remove this filter' : ''}`;
  return el('li', { class: selected ? 'facet selected' : 'facet', 'data-facet': field, 'data-field': facet.field, 'data-value': facet.value },
    el('a', { href: hrefFor('search', { q: next, order }), 'aria-label': label, ...(selected ? { 'aria-current': 'true' } : {}) },
      el('span', { class: 'facet-label' }, selected ? `✓ ${facet.label}` : facet.label),
      el('span', { class: 'facet-count' }, facet.count)));
}

export function facetPanel(facets: FacetAnswer, q: string, order: string | undefined): HTMLElement {
  const header = ['facet', 'field', 'value', 'label', 'count'];
  const rows = FIELDS.flatMap(([field]) => facets[field].map((f) => [field, f.field, f.value, f.label, f.count]));
  const groups = FIELDS.filter(([field]) => facets[field].length > 0).map(([field, title]) => el('section', { class: 'facet-group', 'aria-labelledby': `facet-${field}` },
    el('h2', { id: `facet-${field}` }, title),
    el('ul', { class: 'facet-list' }, ...facets[field].map((f) => valueItem(field, f, q, order)))));
  return el('aside', { class: 'facets', 'aria-label': 'Narrow the results' },
    ...groups,
    groups.length ? el('div', { class: 'downloads' },
      downloadButton('Download CSV', 'facets.csv', 'text/csv', () => toCsv(header, rows)),
      downloadButton('Download JSON', 'facets.json', 'application/json', () => toJson(header, rows))) : null);
}
