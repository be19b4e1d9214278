/**
 * Hand-made, fictional articles for the store tests. Spans are computed from the text, so every
 * offset is true of its article.
 */
import type { ActorRef, Entity, PoliticalEvent, Quote } from '../../src/document/layers.js';
import type { OutputRecord } from '../../src/output/record.js';

export function spanIn(text: string, part: string, from = 0) {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`fixture: "${part}" is not in the text`);
  return { start, end: start + part.length, text: part };
}

export function actor(name: string, country: string | null, entity: string | null = null): ActorRef {
  return { entity, name, country, sector: 'GOV' };
}

interface Spec {
  id: string;
  title: string;
  text: string;
  published?: string | null;
  source?: string;
  url?: string | null;
  language?: string;
  events?: { trigger: string; cameo: string; plover: string; source: ActorRef | null; target: ActorRef | null; date?: string | null }[];
  quotes?: { words: string; speaker: string | null; direct?: boolean }[];
  entities?: { name: string; type: Entity['type']; country: string | null }[];
  places?: { name: string; country: string; lat: number; lon: number }[];
  dateline?: { text: string; place: string; country: string; agency: string | null };
}

export function makeRecord(spec: Spec): OutputRecord {
  const { text } = spec;
  const events: PoliticalEvent[] = (spec.events ?? []).map((e) => ({
    ...spanIn(text, e.trigger), by: 'events.test', rule: 'fixture', cameo: e.cameo, plover: e.plover, mode: null,
    quad: 1, goldstein: 3.5, source: e.source, target: e.target, date: e.date ?? null, place: null, confidence: 0.75,
  }));
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => ({
    ...spanIn(text, q.words), by: 'quotes.test', direct: q.direct ?? true,
    speaker: q.speaker === null ? null : { ...spanIn(text, q.speaker), entity: 'e1', name: q.speaker },
    cue: spanIn(text, 'said'), source: null,
  }));
  const entities: Entity[] = (spec.entities ?? []).map((e, i) => ({
    id: `e${i + 1}`, name: e.name, type: e.type, country: e.country, sector: null, role: null,
    mentions: [{ ...spanIn(text, e.name), by: 'entities.test', kind: 'name' as const }],
  }));
  const d = spec.dateline;
  return {
    id: spec.id, text, title: spec.title, published: spec.published === undefined ? '2023-10-05T08:00:00Z' : spec.published,
    url: spec.url === undefined ? `https://news.example/${spec.id}` : spec.url, source: spec.source ?? 'Example Wire',
    language: spec.language ?? 'en', author: null,
    dateline: d ? { ...spanIn(text, d.text), by: 'dateline.test', place: { name: d.place, country: d.country, lat: 1.5, lon: 2.25 }, placeText: d.place, date: null, agency: d.agency } : null,
    entities,
    times: [{ ...spanIn(text, text.split(' ')[0]!), by: 'times.test', type: 'DATE', value: '2023-10-05' }],
    places: (spec.places ?? []).map((p) => ({ ...spanIn(text, p.name), by: 'places.test', name: p.name, country: p.country, admin1: null, lat: p.lat, lon: p.lon, geonameid: 12345 })),
    quotes,
    events,
  };
}

/** Three fictional articles about the made-up republics of Veldora (VLD) and Ostrava Minor (OSM). */
export function corpus(): OutputRecord[] {
  return [
    makeRecord({
      id: 'a1', title: 'Veldora and Ostrava Minor agree to resume border talks',
      text: 'PORT MIRREN, Oct 5 (Example Wire) - Veldora and Ostrava Minor agreed on Thursday to resume border talks, '
        + 'foreign minister Anna Kovel said. "The talks will begin next week," Kovel said.',
      published: '2023-10-05T08:00:00Z', source: 'Example Wire',
      dateline: { text: 'PORT MIRREN, Oct 5 (Example Wire)', place: 'Port Mirren', country: 'VLD', agency: 'Example Wire' },
      entities: [{ name: 'Anna Kovel', type: 'PERSON', country: 'VLD' }, { name: 'Veldora', type: 'COUNTRY', country: 'VLD' }],
      places: [{ name: 'PORT MIRREN', country: 'VLD', lat: 10.5, lon: 20.25 }],
      quotes: [{ words: 'The talks will begin next week,', speaker: 'Kovel' }],
      events: [{ trigger: 'agreed', cameo: '0311', plover: 'AGREE', source: actor('Veldora', 'VLD'), target: actor('Ostrava Minor', 'OSM') }],
    }),
    makeRecord({
      id: 'a2', title: 'Protesters march in Lindgrad over fuel prices',
      text: 'Thousands of protesters marched through Lindgrad on Saturday over fuel prices, police said. '
        + 'Organiser Peter Vasko said the border closure had doubled prices.',
      published: '2023-10-14', source: 'Daily Courier', language: 'en-GB',
      entities: [{ name: 'Peter Vasko', type: 'PERSON', country: 'OSM' }, { name: 'Lindgrad', type: 'CITY', country: 'OSM' }],
      places: [{ name: 'Lindgrad', country: 'OSM', lat: 48.1, lon: 17.1 }],
      quotes: [{ words: 'the border closure had doubled prices', speaker: 'Peter Vasko', direct: false }],
      events: [{ trigger: 'marched', cameo: '141', plover: 'PROTEST', source: actor('protesters', 'OSM'), target: actor('Ostrava Minor government', 'OSM'), date: '2023-10-14' }],
    }),
    makeRecord({
      id: 'a3', title: 'Harvest festival opens in Veldora',
      text: 'The annual harvest festival opened in Port Mirren with music and border dances, the organisers said.',
      published: '2023-11-20T12:00:00Z', source: 'Example Wire', language: 'fr',
      entities: [{ name: 'Port Mirren', type: 'CITY', country: 'VLD' }],
    }),
  ];
}
