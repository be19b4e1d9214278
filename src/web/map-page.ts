/**
 * The map: events placed at their place's coordinates (GET /events.geojson) on a world basemap,
 * clustered when close, filterable like the events table. A cluster opens the list of its events
 * (`place=` in the URL); the places are also listed as a table, downloadable.
 */
import { getJson } from './api-client.js';
import { downloadButton } from './download-button.js';
import { el, showPage } from './dom-builder.js';
import { hrefFor } from './hash-route.js';
import type { Cluster } from './map-clusters.js';
import { clusterPoints } from './map-clusters.js';
import { project } from './map-projection.js';
import { svgEl } from './svg-builder.js';
import { toCsv, toJson } from './table-export.js';
import { landPath } from './world-basemap.js';

const W = 960;
const H = 480;
const CELL = 18;
const FILTERS = ['q', 'actor', 'country', 'code', 'from', 'to'] as const;
const LABELS: Readonly<Record<string, string>> = {
  q: 'Articles matching', actor: 'Actor', country: 'Country (ISO alpha-3)', code: 'CAMEO code or PLOVER type', from: 'From (YYYY-MM-DD)', to: 'To (YYYY-MM-DD)',
};

/** The properties GET /events.geojson gives each point. */
interface PlacedEvent {
  readonly articleId: string; readonly text: string; readonly cameo: string; readonly plover: string; readonly quad: number;
  readonly day: string | null; readonly source: string | null; readonly target: string | null; readonly place: string;
  readonly lat: number; readonly lon: number;
}

interface GeoCollection {
  readonly features: readonly { readonly geometry: { readonly coordinates: readonly [number, number] }; readonly properties: Omit<PlacedEvent, 'lat' | 'lon'> }[];
}

function clusterMark(cluster: Cluster<PlacedEvent>, params: URLSearchParams): SVGElement {
  const places = [...new Set(cluster.items.map((p) => p.place))];
  const n = cluster.items.length;
  const kind = cluster.items.filter((p) => p.quad >= 3).length * 2 > n ? 'conflict' : 'cooperation';
  const r = 5 + 3 * Math.sqrt(n);
  const label = `${places.join(', ')}: ${n} event${n === 1 ? '' : 's'}`;
  return svgEl('a', { href: hrefFor('map', { ...Object.fromEntries(params), place: places.join('|') }), class: `cluster ${kind}`, 'aria-label': label },
    svgEl('circle', { cx: cluster.x, cy: cluster.y, r }),
    n > 1 ? svgEl('text', { x: cluster.x, y: cluster.y + 4, 'text-anchor': 'middle' }, n) : null,
    svgEl('title', {}, label));
}

/** The map's filters as the export's query: the same events, as a GeoJSON file. */
function exportQuery(params: URLSearchParams): URLSearchParams {
  const query = new URLSearchParams({ format: 'geojson' });
  for (const name of FILTERS) if (params.get(name)) query.set(name, params.get(name) ?? '');
  return query;
}

function filterForm(params: URLSearchParams): HTMLFormElement {
  const form = el('form', { class: 'filters', 'aria-label': 'Filter the map' },
    ...FILTERS.map((name) => el('div', { class: 'field' }, el('label', { for: `map-${name}` }, LABELS[name]),
      el('input', { id: `map-${name}`, name, value: params.get(name) ?? '', autocomplete: 'off' }))),
    el('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    for (const [name, value] of new FormData(form).entries()) if (typeof value === 'string' && value.trim()) next[name] = value.trim();
    location.hash = hrefFor('map', next);
  });
  return form;
}

function selectedList(selected: readonly PlacedEvent[], names: string): HTMLElement {
  return el('section', { 'aria-label': 'Selected place', class: 'selected-place' },
    el('h2', {}, `Events at ${names.split('|').join(', ')} (${selected.length})`),
    el('ol', { class: 'event-list' }, ...selected.map((e) => el('li', { class: 'event-item' },
      `${e.day ?? 'undated'} · ${e.source ?? '?'} → ${e.target ?? '?'} · ${e.cameo} ${e.plover} · `,
      el('a', { href: hrefFor('article', { id: e.articleId }) }, 'evidence'), ' · ',
      el('a', { href: hrefFor('events', { article: e.articleId }) }, 'its article\'s events'),
      el('blockquote', {}, e.text)))));
}

export async function renderMap(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const geo = await getJson<GeoCollection>('/events.geojson', Object.fromEntries(FILTERS.map((name) => [name, params.get(name)])));
  const placed: PlacedEvent[] = geo.features.map((f) => ({ ...f.properties, lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] }));
  const clusters = clusterPoints(placed.map((p) => ({ ...project(p.lon, p.lat, W, H), item: p })), CELL);
  const chosen = params.get('place');
  const selected = chosen ? placed.filter((p) => chosen.split('|').includes(p.place)) : [];
  const byPlace = new Map<string, PlacedEvent[]>();
  for (const p of placed) byPlace.set(p.place, [...(byPlace.get(p.place) ?? []), p]);
  const header = ['place', 'lat', 'lon', 'events'];
  const rows = [...byPlace.entries()].map(([name, list]) => [name, list[0]?.lat ?? null, list[0]?.lon ?? null, list.length]);
  showPage(main, 'Map', filterForm(params),
    el('p', { class: 'status' }, `${placed.length} event${placed.length === 1 ? '' : 's'} with a located place.`),
    svgEl('svg', { viewBox: `0 0 ${W} ${H}`, class: 'map', role: 'group', 'aria-label': 'Map of events' },
      svgEl('rect', { width: W, height: H, class: 'sea' }),
      svgEl('path', { d: landPath(W, H), class: 'land' }),
      ...clusters.map((c) => clusterMark(c, params))),
    selected.length ? selectedList(selected, chosen ?? '') : null,
    el('div', { class: 'downloads' },
      downloadButton('Download CSV', 'places.csv', 'text/csv', () => toCsv(header, rows)),
      downloadButton('Download JSON', 'places.json', 'application/json', () => toJson(header, rows)),
      el('a', { href: `/export/events?${exportQuery(params)}`, download: 'events.geojson', class: 'download-link' }, 'Download the events as GeoJSON')),
    el('div', { class: 'table-scroll' }, el('table', { class: 'events-table places-table' },
      el('caption', {}, 'Places with events'),
      el('thead', {}, el('tr', {}, ...header.map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...rows.map(([name, lat, lon, n]) => el('tr', {},
        el('td', {}, el('a', { href: hrefFor('map', { ...Object.fromEntries(params), place: String(name) }) }, name)),
        el('td', {}, lat), el('td', {}, lon), el('td', {}, n)))))));
}
