/** Builds a document by hand (sentences split, entities optional) and runs the quotes layer over it. */
import type { Entity, Quote } from '../../../src/document/layers.js';
import { splitSentences } from '../../../src/components/sentences/sentence-component.js';
import { extractQuotes } from '../../../src/components/quotes/quote-component.js';

const META = { id: 't', title: null, url: null, source: null, published: '2024-03-05', language: 'en', author: null };

export function quotesIn(text: string, entities?: readonly Entity[]): Quote[] {
  const layers = entities === undefined ? { sentences: splitSentences(text) } : { sentences: splitSentences(text), entities };
  return extractQuotes({ meta: META, text, layers });
}

/** The offset of `part` in `text`, failing loudly when it is missing or ambiguous. */
export function at(text: string, part: string): number {
  const first = text.indexOf(part);
  if (first < 0 || text.indexOf(part, first + 1) >= 0) throw new Error(`"${part}" must occur exactly once in the test text`);
  return first;
}

/** A PERSON (or other) entity whose mentions are the given surface strings, found in `text`. */
export function entity(text: string, id: string, name: string, type: Entity['type'], surfaces: readonly string[]): Entity {
  const mentions = surfaces.map((s) => ({ start: at(text, s), end: at(text, s) + s.length, text: s, kind: 'name' as const, by: 'test' }));
  return { id, name, type, country: null, sector: null, role: null, mentions };
}
