/**
 * The matcher's view of a sentence: word tokens with lowercase text and character offsets, and the
 * actor spans found in it (from a dictionary, or from the entities layer), as token ranges.
 */
import type { Token } from '../document/layers.js';
import { tokenize } from '../nlp/tokenizer.js';

export interface EventToken {
  readonly text: string;
  /** Lowercase, with curly apostrophes straightened. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

/** An actor standing in the sentence, tokens `[first, last]` inclusive. */
export interface ActorMatch {
  readonly first: number;
  readonly last: number;
  /** The actor code (`GON`, `GONMIL`) or, from entities, the country code with any sector. */
  readonly code: string;
  readonly name: string;
  readonly country: string | null;
  readonly sector: string | null;
  readonly entity: string | null;
}

export function eventTokens(text: string, from = 0, to = text.length): EventToken[] {
  return toEventTokens(tokenize(text, from, to));
}

/** The matcher's view of tokens already made (see src/nlp/sentence-tokens.ts); `lowers` are their keys when already computed. */
export function toEventTokens(tokens: readonly Token[], lowers?: readonly string[]): EventToken[] {
  return tokens.map((token, k) => ({
    text: token.text,
    lower: lowers?.[k] ?? lowerKey(token.text),
    start: token.start,
    end: token.end,
  }));
}

/** Lowercase with curly apostrophes straightened; the replace runs only where there is one (rarely). */
export function lowerKey(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
}
