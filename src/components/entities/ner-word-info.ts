/**
 * What the name model needs to know about one distinct word, worked out once per word and kept:
 * its attribute hashes (the word, its lower case, shapes, affixes, cluster prefixes, flags) and the
 * case facts that sentence and document features test. Words repeat (Zipf), so a text's tokens
 * mostly cost one map look-up here instead of a dozen string operations each.
 *
 * @example new WordAttributeCache(clusters).info('Albusaidi') → { attrs: Uint32Array(17), lower: 'albusaidi', capitalised: true, … }
 */
import { hashString, mixHash } from '../../nlp/feature-hash.js';
import { isAllCaps, isCapitalised, longShape, shortShape } from '../../nlp/word-shape.js';

/** Attribute slots of a word, in the order WordAttributeCache fills them. */
export const A = { word: 0, lower: 1, short: 2, long: 3, p1: 4, p2: 5, p3: 6, p4: 7, s1: 8, s2: 9, s3: 10, s4: 11, c4: 12, c6: 13, c10: 14, cAll: 15, flags: 16 } as const;
export const ATTRIBUTE_COUNT = 17;

/** The attributes of the non-word before the first and after the last token. */
export const EDGE_ATTRIBUTES = new Uint32Array(ATTRIBUTE_COUNT).map((_, a) => hashString(`<edge>${a}`));

export class WordInfo {
  /**
   * The summed word-feature scores of one model (see WordScoreCache in ner-model.ts), kept on the
   * word itself so that finding them costs a field read, not a second map look-up per token.
   */
  scores: Float64Array | null = null;
  /** The cache that computed `scores`: a word shared by two models is rescored, never mixed up. */
  scoresOwner: object | null = null;

  constructor(
    readonly attrs: Uint32Array,
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

const MAX_CACHE = 300_000;

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

function describeWord(word: string, clusters: ReadonlyMap<string, string>): WordInfo {
  const lower = word.toLowerCase();
  const upper = word.toUpperCase();
  const cluster = clusters.get(lower) ?? '?';
  const values = [word, lower, shortShape(word), longShape(word), lower.slice(0, 1), lower.slice(0, 2), lower.slice(0, 3), lower.slice(0, 4),
    lower.slice(-1), lower.slice(-2), lower.slice(-3), lower.slice(-4), cluster.slice(0, 4), cluster.slice(0, 6), cluster.slice(0, 10), cluster, flagsOf(word)];
  const attrs = new Uint32Array(ATTRIBUTE_COUNT);
  for (let a = 0; a < ATTRIBUTE_COUNT; a++) attrs[a] = hashString(values[a]!, mixHash(0x811c9dc5, a));
  return new WordInfo(attrs, lower, hashString(lower), word !== lower, word === lower && lower !== upper, isCapitalised(word), lower !== upper, isAllCaps(word) && word.length > 1);
}

/** Distinct words → their WordInfo, emptied when it grows past MAX_CACHE words. */
export class WordAttributeCache {
  private readonly cache = new Map<string, WordInfo>();

  constructor(private readonly clusters: ReadonlyMap<string, string>) {}

  info(word: string): WordInfo {
    const hit = this.cache.get(word);
    if (hit) return hit;
    if (this.cache.size >= MAX_CACHE) this.cache.clear();
    const info = describeWord(word, this.clusters);
    this.cache.set(word, info);
    return info;
  }
}
