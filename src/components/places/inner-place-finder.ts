/**
 * Finder: the place name inside a longer name. The entities layer's spans often run on past the
 * place ("Newark police", "Ohio lawmakers", "D-Oakland", "U.S. military"), and organisations carry
 * their town or state at the front ("Huntsville Police Department", "Walker County Sheriff's
 * Office", "Texas Ranger"). The longest leading part of the span that the gazetteer knows wins; a
 * trailing part only after a party label or a metro prefix ("D-Oakland", "Metro Vancouver").
 *
 * @example innerPlace(gazetteer, 'Newark police said', 0, 13) // => { start: 0, end: 6, text: 'Newark' }
 */
import type { Span } from '../../document/span.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { isCountyName, placeHypotheses } from './place-hypotheses.js';
import { detachedString } from '../../util/detached-string.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’]*/gu;
const CAPITAL = /^\p{Lu}/u;
// Words a trailing place name may follow: party labels of "D-Oakland", metro prefixes.
const PREFIXES: ReadonlySet<string> = new Set(['D', 'R', 'I', 'DFL', 'Metro', 'Greater', 'Downtown', 'Suburban', 'Rural']);
// Single words that name towns somewhere but, leading an organisation's name, are its kind.
const GENERIC: ReadonlySet<string> = new Set(['State', 'City', 'Town', 'County', 'National', 'Union', 'United', 'General', 'Central', 'Federal', 'American', 'First', 'New', 'North', 'South', 'East', 'West', 'Saint', 'St.', 'Mount', 'Fort', 'Lake', 'Port', 'Home', 'Police', 'Public', 'Democratic', 'Republican', 'Independence', 'Liberty', 'Victoria', 'Christ', 'Trinity', 'Providence']);

interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function wordsOf(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  const slice = text.slice(start, end);
  for (let match = WORD.exec(slice); match !== null; match = WORD.exec(slice)) {
    // A full stop ends an abbreviation ("U.S.") but not a sentence inside the name.
    const raw = match[0];
    const trimmed = raw.endsWith('.') && !raw.slice(0, -1).includes('.') && raw.length > 3 ? raw.slice(0, -1) : raw;
    words.push({ start: start + match.index, end: start + match.index + trimmed.length, text: trimmed });
  }
  return words;
}

/** A name the gazetteer knows as something other than a town's alternate spelling. */
function isKnown(gazetteer: Gazetteer, name: string): boolean {
  if (isCountyName(name)) return true;
  return placeHypotheses(gazetteer, name).some((h) => h.precision !== 'city' || h.mainName);
}

function usable(words: readonly Word[]): boolean {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (!CAPITAL.test(first.text) || !CAPITAL.test(last.text)) return false;
  // A lone word of two letters only as a capitalised code ("US", "UK"), never "D" or "Mt".
  return !(words.length === 1 && (GENERIC.has(first.text) || first.text.length < 2 || (first.text.length === 2 && !/^\p{Lu}{2}$/u.test(first.text))));
}

// The same organisations recur in an article and across articles: the inner place of a name is kept
// (as offsets into the name), per gazetteer, up to this many names, then forgotten at once.
const CACHE_LIMIT = 20_000;
const CACHES = new WeakMap<Gazetteer, Map<string, readonly [number, number] | null>>();

/** The place named inside text[start, end) (not the whole span), or null. */
export function innerPlace(gazetteer: Gazetteer, text: string, start: number, end: number): Span | null {
  let cache = CACHES.get(gazetteer);
  if (cache === undefined) CACHES.set(gazetteer, (cache = new Map()));
  const name = text.slice(start, end);
  let found = cache.get(name);
  if (found === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    const span = findInnerPlace(gazetteer, name, 0, name.length);
    found = span === null ? null : [span.start, span.end];
    // A key cut from the article would keep its whole text alive in the cache.
    cache.set(detachedString(name), found);
  }
  return found === null ? null : { start: start + found[0], end: start + found[1], text: name.slice(found[0], found[1]) };
}

function findInnerPlace(gazetteer: Gazetteer, text: string, start: number, end: number): Span | null {
  const words = wordsOf(text, start, end);
  for (let count = words.length - 1; count > 0; count--) {
    const part = words.slice(0, count);
    const name = text.slice(part[0]!.start, part[count - 1]!.end);
    if (usable(part) && isKnown(gazetteer, name)) return { start: part[0]!.start, end: part[count - 1]!.end, text: name };
  }
  if (words.length > 1 && PREFIXES.has(words[0]!.text)) {
    const part = words.slice(1);
    const name = text.slice(part[0]!.start, part[part.length - 1]!.end);
    if (usable(part) && isKnown(gazetteer, name)) return { start: part[0]!.start, end: part[part.length - 1]!.end, text: name };
  }
  return null;
}
