/**
 * Token windows and the word tests the finders share. Closed-class words (auxiliaries,
 * prepositions, clause openers) are grammar rather than lexicon, so they live here in code.
 */
import type { Span } from '../../document/span.js';
import { spanOf } from '../../document/span.js';
import type { Token } from '../../document/layers.js';
import { tokenize } from '../../nlp/tokenizer.js';
import type { CueMatch, TokenWindow } from './quote-candidate.js';
import type { QuoteLexicon } from './quote-lexicon.js';

export function windowOf(text: string, from: number, to: number): TokenWindow {
  return windowOfTokens(tokenize(text, from, to));
}

/** The window over tokens already made (a whole sentence's, from src/nlp/sentence-tokens.ts). */
export function windowOfTokens(tokens: readonly Token[]): TokenWindow {
  return { tokens, lower: tokens.map((t) => t.text.toLowerCase()) };
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A token that is not a word: punctuation, quote marks, dashes (the possessive "'s" is a word). */
export function isPunct(word: string): boolean {
  if (word === '’s' || word === "'s") return false;
  return !LETTER_OR_DIGIT.test(word[0] ?? '');
}

export function isCapitalised(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLowerCase();
}

/** Words between a speaker and its cue that belong to neither: "has also repeatedly said". */
export const AUXILIARY = new Set([
  'has', 'have', 'had', 'also', 'further', 'then', 'later', 'repeatedly', 'earlier', 'previously', 'reportedly',
  'once', 'again', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'did', 'does', 'do', 'not', "n't",
  'never', 'recently', 'just', 'already', 'still', 'often', 'always', 'only', 'first', 'last', 'was', 'were',
  'is', 'are', 'been', 'be', 'being', 'all', 'both', 'too', 'even',
]);

/** Forms of "to be" that make a following participle passive ("it was reported"). */
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** Words that open a clause: a speaker never runs back past them. */
export const CLAUSE_WORDS = new Set([
  'that', 'which', 'who', 'whom', 'when', 'while', 'because', 'as', 'if', 'after', 'before', 'since',
  'although', 'though', 'where', 'so', 'but', 'or', 'than', 'whether', 'what', 'how', 'why', 'until', 'unless',
]);

/** Words a speaker phrase may start with that belong to the sentence, not the speaker. */
export const LEADING_FILLER = new Set([
  'and', 'but', 'yet', 'later', 'then', 'earlier', 'meanwhile', 'also', 'now', 'still', 'however', 'instead',
  'today', 'yesterday', 'so', 'thus', 'separately', 'finally', 'first', 'in', 'on', 'at',
]);

/** Words that end a phrase running forwards: prepositions of place, time and manner, clause words. */
export const FORWARD_STOPS = new Set([
  'as', 'in', 'on', 'at', 'during', 'who', 'which', 'when', 'while', 'after', 'before', 'adding', 'according',
  'that', 'via', 'from', 'about', 'over', 'by', 'to', 'last', 'this', 'earlier', 'later', 'yesterday', 'today',
  'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'and', 'but', 'if',
  'because', 'with', 'for', 'where', 'since', 'though', 'although', 'amid',
]);

const CLAUSE_SUBJECTS = new Set(['that', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'the', 'a', 'an', 'this', 'his', 'her', 'their', 'its']);

/** A stance verb reports content only before a clause: "believes that", "thinks he", "found the". */
export function opensClause(window: TokenWindow, at: number): boolean {
  const token = window.tokens[at];
  return token !== undefined && (CLAUSE_SUBJECTS.has(window.lower[at]!) || isCapitalised(token.text));
}

/** Sentence-ending tokens. */
export function isTerminal(word: string): boolean {
  return word === '.' || word === '!' || word === '?' || word === ';' || word === '...';
}

/**
 * A sentence end at token `i` of the window: a terminal mark not followed by a comma or a
 * lower-case word, which show an abbreviation ("Mitch McConnell, R-Ky., said").
 */
export function endsSentenceAt(window: TokenWindow, i: number): boolean {
  if (!isTerminal(window.lower[i]!)) return false;
  if (window.lower[i] !== '.') return true;
  const next = window.tokens[i + 1]?.text;
  // "(I-Vt.)": an abbreviation's full stop inside brackets.
  return next === undefined || !(next === ',' || next === ')' || (!isPunct(next) && !isCapitalised(next) && !/^\d/.test(next)));
}

/** Most words capitalised: a headline in title case or capitals, where verbs are capitalised too. */
function isTitleCase(window: TokenWindow): boolean {
  let words = 0;
  let capitals = 0;
  for (const token of window.tokens) {
    if (isPunct(token.text)) continue;
    words++;
    if (isCapitalised(token.text)) capitals++;
  }
  return capitals >= 0.6 * words;
}

/**
 * A capitalised cue word inside running text is a name, not a verb ("the United States", "the
 * Post"): it counts only first in the window, after punctuation other than a comma (a colon, a
 * dash, a quotation mark), or in a title-case headline.
 */
function nameNotCue(window: TokenWindow, i: number, titleCase: () => boolean): boolean {
  if (i === 0 || !isCapitalised(window.tokens[i]!.text)) return false;
  const previous = window.lower[i - 1]!;
  if (isPunct(previous) && previous !== ',') return false;
  return !titleCase();
}

/** Words before which a participle is an adjective: "the pledged delegates", "12 declared candidates". */
const ADJECTIVE_CONTEXT = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'every', 'each']);

function adjectiveNotCue(window: TokenWindow, i: number): boolean {
  const word = window.lower[i]!;
  if (!word.endsWith('ed') && !word.endsWith('en')) return false;
  const previous = window.lower[i - 1] ?? '';
  return ADJECTIVE_CONTEXT.has(previous) || /^\d/.test(previous);
}

/** True when a verb cue's form starts at token `i` ("said", "pointed out"; not "according to"). */
export function verbCueAt(window: TokenWindow, lexicon: QuoteLexicon, i: number): boolean {
  const entries = lexicon.cues.get(window.lower[i] ?? '');
  return entries !== undefined && entries.some((e) => !e.flags.has('prep') && e.words.every((w, k) => window.lower[i + k] === w));
}

/** Every cue form in the window, left to right, longest form first, never overlapping. */
export function findCues(window: TokenWindow, lexicon: QuoteLexicon, from = 0, to = window.tokens.length): CueMatch[] {
  const found: CueMatch[] = [];
  const { lower } = window;
  let titleCase: boolean | null = null;
  const headline = (): boolean => (titleCase ??= isTitleCase(window));
  for (let i = from; i < to; i++) {
    const entries = lexicon.cues.get(lower[i]!);
    if (entries === undefined || nameNotCue(window, i, headline) || adjectiveNotCue(window, i)) continue;
    const entry = entries.find((e) => e.words.every((w, k) => i + k < to && lower[i + k] === w));
    if (entry === undefined) continue;
    found.push({ from: i, to: i + entry.words.length, entry });
    i += entry.words.length - 1;
  }
  return found;
}

/** The span from token `from` to token `to` (exclusive), or null when empty. */
export function tokenSpan(text: string, window: TokenWindow, from: number, to: number): Span | null {
  if (to <= from) return null;
  return spanOf(text, window.tokens[from]!.start, window.tokens[to - 1]!.end);
}
