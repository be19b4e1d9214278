/**
 * The words of each sentence with their offsets and lookup keys, and the knowledge-base pieces
 * among them: the view of the text that title reading, mention extension and coreference share.
 *
 * @example sentenceWords(doc, kb)[0].pieces // => [country "Chinese", title "Foreign Minister", …]
 */
import type { Document } from '../document/document.js';
import { sentenceTokens } from '../nlp/sentence-tokens.js';
import type { ActorKnowledge } from './actor-knowledge.js';
import type { Piece } from './phrase-pieces.js';
import { findPieces } from './phrase-pieces.js';

export interface SentenceWords {
  readonly start: number;
  readonly end: number;
  readonly keys: readonly string[];
  readonly texts: readonly string[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly pieces: readonly Piece[];
}

export function sentenceWords(doc: Document, kb: ActorKnowledge): SentenceWords[] {
  const sentences = doc.layers.sentences ?? [{ start: 0, end: doc.text.length, text: doc.text }];
  const tokenised = sentenceTokens(doc.text, sentences);
  // Most texts have no curly apostrophe: one search of the text spares one per word.
  const curly = doc.text.includes('’');
  return sentences.map((s, index) => {
    // One pass over the tokens, filling arrays of the right length: this runs over every word of the text.
    const tokens = tokenised[index]!;
    const keys = new Array<string>(tokens.length);
    const texts = new Array<string>(tokens.length);
    const starts = new Array<number>(tokens.length);
    const ends = new Array<number>(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      keys[i] = (curly && t.text.includes('’') ? t.text.replace(/’/g, "'") : t.text).toLowerCase();
      texts[i] = t.text;
      starts[i] = t.start;
      ends[i] = t.end;
    }
    return { start: s.start, end: s.end, keys, texts, starts, ends, pieces: findPieces(keys, kb, texts) };
  });
}

/** The sentence holding character `at`, or undefined; sentences are in text order and never overlap, so a binary search. */
export function sentenceAt(sentences: readonly SentenceWords[], at: number): SentenceWords | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const s = sentences[middle]!;
    if (at < s.start) high = middle - 1;
    else if (at >= s.end) low = middle + 1;
    else return s;
  }
  return undefined;
}

/** Index of the first word starting at or after `at`. */
export function wordIndexAt(s: SentenceWords, at: number): number {
  let i = 0;
  while (i < s.starts.length && s.starts[i]! < at) i++;
  return i;
}
