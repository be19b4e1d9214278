/**
 * The actor network (GET /network): nodes sized by their mentions, edges coloured by cooperation
 * or conflict, filterable by article search, actor, country, code and dates. An edge opens its
 * evidence (`edge=` in the URL, evidence-panel.ts); a node opens its entity page. The edges are
 * also listed as a table, downloadable as CSV, JSON or GraphML.
 */
import { getJson } from './api-client.js';
import { downloadButton } from './download-button.js';
import { el, showPage } from './dom-builder.js';
import { evidencePanel } from './evidence-panel.js';
import { hrefFor } from './hash-route.js';
import type { Network, NetworkAnswer, NetworkEdge } from './network-graph.js';
import { edgeKey, layoutNetwork, MAX_NODES } from './network-graph.js';
import { svgEl } from './svg-builder.js';
import { toCsv, toJson } from './table-export.js';

const FILTERS = ['q', 'actor', 'country', 'code', 'from', 'to'] as const;
const LABELS: Readonly<Record<string, string>> = {
  q: 'Articles matching', actor: 'Actor', country: 'Country (ISO alpha-3)', code: 'CAMEO code or PLOVER type', from: 'From (YYYY-MM-DD)', to: 'To (YYYY-MM-DD)',
};
const SIZE = 560;
const R = 210;

type Filter = Readonly<Record<string, string | undefined>>;

function filterForm(filter: Filter): HTMLFormElement {
  const form = el('form', { class: 'filters', 'aria-label': 'Filter the network' },
    ...FILTERS.map((name) => el('div', { class: 'field' }, el('label', { for: `net-${name}` }, LABELS[name]),
      el('input', { id: `net-${name}`, name, value: filter[name] ?? '', autocomplete: 'off' }))),
    el('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    for (const [name, value] of new FormData(form).entries()) if (typeof value === 'string' && value.trim()) next[name] = value.trim();
    location.hash = hrefFor('network', next);
  });
  return form;
}

const kindOf = (e: NetworkEdge): string => (e.conflict > e.cooperation ? 'conflict' : 'cooperation');
const edgeHref = (filter: Filter, e: NetworkEdge): string => hrefFor('network', { ...filter, edge: edgeKey(e) });

function drawing(network: Network, filter: Filter, selected: string | null): SVGSVGElement {
  const c = SIZE / 2;
  const at = new Map(network.nodes.map((n) => [n.id, { x: c + n.x, y: c + n.y }]));
  const maxMentions = Math.max(1, ...network.nodes.map((n) => n.mentions));
  const chart = svgEl('svg', { viewBox: `0 0 ${SIZE} ${SIZE}`, class: 'network', role: 'group', 'aria-label': 'Actor network: links open their evidence, actors their pages' });
  for (const e of network.edges) {
    const a = at.get(e.source); const b = at.get(e.target);
    if (!a || !b || e.source === e.target) continue;
    const chosen = edgeKey(e) === selected;
    chart.appendChild(svgEl('a', {
      href: edgeHref(filter, e), class: `edge ${kindOf(e)}${chosen ? ' selected' : ''}`,
      'aria-label': `${e.sourceName} to ${e.targetName}: ${e.events} event${e.events === 1 ? '' : 's'}, ${kindOf(e)}; open the evidence`,
    },
      svgEl('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, 'stroke-width': 1.5 + Math.min(6, e.events) }),
      svgEl('title', {}, `${e.sourceName} → ${e.targetName}: ${e.events} event${e.events === 1 ? '' : 's'} (${e.cooperation} cooperation, ${e.conflict} conflict)`)));
  }
  for (const n of network.nodes) {
    const p = at.get(n.id);
    if (!p) continue;
    const r = 4 + 10 * Math.sqrt(n.mentions / maxMentions);
    const right = p.x >= c;
    chart.appendChild(svgEl('a', { href: hrefFor('entity', { name: n.name }), class: 'node', 'aria-label': `${n.name}, ${n.mentions} mentions in events` },
      svgEl('circle', { cx: p.x, cy: p.y, r }),
      svgEl('text', { x: p.x + (right ? r + 3 : -r - 3), y: p.y + 4, 'text-anchor': right ? 'start' : 'end' }, n.name),
      svgEl('title', {}, `${n.name}${n.country ? ` (${n.country})` : ''}: ${n.mentions} mention${n.mentions === 1 ? '' : 's'} in events`)));
  }
  return chart;
}

function edgeTable(network: Network, filter: Filter): HTMLElement {
  const header = ['source', 'target', 'events', 'cooperation', 'conflict', 'evidence'];
  const rows = network.edges.map((e) => [e.sourceName, e.targetName, e.events, e.cooperation, e.conflict, e.evidence.join(' ')]);
  const graphml = `/export/network?${new URLSearchParams(Object.entries(filter).filter((kv): kv is [string, string] => Boolean(kv[1])))}`;
  return el('section', { 'aria-label': 'Links' },
    el('div', { class: 'downloads' },
      downloadButton('Download CSV', 'network.csv', 'text/csv', () => toCsv(header, rows)),
      downloadButton('Download JSON', 'network.json', 'application/json', () => toJson(header, rows)),
      el('a', { href: graphml, download: 'network.graphml', class: 'download-link' }, 'Download GraphML')),
    el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Links table' }, el('table', { class: 'events-table edges-table' },
      el('caption', {}, 'Links'),
      el('thead', {}, el('tr', {}, ...header.slice(0, 5).map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...network.edges.map((e) => el('tr', {},
        el('td', {}, e.sourceName), el('td', {}, e.targetName),
        el('td', {}, el('a', { href: edgeHref(filter, e), 'aria-label': `${e.events} events: the evidence of ${e.sourceName} to ${e.targetName}` }, e.events)),
        el('td', {}, e.cooperation), el('td', {}, e.conflict)))))));
}

export async function renderNetwork(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const filter: Filter = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) || undefined]));
  const answer = await getJson<NetworkAnswer>('/network', filter);
  const network = layoutNetwork(answer, R);
  const selected = params.get('edge');
  const edge = selected === null ? undefined : network.edges.find((e) => edgeKey(e) === selected);
  const evidence = selected === null ? null
    : edge ? await evidencePanel(edge, hrefFor('network', filter))
      : el('p', { class: 'error', role: 'alert' }, 'That link is not in this network; change the filters or pick a link below.');
  const drawn = network.edges.filter((e) => e.source !== e.target).length;
  showPage(main, 'Actor network', filterForm(filter),
    el('p', { class: 'status' }, `${network.nodes.length} actors${answer.nodes.length > MAX_NODES ? ` (the ${MAX_NODES} most mentioned of ${answer.nodes.length})` : ''}, `
      + `${network.edges.length} link${network.edges.length === 1 ? '' : 's'}. Green: mostly cooperation; red: mostly conflict. A link opens its evidence.`),
    el('div', { class: evidence ? 'network-layout with-evidence' : 'network-layout' },
      evidence,
      drawn ? drawing(network, filter, selected) : el('p', { class: 'empty' }, 'No event here names both a source and a target.')),
    edgeTable(network, filter));
}
