/**
 * What the name model needs to know about one distinct word, worked out once per word and kept:
 * its attribute hashes (the word, its lower case, shapes, affixes, cluster prefixes, flags) and the
 * case facts that sentence and document features test. Words repeat (Zipf), so a text's tokens
 * mostly cost one map look-up here instead of a dozen string operations each.
 *
 * @example new WordAttributeCache(clusters).info('Albusaidi') → { attrs: Uint32Array(17), lower: 'albusaidi', capitalised: true, … }
 */
import { hashRange, hashString, mixHash } from '../../nlp/feature-hash.js';
import type { CountryGazetteer, GazetteerEntry } from './country-gazetteer.js';
import { isAllCaps, isCapitalised, longShape, shortShape } from '../../nlp/word-shape.js';

/** Attribute slots of a word, in the order WordAttributeCache fills them. */
export const A = { word: 0, lower: 1, short: 2, long: 3, p1: 4, p2: 5, p3: 6, p4: 7, s1: 8, s2: 9, s3: 10, s4: 11, c4: 12, c6: 13, c10: 14, cAll: 15, flags: 16 } as const;
export const ATTRIBUTE_COUNT = 17;

/** The attributes of the non-word before the first and after the last token. */
export const EDGE_ATTRIBUTES = new Uint32Array(ATTRIBUTE_COUNT).map((_, a) => hashString(`<edge>${a}`));

/**
 * A lower-case form shared by every spelling of a word ("Apple", "apple", "APPLE"), and what the
 * document being featurised knows of it: whether it was seen written in lower case or capitalised,
 * and the contexts of its capitalised occurrences. Keeping these facts on the form, stamped with
 * the document they belong to, costs a field read per token where sets keyed by the lower-case
 * string cost a string hash each.
 */
export class WordForm {
  /** The document (WordAttributeCache.startDocument) the facts below belong to; older facts are stale. */
  document = 0;
  seenLower = false;
  seenCapitalised = false;
  /**
   * Hashes of the words around its capitalised occurrences, first seen first, without repeats: the
   * first `contextCount` entries (the array is reused from document to document, never shortened:
   * setting an array's length is a call into the runtime).
   */
  readonly contexts: number[] = [];
  contextCount = 0;
  /** The gazetteer the two fields after it were read from (see ner-features.ts). */
  gazetteer: CountryGazetteer | null = null;
  /** The country gazetteer's entry for the form as a one-word phrase, if any. */
  gazetteerEntry: GazetteerEntry | undefined = undefined;
  /** True when a longer gazetteer phrase starts with the form. */
  gazetteerPrefix = false;

  constructor(
    readonly lower: string,
    /** hashString(lower): what the contexts of the word's neighbours are made of. */
    readonly lowerHash: number,
  ) {}
}

export class WordInfo {
  /**
   * Where one model's summed word-feature scores of this word are (see WordScoreCache in
   * ner-model.ts): a slot of its table, valid while the stamp is that cache's current one. Kept on
   * the word itself so that finding them costs a field read, not a second map look-up per token.
   */
  scoreSlot = 0;
  scoreStamp = 0;

  constructor(
    readonly attrs: Uint32Array,
    /** The lower-case form this word shares with its other spellings. */
    readonly form: WordForm,
    readonly lower: string,
    /** hashString(lower): what the contexts of the word's neighbours are made of. */
    readonly lowerHash: number,
    /** The word is not its own lower case (it has an upper-case letter). */
    readonly hasUpper: boolean,
    /** Written in lower case, with letters that have a case. */
    readonly writtenLower: boolean,
    readonly capitalised: boolean,
    /** Has letters that have a case. */
    readonly cased: boolean,
    /** All its cased letters are capitals, and it is longer than one character ("NATO", "U.S."). */
    readonly shouted: boolean,
  ) {}
}

/**
 * Distinct words kept before the cache starts afresh (some 35 MB of them): Reuters-21578 has 77,000,
 * and a stream of news keeps adding numbers and rare names.
 */
const MAX_CACHE = 100_000;

