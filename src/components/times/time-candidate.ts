/**
 * What finders propose and refiners work on: a run of tokens inside one sentence, its TIMEX3 type,
 * and a function that gives its value once the reference date and the clause's tense are known.
 */
import type { TimeType } from '../../document/layers.js';
import type { CivilDate } from './calendar-math.js';
import type { Lexicon, LexiconCategory } from './time-lexicon.js';
import type { TimeToken } from './time-tokens.js';

export type Tense = 'past' | 'present' | 'future' | null;

export interface Anchor {
  /** The story's date; null when neither a dateline nor a publication date gives one. */
  readonly ref: CivilDate | null;
  readonly tense: Tense;
  /**
   * The value of the last expression before this one in the document that names a calendar date
   * ("1995-05-22", "1998-06", "1988"): what "that year" and "the following month" point back to.
   */
  readonly previous?: string | null;
  /**
   * The last quarter the document has named ("the fourth quarter" → "1989-Q4"): in an earnings
   * story "the quarter", "the latest period" and "a year earlier" point back at it, whatever the
   * company's fiscal calendar.
   */
  readonly quarter?: string | null;
}

export interface Candidate {
  /** First token (index into the sentence's tokens). */
  readonly from: number;
  /** One past the last token. */
  readonly to: number;
  readonly type: TimeType;
  /** The finder or refiner that made it, e.g. "month-day". */
  readonly rule: string;
  readonly value: (anchor: Anchor) => string;
}

export interface FinderContext {
  readonly text: string;
  readonly tokens: readonly TimeToken[];
  readonly lexicon: Lexicon;
  /**
   * The story reports quarterly results: there "a year ago" and "last year" compare with the
   * same quarter a year back, as earnings reports do.
   */
  readonly quarterly: boolean;
}

/** Proposes the candidate that starts at token `i`, or null. */
export type Finder = (ctx: FinderContext, i: number) => Candidate | null;

/** Rewrites the whole candidate list of one sentence. */
export type Refiner = (ctx: FinderContext, candidates: Candidate[]) => Candidate[];

export interface Match {
  readonly value: string;
  /** The token after the match. */
  readonly next: number;
  /** An abbreviation ("Jan", "Wed"), with or without its full stop. */
  readonly abbreviation?: boolean;
  /** An abbreviation written without its full stop ("Sun", "Mar"): often another word. */
  readonly bare?: boolean;
}

/** The word of token `i`, or '' past the end. */
export function wordAt(ctx: FinderContext, i: number): string {
  return ctx.tokens[i]?.word ?? '';
}

/** True when tokens i-1 and i touch (no space between them). */
export function touches(ctx: FinderContext, i: number): boolean {
  const a = ctx.tokens[i - 1];
  const b = ctx.tokens[i];
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** The longest lexicon phrase of `category` starting at token i; an abbreviation's "." is taken too. */
export function lookup(ctx: FinderContext, i: number, category: LexiconCategory): Match | null {
  const entries = ctx.lexicon[category].get(wordAt(ctx, i));
  if (!entries) return null;
  // Plain loops, not every(): this is the component's innermost call.
  for (const entry of entries) {
    const words = entry.words;
    let k = 1;
    while (k < words.length && ctx.tokens[i + k]?.word === words[k]) k++;
    if (k < words.length) continue;
    const next = i + words.length;
    if (!entry.abbreviation) return { value: entry.value, next };
    const dot = wordAt(ctx, next) === '.' && touches(ctx, next);
    return { value: entry.value, next: dot ? next + 1 : next, abbreviation: true, bare: !dot };
  }
  return null;
}

/** A whole number written in digits at token i (no decimal point, no digit group commas). */
export function digitsAt(ctx: FinderContext, i: number): number | null {
  const token = ctx.tokens[i];
  if (token?.kind !== 'num' || token.word.length > 4) return null;
  if (wordAt(ctx, i + 1) === '.' && ctx.tokens[i + 2]?.kind === 'num' && touches(ctx, i + 2)) return null;
  if (wordAt(ctx, i + 1) === ',' && ctx.tokens[i + 2]?.kind === 'num' && touches(ctx, i + 1) && touches(ctx, i + 2)) return null;
  return Number(token.word);
}

/** A count in digits or words ("3", "three", "several"): 'X' when vague. */
export function quantityAt(ctx: FinderContext, i: number): Match | null {
  const n = digitsAt(ctx, i);
  if (n !== null) return { value: String(n), next: i + 1 };
  return lookup(ctx, i, 'number');
}

export function candidate(from: number, to: number, type: TimeType, rule: string, value: (anchor: Anchor) => string): Candidate {
  return { from, to, type, rule, value };
}
