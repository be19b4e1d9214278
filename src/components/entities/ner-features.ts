/**
 * Features of the name model. Every feature is a 32-bit hash (see src/nlp/feature-hash.ts):
 * the word's own attributes, those of its neighbours (window ±2), a few conjunctions, the
 * sentence (initial position, all-caps headline) and the document (the same word lower-cased
 * or capitalised elsewhere, the contexts of its other occurrences), gazetteer marks and word clusters.
 *
 * Word-level attributes depend only on the word, so they are hashed once per distinct word.
 */
import { hashString, mixHash } from '../../nlp/feature-hash.js';
import { isAllCaps, isCapitalised, longShape, shortShape } from '../../nlp/word-shape.js';
import type { CountryGazetteer } from './country-gazetteer.js';
import { markPhrases } from './country-gazetteer.js';

export interface FeatureResources {
  /** Lower-case word → cluster bit path ("0110101"). */
  readonly clusters: ReadonlyMap<string, string>;
  readonly gazetteer: CountryGazetteer;
}

// Attribute slots of a word, in the order WordAttributeCache.get fills them.
const A = { word: 0, lower: 1, short: 2, long: 3, p1: 4, p2: 5, p3: 6, p4: 7, s1: 8, s2: 9, s3: 10, s4: 11, c4: 12, c6: 13, c10: 14, cAll: 15, flags: 16 } as const;
const ATTRIBUTE_COUNT = 17;
const WINDOW_ATTRIBUTES = [A.lower, A.short, A.c6, A.cAll] as const;

/**
 * One sentence's features, in two parts. Features of the words themselves (each word's attributes
 * at each window position, see `wordFeatures`) are not listed: they depend on the word alone, so a
 * decoder can sum their weights once per distinct word. The contextual features (conjunctions,
 * sentence, document, gazetteer) are listed: token i owns `feats[offsets[i]] .. feats[offsets[i + 1] - 1]`.
 */
export interface SentenceFeatures {
  readonly words: readonly string[];
  /** Attribute hashes of each word (WordAttributeCache). */
  readonly attrs: readonly Uint32Array[];
  readonly feats: Uint32Array;
  readonly offsets: Uint32Array;
}

/** Window positions whose word features a token receives: its own word and two either side. */
export const WINDOW = [-2, -1, 0, 1, 2] as const;

/** The attributes of the non-word before the first and after the last token. */
export const EDGE_ATTRIBUTES = new Uint32Array(ATTRIBUTE_COUNT).map((_, a) => hashString(`<edge>${a}`));

/** The features a word contributes to a token when it stands `d` positions from it (d in WINDOW). */
export function wordFeatures(attrs: Uint32Array, d: number, out: number[] = []): number[] {
  if (d === 0) {
    out.push(mixHash(1, 0));
    for (let a = 0; a < ATTRIBUTE_COUNT; a++) out.push(mixHash(attrs[a]!, 100 + a));
  } else {
    for (const a of WINDOW_ATTRIBUTES) out.push(mixHash(attrs[a]!, 200 + (d + 2) * 20 + a));
  }
  return out;
}

/** Every feature of token i, word features included (what training updates). */
export function tokenFeatures(sentence: SentenceFeatures, i: number): number[] {
  const out = Array.from(sentence.feats.subarray(sentence.offsets[i]!, sentence.offsets[i + 1]!));
  const n = sentence.words.length;
  for (const d of WINDOW) wordFeatures(i + d < 0 || i + d >= n ? EDGE_ATTRIBUTES : sentence.attrs[i + d]!, d, out);
  return out;
}

const MAX_CACHE = 300_000;
const MAX_CONTEXTS = 6;

function flagsOf(word: string): string {
  let flags = isCapitalised(word) ? 'C' : '';
  if (isAllCaps(word)) flags += 'A';
  let digit = false;
  let hyphen = false;
  let dot = false;
  for (let i = 0; i < word.length && i < 40; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) digit = true;
    else if (c === 45) hyphen = true;
    else if (c === 46) dot = true;
  }
  return `${flags}${digit ? 'D' : ''}${hyphen ? 'H' : ''}${dot ? 'P' : ''}`;
}

export class WordAttributeCache {
  private readonly cache = new Map<string, Uint32Array>();

  constructor(private readonly clusters: ReadonlyMap<string, string>) {}

  get(word: string): Uint32Array {
    const hit = this.cache.get(word);
    if (hit) return hit;
    if (this.cache.size >= MAX_CACHE) this.cache.clear();
    const lower = word.toLowerCase();
    const cluster = this.clusters.get(lower) ?? '?';
    const values = [word, lower, shortShape(word), longShape(word), lower.slice(0, 1), lower.slice(0, 2), lower.slice(0, 3), lower.slice(0, 4),
      lower.slice(-1), lower.slice(-2), lower.slice(-3), lower.slice(-4), cluster.slice(0, 4), cluster.slice(0, 6), cluster.slice(0, 10), cluster, flagsOf(word)];
    const attrs = new Uint32Array(ATTRIBUTE_COUNT);
    for (let a = 0; a < ATTRIBUTE_COUNT; a++) attrs[a] = hashString(values[a]!, mixHash(0x811c9dc5, a));
    this.cache.set(word, attrs);
    return attrs;
  }
}

