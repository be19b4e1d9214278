/** Builds a small hand-made document (sentences, entities, times, places) for the events component's tests. */
import type { Document } from '../../../src/document/document.js';
import type { Entity, EntityType, Place, Quote, Sentence, TimeExpression } from '../../../src/document/layers.js';

export interface EntitySpec { readonly name: string; readonly type: EntityType; readonly country: string | null; readonly texts?: readonly string[] }
/** A place of the places layer: its text in the document, and the country it resolves to. */
/** Fictional countries for the component's tests. */
export const ARNOR: EntitySpec = { name: 'Arnor', type: 'COUNTRY', country: 'ARN' };
export const GONDOR: EntitySpec = { name: 'Gondor', type: 'COUNTRY', country: 'GON' };
export const ROHAN: EntitySpec = { name: 'Rohan', type: 'COUNTRY', country: 'ROH' };

export interface PlaceSpec { readonly text: string; readonly country: string | null }

function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '.' && (text[i + 1] === ' ' || i === text.length - 1)) {
      sentences.push({ start, end: i + 1, text: text.slice(start, i + 1) });
      start = i + 2;
    }
  }
  if (start < text.length) sentences.push({ start, end: text.length, text: text.slice(start) });
  return sentences;
}

function mentionsOf(text: string, needle: string): { start: number; end: number; text: string; by: string; kind: 'name' }[] {
  const found = [];
  for (let at = text.indexOf(needle); at >= 0 && found.length < 20; at = text.indexOf(needle, at + needle.length)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + needle.length] ?? ' ';
    if (/[A-Za-z]/.test(before) || /[a-z]/.test(after)) continue;
    found.push({ start: at, end: at + needle.length, text: needle, by: 'test', kind: 'name' as const });
  }
  return found;
}

/** A quote of the quotes layer: its words in the document, direct or reported, and its speaker's entity name. */
export interface QuoteSpec { readonly text: string; readonly direct: boolean; readonly speaker: string }

export function makeDoc(
  text: string, entities: readonly EntitySpec[], times: readonly [string, string][] = [], published = '2023-11-01', places: readonly PlaceSpec[] = [], quotes: readonly QuoteSpec[] = [],
): Document {
  const entityLayer: Entity[] = entities.map((spec, index) => ({
    id: `e${index + 1}`, name: spec.name, type: spec.type, country: spec.country, sector: null, role: null,
    mentions: (spec.texts ?? [spec.name]).flatMap((needle) => mentionsOf(text, needle)),
  }));
  const timeLayer: TimeExpression[] = times.map(([needle, value]) => {
    const start = text.indexOf(needle);
    return { start, end: start + needle.length, text: needle, by: 'test', type: 'DATE', value };
  });
  const placeLayer: Place[] = places.flatMap((spec) => mentionsOf(text, spec.text).map((mention) => ({
    start: mention.start, end: mention.end, text: spec.text, by: 'test', name: spec.text, country: spec.country, admin1: null, lat: null, lon: null, geonameid: null,
  })));
  return {
    meta: { id: 'test', title: null, url: null, source: null, published, language: 'en', author: null },
    text,
    layers: { sentences: sentencesOf(text), entities: entityLayer, times: timeLayer, places: placeLayer, quotes: quotes.map((spec) => quoteOf(text, spec, entityLayer)) },
  };
}

function quoteOf(text: string, spec: QuoteSpec, entities: readonly Entity[]): Quote {
  const start = text.indexOf(spec.text);
  const entity = entities.find((one) => one.name === spec.speaker);
  const mention = entity?.mentions.find((one) => one.start >= start + spec.text.length) ?? entity?.mentions[0];
  const speaker = entity === undefined || mention === undefined ? null : { start: mention.start, end: mention.end, text: mention.text, entity: entity.id, name: entity.name };
  return { start, end: start + spec.text.length, text: spec.text, by: 'test', direct: spec.direct, speaker, cue: null, source: null };
}
