/**
 * Sentences that introduce a list of someone's words ("Below are Putin’s key statements that TASS
 * put together."): the quotes after one that have no cue of their own are that person's. The
 * nouns that name such a list ("statements", "remarks") are data, in data/quotes/speakers.txt.
 *
 * @example
 * findListIntros('Below are Lin’s key statements.\n\n"We will win."', sentences, words)
 *   → [{ at: 31, speaker: { start: 10, end: 13, text: 'Lin' } }]
 */
import type { Sentence } from '../../document/layers.js';
import type { Span } from '../../document/span.js';
import type { SpeakerWords } from './quote-lexicon.js';
import { isCapitalised, tokenSpan, windowOf } from './token-window.js';

export interface ListIntro {
  /** Where the introducing sentence ends: quotes after it may take its speaker. */
  readonly at: number;
  readonly speaker: Span;
}

/** An introduction is a short sentence of its own, not a clause inside a long one. */
const MAX_INTRO_CHARS = 160;
/** Words allowed between the possessive and the list noun: "Putin’s [key] statements". */
const MAX_MODIFIERS = 2;
const POSSESSIVE = /[’']s\b/;
/** How such a sentence opens ("Below are ...", "Here are ...", "The following are ..."); or it ends in a colon. */
const OPENERS = new Set(['below', 'here', 'following', 'these']);

/** The list introductions in text order. */
export function findListIntros(text: string, sentences: readonly Sentence[], words: SpeakerWords): ListIntro[] {
  const intros: ListIntro[] = [];
  for (const sentence of sentences) {
    if (sentence.end - sentence.start > MAX_INTRO_CHARS || !POSSESSIVE.test(text.slice(sentence.start, sentence.end))) continue;
    if (/["“”«»]/.test(text.slice(sentence.start, sentence.end))) continue;
    const window = windowOf(text, sentence.start, sentence.end);
    const { lower, tokens } = window;
    const first = lower[0] === 'the' ? lower[1] : lower[0];
    if (!OPENERS.has(first ?? '') && lower[lower.length - 1] !== ':') continue;
    for (let i = 1; i < lower.length; i++) {
      if (lower[i] !== '’s' && lower[i] !== "'s") continue;
      const noun = lower.slice(i + 1, i + 2 + MAX_MODIFIERS).findIndex((w) => words.statements.has(w));
      if (noun < 0) continue;
      let from = i;
      while (from > 0 && isCapitalised(tokens[from - 1]!.text) && from > i - 4) from--;
      const speaker = from < i ? tokenSpan(text, window, from, i) : null;
      if (speaker !== null) intros.push({ at: sentence.end, speaker });
      break;
    }
  }
  return intros;
}
