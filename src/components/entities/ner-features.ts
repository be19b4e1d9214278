/**
 * Features of the name model. Every feature is a 32-bit hash (see src/nlp/feature-hash.ts):
 * the word's own attributes, those of its neighbours (window ±2), a few conjunctions, the
 * sentence (initial position, all-caps headline) and the document (the same word lower-cased
 * or capitalised elsewhere, the contexts of its other occurrences), gazetteer marks and word clusters.
 *
 * Word-level attributes depend only on the word, so they are hashed once per distinct word
 * (ner-word-info.ts).
 *
 * @example documentFeatures([['Wang', 'Yi', 'met', 'Albusaidi']], resources, cache)[0].feats → Uint32Array of hashes
 */
import { hashString, mixHash } from '../../nlp/feature-hash.js';
import type { CountryGazetteer } from './country-gazetteer.js';
import { markPhrases } from './country-gazetteer.js';
import type { WordInfo } from './ner-word-info.js';
import { A, ATTRIBUTE_COUNT, EDGE_ATTRIBUTES, WordAttributeCache } from './ner-word-info.js';

export { EDGE_ATTRIBUTES, WordAttributeCache };

export interface FeatureResources {
  /** Lower-case word → cluster bit path ("0110101"). */
  readonly clusters: ReadonlyMap<string, string>;
  readonly gazetteer: CountryGazetteer;
}

const WINDOW_ATTRIBUTES = [A.lower, A.short, A.c6, A.cAll] as const;

/**
 * One sentence's features, in two parts. Features of the words themselves (each word's attributes
 * at each window position, see `wordFeatures`) are not listed: they depend on the word alone, so a
 * decoder can sum their weights once per distinct word. The contextual features (conjunctions,
 * sentence, document, gazetteer) are listed: token i owns `feats[offsets[i]] .. feats[offsets[i + 1] - 1]`.
 */
export interface SentenceFeatures {
  readonly words: readonly string[];
  /** What is known of each word (WordAttributeCache). */
  readonly infos: readonly WordInfo[];
  readonly feats: Uint32Array;
  readonly offsets: Uint32Array;
}

/** Window positions whose word features a token receives: its own word and two either side. */
export const WINDOW = [-2, -1, 0, 1, 2] as const;

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
  for (const d of WINDOW) wordFeatures(i + d < 0 || i + d >= n ? EDGE_ATTRIBUTES : sentence.infos[i + d]!.attrs, d, out);
  return out;
}

const MAX_CONTEXTS = 6;

/** Facts about a document's words that every sentence's features can consult. */
interface DocumentFacts {
  /** Lower-case forms seen written in lower case, not sentence-initially. */
  readonly seenLower: Set<string>;
  /** Lower-case forms seen capitalised in mixed-case text, not sentence-initially. */
  readonly seenCapitalised: Set<string>;
  /** Lower-case form → hashes of the words before and after its occurrences. */
  readonly contexts: Map<string, Set<number>>;
}

function isHeadline(infos: readonly WordInfo[]): boolean {
  let caps = 0;
  let lettered = 0;
  for (const info of infos) {
    if (!info.cased) continue;
    lettered++;
    if (info.shouted) caps++;
  }
  return lettered >= 2 && caps * 2 > lettered;
}

// What stands before a sentence's first word and after its last, as context hashes.
const SENTENCE_START_HASH = hashString('<s>');
const SENTENCE_END_HASH = hashString('</s>');

function documentFacts(sentences: readonly (readonly WordInfo[])[], headline: readonly boolean[]): DocumentFacts {
  const facts: DocumentFacts = { seenLower: new Set(), seenCapitalised: new Set(), contexts: new Map() };
  sentences.forEach((infos, s) => {
    infos.forEach((info, i) => {
      const lower = info.lower;
      if (i > 0 && !headline[s]) {
        if (info.writtenLower) facts.seenLower.add(lower);
        else if (info.capitalised) facts.seenCapitalised.add(lower);
      }
      if (!info.capitalised) return;
      let set = facts.contexts.get(lower);
      if (!set) facts.contexts.set(lower, (set = new Set()));
      if (set.size >= MAX_CONTEXTS * 2) return;
      set.add(mixHash(i > 0 ? infos[i - 1]!.lowerHash : SENTENCE_START_HASH, 901));
      set.add(mixHash(i + 1 < infos.length ? infos[i + 1]!.lowerHash : SENTENCE_END_HASH, 902));
    });
  });
  return facts;
}

/** Features of every sentence of one document (a document is a list of sentences of words). */
export function documentFeatures(sentences: readonly (readonly string[])[], resources: FeatureResources, cache: WordAttributeCache): SentenceFeatures[] {
  const infos = sentences.map((words) => words.map((w) => cache.info(w)));
  const headline = infos.map(isHeadline);
  const facts = documentFacts(infos, headline);
  // One buffer for the whole document's features and one for its offsets, each sentence a view
  // into them: a typed array of more than a few bytes is a costly allocation, and a document has dozens of sentences.
  const tokens = infos.reduce((sum, words) => sum + words.length, 0);
  const feats = new Uint32Array(tokens * MAX_FEATURES_PER_TOKEN);
  const offsets = new Uint32Array(tokens + sentences.length);
  let featStart = 0;
  let offsetStart = 0;
  return sentences.map((words, s) => {
    const n = words.length;
    const sentenceOffsets = offsets.subarray(offsetStart, offsetStart + n + 1);
    const count = sentenceFeatures(infos[s]!, headline[s]!, facts, resources, feats.subarray(featStart), sentenceOffsets);
    const features = { words, infos: infos[s]!, feats: feats.subarray(featStart, featStart + count), offsets: sentenceOffsets };
    featStart += count;
    offsetStart += n + 1;
    return features;
  });
}

const MARK_CODES: Readonly<Record<string, number>> = { 'country-B': 1, 'country-I': 2, 'demonym-B': 3, 'demonym-I': 4, 'capital-B': 5, 'capital-I': 6 };
const MAX_FEATURES_PER_TOKEN = 16 + MAX_CONTEXTS * 2;

/** Writes one sentence's contextual features into `out` and their token offsets into `offsets`; returns how many. */
function sentenceFeatures(infos: readonly WordInfo[], headline: boolean, facts: DocumentFacts, resources: FeatureResources, out: Uint32Array, offsets: Uint32Array): number {
  const n = infos.length;
  const marks = markPhrases(resources.gazetteer, infos.map((info) => info.lower));
  const at = (i: number): Uint32Array => (i < 0 || i >= n ? EDGE_ATTRIBUTES : infos[i]!.attrs);
  let f = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = f;
    const info = infos[i]!;
    const own = info.attrs;
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
    if (info.hasUpper) {
      // Where else the document writes this word: lower-cased, capitalised mid-sentence, or neither.
      const lower = info.lower;
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
  return f;
}
