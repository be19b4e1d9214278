/**
 * Building export files from the store: events in the event writers' formats
 * (src/events/exports/), and the actor network as GraphML.
 */
import type { PoliticalEvent } from '../document/layers.js';
import type { EventExportInput } from '../events/exports/export-input.js';
import type { EventFilter, Network, Store } from '../store/store.js';
import { ApiError } from './api-errors.js';
import { escapeXml } from '../util/escape-xml.js';

/** Exports larger than this are refused with a message to narrow the filter, never cut short. */
export const MAX_EXPORT_EVENTS = 20_000;

const sameEvent = (a: { start: number; end: number; cameo: string }, b: PoliticalEvent) => a.start === b.start && a.end === b.end && a.cameo === b.cameo;

/** The matching events, grouped by article with each article's places and entities, for the writers. */
export async function exportInputs(store: Store, filter: Omit<EventFilter, 'limit' | 'cursor'>): Promise<EventExportInput[]> {
  const wanted = new Map<string, { start: number; end: number; cameo: string }[]>();
  let cursor: string | null = null;
  let seen = 0;
  do {
    const page = await store.findEvents({ ...filter, limit: 200, cursor });
    if (page.total > MAX_EXPORT_EVENTS) {
      throw new ApiError(400, 'TOO_MANY', `${page.total} events match; exports hold at most ${MAX_EXPORT_EVENTS}. Narrow the filter (from/to, code, country).`);
    }
    for (const event of page.items) wanted.set(event.articleId, [...(wanted.get(event.articleId) ?? []), event]);
    seen += page.items.length;
    cursor = page.next;
  } while (cursor !== null && seen <= MAX_EXPORT_EVENTS);
  const inputs: EventExportInput[] = [];
  for (const [id, events] of wanted) {
    const article = await store.getArticle(id);
    if (!article) continue;
    const { record } = article;
    inputs.push({
      meta: { id: record.id, title: record.title, url: record.url, source: record.source, published: record.published, language: record.language, author: record.author },
      events: record.events.filter((event) => events.some((wantedEvent) => sameEvent(wantedEvent, event))),
      places: record.places, entities: record.entities, leadEnd: null,
    });
  }
  return inputs;
}

/** The network as GraphML: node attributes name, country, mentions; edge attributes events, quad1-4. */
export function networkGraphml(network: Network): string {
  const keys = [
    ['name', 'node', 'string'], ['country', 'node', 'string'], ['mentions', 'node', 'int'],
    ['events', 'edge', 'int'], ['quad1', 'edge', 'int'], ['quad2', 'edge', 'int'], ['quad3', 'edge', 'int'], ['quad4', 'edge', 'int'], ['evidence', 'edge', 'string'],
  ];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys.map(([name, domain, type]) => `  <key id="${name}" for="${domain}" attr.name="${name}" attr.type="${type}"/>`),
    '  <graph edgedefault="directed">',
  ];
  for (const node of network.nodes) {
    lines.push(`    <node id="${escapeXml(node.id)}"><data key="name">${escapeXml(node.name)}</data><data key="country">${escapeXml(node.country ?? '')}</data><data key="mentions">${node.mentions}</data></node>`);
  }
  for (const edge of network.edges) {
    const quads = [1, 2, 3, 4].map((q) => `<data key="quad${q}">${edge.quad[String(q)] ?? 0}</data>`).join('');
    lines.push(`    <edge source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}"><data key="events">${edge.events}</data>${quads}<data key="evidence">${escapeXml(edge.evidence.join(' '))}</data></edge>`);
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