/** Facts about a document's words that every sentence's features can consult. */
interface DocumentFacts {
  /** Lower-case forms seen written in lower case, not sentence-initially. */
  readonly seenLower: Set<string>;
  /** Lower-case forms seen capitalised in mixed-case text, not sentence-initially. */
  readonly seenCapitalised: Set<string>;
  /** Lower-case form → hashes of the words before and after its occurrences. */
  readonly contexts: Map<string, Set<number>>;
}

function isHeadline(words: readonly string[]): boolean {
  let caps = 0;
  let lettered = 0;
  for (const w of words) {
    if (w.toLowerCase() === w.toUpperCase()) continue;
    lettered++;
    if (isAllCaps(w) && w.length > 1) caps++;
  }
  return lettered >= 2 && caps * 2 > lettered;
}

function documentFacts(sentences: readonly (readonly string[])[], headline: readonly boolean[]): DocumentFacts {
  const facts: DocumentFacts = { seenLower: new Set(), seenCapitalised: new Set(), contexts: new Map() };
  sentences.forEach((words, s) => {
    words.forEach((word, i) => {
      const lower = word.toLowerCase();
      if (i > 0 && !headline[s]) {
        if (word === lower && lower !== word.toUpperCase()) facts.seenLower.add(lower);
        else if (isCapitalised(word)) facts.seenCapitalised.add(lower);
      }
      if (!isCapitalised(word)) return;
      let set = facts.contexts.get(lower);
      if (!set) facts.contexts.set(lower, (set = new Set()));
      if (set.size >= MAX_CONTEXTS * 2) return;
      set.add(mixHash(hashString((words[i - 1] ?? '<s>').toLowerCase()), 901));
      set.add(mixHash(hashString((words[i + 1] ?? '</s>').toLowerCase()), 902));
    });
  });
  return facts;
}

/** Features of every sentence of one document (a document is a list of sentences of words). */
export function documentFeatures(sentences: readonly (readonly string[])[], resources: FeatureResources, cache: WordAttributeCache): SentenceFeatures[] {
  const headline = sentences.map(isHeadline);
  const facts = documentFacts(sentences, headline);
  return sentences.map((words, s) => sentenceFeatures(words, headline[s]!, facts, resources, cache));
}

const MARK_CODES: Readonly<Record<string, number>> = { 'country-B': 1, 'country-I': 2, 'demonym-B': 3, 'demonym-I': 4, 'capital-B': 5, 'capital-I': 6 };
const MAX_FEATURES_PER_TOKEN = 16 + MAX_CONTEXTS * 2;

function sentenceFeatures(words: readonly string[], headline: boolean, facts: DocumentFacts, resources: FeatureResources, cache: WordAttributeCache): SentenceFeatures {
  const n = words.length;
  const attrs = words.map((w) => cache.get(w));
  const lowers = words.map((w) => w.toLowerCase());
  const marks = markPhrases(resources.gazetteer, lowers);
  const at = (i: number): Uint32Array => (i < 0 || i >= n ? EDGE_ATTRIBUTES : attrs[i]!);
  const out = new Uint32Array(n * MAX_FEATURES_PER_TOKEN);
  let f = 0;
  const offsets = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    offsets[i] = f;
    const own = attrs[i]!;
    const prev = at(i - 1);
    const next = at(i + 1);
    out[f++] = mixHash(mixHash(prev[A.lower]!, own[A.lower]!), 301);
    out[f++] = mixHash(mixHash(own[A.lower]!, next[A.lower]!), 302);
    out[f++] = mixHash(mixHash(mixHash(prev[A.short]!, own[A.short]!), next[A.short]!), 303);
    out[f++] = mixHash(mixHash(prev[A.lower]!, own[A.short]!), 304);
    out[f++] = mixHash(mixHash(own[A.short]!, next[A.lower]!), 305);
    if (i === 0) {
      out[f++] = mixHash(own[A.short]!, 401);
      out[f++] = mixHash(own[A.lower]!, 402);
    }
    if (headline) {
      out[f++] = mixHash(1, 403);
      out[f++] = mixHash(own[A.lower]!, 404);
    }
    const lower = lowers[i]!;
    if (words[i] !== lower) {
      // Where else the document writes this word: lower-cased, capitalised mid-sentence, or neither.
      const state = (facts.seenLower.has(lower) ? 1 : 0) | (facts.seenCapitalised.has(lower) ? 2 : 0) | (headline ? 4 : 0) | (i === 0 ? 8 : 0);
      out[f++] = mixHash(state, 501);
      out[f++] = mixHash(mixHash(state, own[A.short]!), 502);
      const contexts = facts.contexts.get(lower);
      if (contexts) for (const c of contexts) out[f++] = mixHash(c, 503);
    }
    for (let d = -1; d <= 1; d++) {
      const mark = marks[i + d];
      if (mark) out[f++] = mixHash(MARK_CODES[mark] ?? 0, 600 + d);
    }
  }
  offsets[n] = f;
  return { words, attrs, feats: out.subarray(0, f), offsets };
}
