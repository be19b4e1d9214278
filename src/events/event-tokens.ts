/**
 * The matcher's view of a sentence: word tokens with lowercase text and character offsets, and the
 * actor spans found in it (from a dictionary, or from the entities layer), as token ranges.
 */
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
  return tokenize(text, from, to).map((token) => ({
    text: token.text,
    lower: token.text.toLowerCase().replace(/\u2019/g, "'"),
    start: token.start,
    end: token.end,
  }));
}