/** Words whose attributes share one typed array: one buffer per word cost the garbage collector more than the words. */
const CHUNK_WORDS = 1024;

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

/** The seed of each attribute slot's hash, so that equal strings in two slots hash apart. */
const ATTRIBUTE_SEEDS = Array.from({ length: ATTRIBUTE_COUNT }, (_, a) => mixHash(0x811c9dc5, a));

/** Hashes `text.slice(start, end)` into slot `a`, with JavaScript's slice bounds (negative from the end, clamped). */
function setSlice(attrs: Uint32Array, a: number, text: string, start: number, end = text.length): void {
  const from = start < 0 ? Math.max(0, text.length + start) : Math.min(start, text.length);
  attrs[a] = hashRange(text, from, Math.max(from, Math.min(end, text.length)), ATTRIBUTE_SEEDS[a]);
}

function describeWord(word: string, lower: string, form: WordForm, clusters: ReadonlyMap<string, string>, attrs: Uint32Array): WordInfo {
  const upper = word.toUpperCase();
  const cluster = clusters.get(lower) ?? '?';
  // Prefixes and suffixes are hashed in place: slicing them made eleven strings per new word.
  setSlice(attrs, A.word, word, 0);
  setSlice(attrs, A.lower, lower, 0);
  setSlice(attrs, A.short, shortShape(word), 0);
  setSlice(attrs, A.long, longShape(word), 0);
  for (let k = 1; k <= 4; k++) {
    setSlice(attrs, A.p1 + k - 1, lower, 0, k);
    setSlice(attrs, A.s1 + k - 1, lower, -k);
  }
  setSlice(attrs, A.c4, cluster, 0, 4);
  setSlice(attrs, A.c6, cluster, 0, 6);
  setSlice(attrs, A.c10, cluster, 0, 10);
  setSlice(attrs, A.cAll, cluster, 0);
  setSlice(attrs, A.flags, flagsOf(word), 0);
  return new WordInfo(attrs, form, lower, form.lowerHash, word !== lower, word === lower && lower !== upper, isCapitalised(word), lower !== upper, isAllCaps(word) && word.length > 1);
}

/**
 * Distinct words → their WordInfo, and lower-case forms → their WordForm. Emptied between
 * documents once past MAX_CACHE words, never within one: the words of one document that share a
 * lower-case form must share its WordForm.
 */
export class WordAttributeCache {
  private readonly cache = new Map<string, WordInfo>();
  private readonly forms = new Map<string, WordForm>();
  private documents = 0;
  /** Where the next words' attributes go: `chunk[used × ATTRIBUTE_COUNT ..]`. */
  private chunk = new Uint32Array(0);
  private used = CHUNK_WORDS;

  constructor(private readonly clusters: ReadonlyMap<string, string>) {}

  /** Starts a document: returns the stamp that marks its facts on the WordForms. */
  startDocument(): number {
    if (this.cache.size >= MAX_CACHE) {
      this.cache.clear();
      this.forms.clear();
    }
    return ++this.documents;
  }

  info(token: string): WordInfo {
    const hit = this.cache.get(token);
    if (hit) return hit;
    // The cache outlives the article; tokens come detached from its text (src/nlp/tokenizer.ts), so keeping one keeps no text alive.
    const lower = token.toLowerCase();
    let form = this.forms.get(lower);
    if (!form) this.forms.set(lower, (form = new WordForm(lower, hashString(lower))));
    const info = describeWord(token, lower, form, this.clusters, this.nextAttributes());
    this.cache.set(token, info);
    return info;
  }

  /** A fresh word's attribute slots, a view of the current chunk. */
  private nextAttributes(): Uint32Array {
    if (this.used === CHUNK_WORDS) {
      this.chunk = new Uint32Array(CHUNK_WORDS * ATTRIBUTE_COUNT);
      this.used = 0;
    }
    const start = this.used++ * ATTRIBUTE_COUNT;
    return this.chunk.subarray(start, start + ATTRIBUTE_COUNT);
  }
}
