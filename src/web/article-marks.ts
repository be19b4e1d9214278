/**
 * The marks an article's layers draw on its text, one per span: each entity mention, time,
 * place, quote, event and the dateline, with what hovering shows and where clicking goes.
 */
import type { ArticleRecord } from './api-types.js';
import type { Mark } from './highlight-segments.js';
import { eventFocus, hrefFor } from './hash-route.js';

const actorName = (actor: { name: string; country: string | null } | null): string =>
  actor ? `${actor.name}${actor.country ? ` (${actor.country})` : ''}` : '?';

export function articleMarks(record: ArticleRecord): Mark[] {
  const marks: Mark[] = [];
  for (const entity of record.entities) {
    const label = `${entity.name} · ${entity.type}${entity.country ? ` · ${entity.country}` : ''}${entity.role ? ` · ${entity.role}` : ''}`;
    for (const m of entity.mentions) {
      marks.push({ start: m.start, end: m.end, layer: `entity-${entity.type}`, label, href: hrefFor('entity', { name: entity.name }) });
    }
  }
  for (const t of record.times) marks.push({ start: t.start, end: t.end, layer: 'time', label: `${t.type} ${t.value}` });
  for (const p of record.places) marks.push({ start: p.start, end: p.end, layer: 'place', label: `Place: ${p.name}${p.country ? ` (${p.country})` : ''}` });
  for (const q of record.quotes) {
    const speaker = q.speaker?.name;
    marks.push({
      start: q.start, end: q.end, layer: 'quote',
      label: `${q.direct ? 'Direct' : 'Indirect'} quote by ${speaker ?? 'an unattributed speaker'}`,
      ...(speaker ? { href: hrefFor('entity', { name: speaker }) } : {}),
    });
  }
  record.events.forEach((e) => marks.push({
    start: e.start, end: e.end, layer: 'event',
    label: `Event: ${actorName(e.source)} → ${actorName(e.target)} · CAMEO ${e.cameo} · ${e.plover}${e.date ? ` · ${e.date}` : ''}`,
    href: hrefFor('events', { article: record.id, focus: eventFocus(e) }),
  }));
  const d = record.dateline;
  if (d) marks.push({ start: d.start, end: d.end, layer: 'dateline', label: `Dateline: ${[d.placeText, d.date, d.agency].filter(Boolean).join(' · ')}` });
  return marks;
}

/** The layer toggles, in display order, with their labels. */
export function layerNames(marks: readonly Mark[]): { layer: string; label: string }[] {
  const present = new Set(marks.map((m) => m.layer));
  const entities = [...present].filter((l) => l.startsWith('entity-')).sort();
  const others = ['quote', 'event', 'time', 'place', 'dateline'].filter((l) => present.has(l));
  const label = (l: string): string => (l.startsWith('entity-') ? l.slice('entity-'.length).toLowerCase() : `${l}s`);
  return [...entities, ...others].map((layer) => ({ layer, label: label(layer) }));
}
