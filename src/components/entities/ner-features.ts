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
import type { CountryGazetteer, GazetteerKind } from './country-gazetteer.js';
import type { WordForm, WordInfo } from './ner-word-info.js';
import { A, ATTRIBUTE_COUNT, EDGE_ATTRIBUTES, WordAttributeCache } from './ner-word-info.js';

export { EDGE_ATTRIBUTES, WordAttributeCache };

export interface FeatureResources {
  /** Lower-case word → cluster bit path ("0110101"). */
  readonly clusters: ReadonlyMap<string, string>;
  readonly gazetteer: CountryGazetteer;
}

/** The attributes of the words around a token that are its features (the token's own word gives all of them). */
export const WINDOW_ATTRIBUTES = [A.lower, A.short, A.c6, A.cAll] as const;

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

/** The feature every token's own word gives, whatever the word (a bias per tag). */
export const OWN_WORD_BIAS = mixHash(1, 0);

/** The feature of attribute slot `a` (A) of the token's own word. */
export function ownAttributeFeature(attribute: number, a: number): number {
  return mixHash(attribute, 100 + a);
}

/** The feature of attribute slot `a` (one of WINDOW_ATTRIBUTES) of the word `d` positions from the token. */
export function neighbourAttributeFeature(attribute: number, d: number, a: number): number {
  return mixHash(attribute, 200 + (d + 2) * 20 + a);
}

