/**
 * The actor network: nodes sized by their events, edges coloured by cooperation or conflict,
 * filterable by date, code, country and actor (in the URL). An edge opens its events; a node
 * opens its entity page. The edges are also listed as a table, downloadable.
 */
import { collectEvents } from './collect-events.js';
import { downloadButton } from './download-button.js';
import { el, showPage } from './dom-builder.js';
import { hrefFor } from './hash-route.js';
import type { Network } from './network-graph.js';
import { buildNetwork } from './network-graph.js';
import { svgEl } from './svg-builder.js';
import { toCsv, toJson } from './table-export.js';

const FILTERS = ['actor', 'country', 'code', 'from', 'to'] as const;
const LABELS: Readonly<Record<string, string>> = { actor: 'Actor', country: 'Country (ISO alpha-3)', code: 'CAMEO code or PLOVER type', from: 'From (YYYY-MM-DD)', to: 'To (YYYY-MM-DD)' };
const SIZE = 560;
const R = 210;

function filterForm(params: URLSearchParams): HTMLFormElement {
  const form = el('form', { class: 'filters', 'aria-label': 'Filter the network' },
    ...FILTERS.map((name) => el('div', { class: 'field' }, el('label', { for: `net-${name}` }, LABELS[name]),
      el('input', { id: `net-${name}`, name, value: params.get(name) ?? '' }))),
    el('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    for (const [name, value] of new FormData(form).entries()) if (typeof value === 'string' && value.trim()) next[name] = value.trim();
    location.hash = hrefFor('network', next);
  });
  return form;
}

function drawing(network: Network): SVGSVGElement {
  const c = SIZE / 2;
  const at = new Map(network.nodes.map((n) => [n.name, { x: c + n.x, y: c + n.y }]));
  const maxCount = Math.max(1, ...network.nodes.map((n) => n.count));
  const chart = svgEl('svg', { viewBox: `0 0 ${SIZE} ${SIZE}`, class: 'network', role: 'group', 'aria-label': 'Actor network' });
  for (const e of network.edges) {
    const a = at.get(e.source); const b = at.get(e.target);
    if (!a || !b) continue;
    const kind = e.conflict > e.cooperation ? 'conflict' : 'cooperation';
    chart.appendChild(svgEl('a', { href: hrefFor('events', { source: e.source, target: e.target }), class: `edge ${kind}`, 'aria-label': `${e.source} to ${e.target}: ${e.count} events, ${kind}` },
      svgEl('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, 'stroke-width': 1.5 + Math.min(6, e.count) }),
      svgEl('title', {}, `${e.source} → ${e.target}: ${e.count} event${e.count === 1 ? '' : 's'} (${e.cooperation} cooperation, ${e.conflict} conflict)`)));
  }
  for (const n of network.nodes) {
    const p = at.get(n.name);
    if (!p) continue;
    const r = 4 + 10 * Math.sqrt(n.count / maxCount);
    const right = p.x >= c;
    chart.appendChild(svgEl('a', { href: hrefFor('entity', { name: n.name }), class: 'node', 'aria-label': `${n.name}, ${n.count} events` },
      svgEl('circle', { cx: p.x, cy: p.y, r }),
      svgEl('text', { x: p.x + (right ? r + 3 : -r - 3), y: p.y + 4, 'text-anchor': right ? 'start' : 'end' }, n.name),
      svgEl('title', {}, `${n.name}${n.country ? ` (${n.country})` : ''}: ${n.count} event${n.count === 1 ? '' : 's'}`)));
  }
  return chart;
}

export async function renderNetwork(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const filter = Object.fromEntries(FILTERS.map((name) => [name, params.get(name)]));
  const events = await collectEvents(filter);
  const network = buildNetwork(events.items, R);
  const header = ['source', 'target', 'events', 'cooperation', 'conflict'];
  const rows = network.edges.map((e) => [e.source, e.target, e.count, e.cooperation, e.conflict]);
  showPage(main, 'Actor network', filterForm(params),
    el('p', { class: 'status' }, `${network.nodes.length} actors, ${network.edges.length} link${network.edges.length === 1 ? '' : 's'} from ${events.items.length} events${events.partial ? ` (the first ${events.items.length} of ${events.total})` : ''}. Green: mostly cooperation; red: mostly conflict.`),
    network.edges.length ? drawing(network) : el('p', { class: 'empty' }, 'No event here names both a source and a target.'),
    el('div', { class: 'downloads' },
      downloadButton('Download CSV', 'network.csv', 'text/csv', () => toCsv(header, rows)),
      downloadButton('Download JSON', 'network.json', 'application/json', () => toJson(header, rows))),
    el('div', { class: 'table-scroll' }, el('table', { class: 'events-table edges-table' },
      el('caption', {}, 'Links'),
      el('thead', {}, el('tr', {}, ...header.map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...network.edges.map((e) => el('tr', {},
        el('td', {}, e.source), el('td', {}, e.target),
        el('td', {}, el('a', { href: hrefFor('events', { source: e.source, target: e.target }) }, e.count)),
        el('td', {}, e.cooperation), el('td', {}, e.conflict)))))));
}
