/**
 * Builds the document the places component reads, by hand: the text, its sentences (split after
 * ". "), the entities layer given as [type, surface] pairs (each surface's every occurrence becomes
 * a mention) and an optional dateline country.
 */
import type { Document } from '../../../src/document/document.js';
import type { Dateline, Entity, EntityType, Sentence } from '../../../src/document/layers.js';

function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (let at = text.indexOf('. '); at >= 0; at = text.indexOf('. ', at + 2)) {
    sentences.push({ start, end: at + 1, text: text.slice(start, at + 1) });
    start = at + 2;
  }
  sentences.push({ start, end: text.length, text: text.slice(start) });
  return sentences;
}

function entitiesOf(text: string, named: readonly (readonly [EntityType, string])[]): Entity[] {
  return named.map(([type, surface], i) => {
    const mentions = [];
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
      mentions.push({ start: at, end: at + surface.length, text: surface, kind: 'name' as const, by: 'test' });
    }
    return { id: `e${i + 1}`, name: surface, type, country: null, sector: null, role: null, mentions };
  });
}

export function placeDoc(text: string, named: readonly (readonly [EntityType, string])[] = [], datelineCountry: string | null = null): Document {
  const dateline: Dateline | null = datelineCountry === null ? null : {
    start: 0, end: 0, text: '', by: 'test', placeText: null, date: null, agency: null,
    place: { name: 'x', country: datelineCountry, lat: null, lon: null },
  };
  return {
    meta: { id: 't', title: null, url: null, source: null, published: '2023-11-01', language: 'en', author: null },
    text,
    layers: { sentences: sentencesOf(text), entities: entitiesOf(text, named), dateline },
  };
}