/** The features a word contributes to a token when it stands `d` positions from it (d in WINDOW). */
export function wordFeatures(attrs: Uint32Array, d: number, out: number[] = []): number[] {
  if (d === 0) {
    out.push(OWN_WORD_BIAS);
    for (let a = 0; a < ATTRIBUTE_COUNT; a++) out.push(ownAttributeFeature(attrs[a]!, a));
  } else {
    for (const a of WINDOW_ATTRIBUTES) out.push(neighbourAttributeFeature(attrs[a]!, d, a));
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

/**
 * Records on each word's form (WordForm, stamped with `document`) what the document says of it:
 * written in lower case or capitalised mid-sentence (not sentence-initially), and the hashes of the
 * words before and after its capitalised occurrences.
 */
function documentFacts(sentences: readonly (readonly WordInfo[])[], headline: readonly boolean[], document: number): void {
  for (const infos of sentences) {
    for (const info of infos) {
      const form = info.form;
      if (form.document === document) continue;
      form.document = document;
      form.seenLower = false;
      form.seenCapitalised = false;
      form.contextCount = 0;
    }
  }
  sentences.forEach((infos, s) => {
    for (let i = 0; i < infos.length; i++) {
      const info = infos[i]!;
      const form = info.form;
      if (i > 0 && !headline[s]) {
        if (info.writtenLower) form.seenLower = true;
        else if (info.capitalised) form.seenCapitalised = true;
      }
      if (!info.capitalised) continue;
      if (form.contextCount >= MAX_CONTEXTS * 2) continue;
      addContext(form, mixHash(i > 0 ? infos[i - 1]!.lowerHash : SENTENCE_START_HASH, 901));
      addContext(form, mixHash(i + 1 < infos.length ? infos[i + 1]!.lowerHash : SENTENCE_END_HASH, 902));
    }
  });
}

/** Adds a context hash to the form's current ones unless it is there already. */
function addContext(form: WordForm, value: number): void {
  const contexts = form.contexts;
  const count = form.contextCount;
  for (let c = 0; c < count; c++) if (contexts[c] === value) return;
  contexts[count] = value;
  form.contextCount = count + 1;
}

/**
 * Buffers that featurising one document after another can reuse, for a caller that is done with
 * one document's features before it asks for the next (the recogniser; not training, which keeps
 * them all). A typed array of more than a few bytes is a costly allocation, and its memory outside
 * the heap brings the garbage collector round sooner.
 */
export class FeatureBuffers {
  feats = new Uint32Array(0);
  offsets = new Uint32Array(0);
}

/**
 * Features of every sentence of one document (a document is a list of sentences of words). With
 * `buffers`, the features are views into them, valid until the next call with the same buffers.
 */
export function documentFeatures(sentences: readonly (readonly string[])[], resources: FeatureResources, cache: WordAttributeCache, buffers?: FeatureBuffers): SentenceFeatures[] {
  const infos = sentences.map((words) => words.map((w) => cache.info(w)));
  const headline = infos.map(isHeadline);
  documentFacts(infos, headline, cache.startDocument());
  // One buffer for the whole document's features and one for its offsets, each sentence a view
  // into them: a document has dozens of sentences.
  const tokens = infos.reduce((sum, words) => sum + words.length, 0);
  const featSize = tokens * MAX_FEATURES_PER_TOKEN;
  const offsetSize = tokens + sentences.length;
  if (buffers && buffers.feats.length < featSize) buffers.feats = new Uint32Array(Math.max(featSize, 2 * buffers.feats.length));
  if (buffers && buffers.offsets.length < offsetSize) buffers.offsets = new Uint32Array(Math.max(offsetSize, 2 * buffers.offsets.length));
  const feats = buffers ? buffers.feats : new Uint32Array(featSize);
  const offsets = buffers ? buffers.offsets : new Uint32Array(offsetSize);
  let featStart = 0;
  let offsetStart = 0;
  return sentences.map((words, s) => {
    const n = words.length;
    const sentenceOffsets = offsets.subarray(offsetStart, offsetStart + n + 1);
    const count = sentenceFeatures(infos[s]!, headline[s]!, resources, feats.subarray(featStart), sentenceOffsets);
    const features = { words, infos: infos[s]!, feats: feats.subarray(featStart, featStart + count), offsets: sentenceOffsets };
    featStart += count;
    offsetStart += n + 1;
    return features;
  });
}

const MAX_FEATURES_PER_TOKEN = 16 + MAX_CONTEXTS * 2;

// Gazetteer marks as feature codes: 1 country-B, 2 country-I, 3 demonym-B, 4 demonym-I, 5 capital-B, 6 capital-I.
const MARK_BASE: Readonly<Record<GazetteerKind, number>> = { country: 1, demonym: 3, capital: 5 };

/** The form's one-word gazetteer entry and whether a longer phrase starts with it, read once per form. */
function readGazetteer(form: WordForm, gazetteer: CountryGazetteer): void {
  if (form.gazetteer === gazetteer) return;
  form.gazetteer = gazetteer;
  form.gazetteerEntry = gazetteer.phrases.get(form.lower);
  form.gazetteerPrefix = gazetteer.prefixes.has(form.lower);
}

/**
 * Marks each token covered by the longest country-gazetteer phrase starting at or before it, as
 * codes written into `marks[1 .. n]` (0: no mark; MARK_BASE per kind, +1 inside a phrase);
 * one-word look-ups come from the forms.
 */
function markCodes(gazetteer: CountryGazetteer, infos: readonly WordInfo[], marks: Uint8Array): void {
  const n = infos.length;
  let i = 0;
  while (i < n) {
    const form = infos[i]!.form;
    readGazetteer(form, gazetteer);
    let matched = 0;
    let entry = form.gazetteerEntry;
    if (entry) matched = 1;
    if (form.gazetteerPrefix) {
      let key = form.lower;
      for (let len = 2; len <= gazetteer.maxTokens && i + len <= n; len++) {
        key = `${key} ${infos[i + len - 1]!.lower}`;
        const found = gazetteer.phrases.get(key);
        if (found) {
          matched = len;
          entry = found;
        }
        if (!gazetteer.prefixes.has(key)) break;
      }
    }
    if (entry) {
      const base = MARK_BASE[entry.kind];
      for (let k = 0; k < matched; k++) marks[i + k + 1] = k === 0 ? base : base + 1;
      i += matched;
    } else {
      i++;
    }
  }
}

let markBuffer = new Uint8Array(64);

/** Writes one sentence's contextual features into `out` and their token offsets into `offsets`; returns how many. */
function sentenceFeatures(infos: readonly WordInfo[], headline: boolean, resources: FeatureResources, out: Uint32Array, offsets: Uint32Array): number {
  const n = infos.length;
  if (markBuffer.length < n + 2) markBuffer = new Uint8Array(2 * n + 2);
  const marks = markBuffer.fill(0, 0, n + 2);
  markCodes(resources.gazetteer, infos, marks);
  let f = 0;
  let bigramAfter = mixHash(EDGE_ATTRIBUTES[A.lower]!, n > 0 ? infos[0]!.attrs[A.lower]! : 0);
  for (let i = 0; i < n; i++) {
    offsets[i] = f;
    const info = infos[i]!;
    const own = info.attrs;
    const prev = i > 0 ? infos[i - 1]!.attrs : EDGE_ATTRIBUTES;
    const next = i + 1 < n ? infos[i + 1]!.attrs : EDGE_ATTRIBUTES;
    // The bigram after token i is the bigram before token i + 1: its hash is mixed once.
    const bigramBefore = bigramAfter;
    bigramAfter = mixHash(own[A.lower]!, next[A.lower]!);
    out[f++] = mixHash(bigramBefore, 301);
    out[f++] = mixHash(bigramAfter, 302);
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
      const form = info.form;
      const state = (form.seenLower ? 1 : 0) | (form.seenCapitalised ? 2 : 0) | (headline ? 4 : 0) | (i === 0 ? 8 : 0);
      out[f++] = mixHash(state, 501);
      out[f++] = mixHash(mixHash(state, own[A.short]!), 502);
      const contexts = form.contexts;
      for (let c = 0; c < form.contextCount; c++) out[f++] = mixHash(contexts[c]!, 503);
    }
    // marks[i + 1] is token i's mark; marks[0] and marks[n + 1] stand for the edges (no mark).
    for (let d = -1; d <= 1; d++) {
      const mark = marks[i + 1 + d]!;
      if (mark !== 0) out[f++] = mixHash(mark, 600 + d);
    }
  }
  offsets[n] = f;
  return f;
}
