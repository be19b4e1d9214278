/**
 * Lengths of time: "three years", "the past two weeks", "the first nine months", "a 30-year bond",
 * "two more weeks", "a year and a half", "for years".
 */
import type { Candidate, FinderContext, Match } from './time-candidate.js';
import { candidate, lookup, quantityAt, touches, wordAt } from './time-candidate.js';
import { durationValue } from './time-resolve.js';
import { isRateLead } from './set-finder.js';

const LEADS = new Set(['past', 'last', 'next', 'first', 'coming', 'previous', 'final', 'latest', 'following', 'initial', 'remaining', 'recent']);
const PAST_OR_NEXT = new Set(['past', 'last', 'next', 'coming']);
const EXTRA = new Set(['more', 'additional', 'extra', 'further', 'straight', 'consecutive']);
const VAGUE_AFTER = new Set(['for', 'within', 'over', 'in', 'than', 'take', 'takes', 'took', 'lasted']);

/**
 * Rules out what only looks like a count of units: fractions ("a quarter of", "three-quarters"),
 * the ordinal "a second group", and titles with a capitalised unit ("60 Minutes").
 */
function isLength(ctx: FinderContext, count: string, countAt: number, unit: string, unitAt: number, after: number): boolean {
  if (unit === 'Q' && wordAt(ctx, after) === 'of') return false;
  if (unit === 'S' && /^(a|an)$/.test(wordAt(ctx, countAt))) return false;
  const unitToken = ctx.tokens[unitAt]!;
  if (unitToken.capital && !ctx.tokens[countAt]!.capital) return false;
  return true;
}

/** "1/2" written right after a whole number, as in "2 1/2 years". */
function isHalf(ctx: FinderContext, i: number): boolean {
  return wordAt(ctx, i) === '1' && wordAt(ctx, i + 1) === '/' && wordAt(ctx, i + 2) === '2' && touches(ctx, i + 1) && touches(ctx, i + 2);
}

/** The half unit in the next smaller one: TimeML writes "2 1/2 years" as P2Y6M, "5 1/2 hours" as PT5H30M. */
const HALVES: Record<string, (n: number) => string> = {
  Y: (n) => `P${n}Y6M`,
  D: (n) => `P${n}DT12H`,
  H: (n) => `PT${n}H30M`,
  TM: (n) => `PT${n}M30S`,
};

function halfDurationValue(n: number, unit: string): string | null {
  return HALVES[unit]?.(n) ?? null;
}

/**
 * "2 1/2 years" (`halfBefore`) or "a minute and a half": the length with its half and the token
 * after it; null when no half is written.
 */
function withHalf(ctx: FinderContext, count: string, unit: Match, halfBefore: boolean): { value: string | null; next: number } | null {
  const andHalf = wordAt(ctx, unit.next) === 'and' && wordAt(ctx, unit.next + 1) === 'a' && wordAt(ctx, unit.next + 2) === 'half';
  if (!halfBefore && !andHalf) return null;
  return { value: halfDurationValue(Number(count), unit.value), next: andHalf ? unit.next + 3 : unit.next };
}

/** "[the] [past|first] three years", "several weeks", "the past decade", "2 1/2 years", "a year and a half". */
export const durationFinder = (ctx: FinderContext, i: number): Candidate | null => {
  let at = i;
  if (wordAt(ctx, at) === 'the') at++;
  const lead = LEADS.has(wordAt(ctx, at));
  if (lead) at++;
  const count = quantityAt(ctx, at);
  if (count) {
    const half = count.value !== 'X' && isHalf(ctx, count.next);
    // "two more weeks", "an additional year", "three straight years": the count is the length.
    const extra = !half && count.value !== 'X' && EXTRA.has(wordAt(ctx, count.next)) ? 1 : 0;
    const unitAt = half ? count.next + 3 : count.next + extra;
    // "a 30-year" is an adjective; its own rule below takes it.
    if (!half && ctx.tokens[unitAt]?.kind === 'num') return null;
    const unit = lookup(ctx, unitAt, 'unit');
    // An age ("52 years old", "a 9-year-old") is not a time in the story.
    if (!unit || wordAt(ctx, unit.next) === 'old' || (wordAt(ctx, unit.next) === '-' && wordAt(ctx, unit.next + 1) === 'old')) return null;
    if (!isLength(ctx, count.value, at, unit.value, unitAt, unit.next)) return null;
    // "$5 a day" is a rate: the set finder takes it.
    if (at === i && /^(a|an)$/.test(wordAt(ctx, at)) && isRateLead(ctx, i - 1)) return null;
    const halved = count.value === 'X' ? null : withHalf(ctx, count.value, unit, half);
    const value = halved ? halved.value : durationValue(count.value, unit.value);
    if (value === null) return null;
    return candidate(i, halved ? halved.next : unit.next, 'DURATION', halved ? 'half-duration' : 'duration', () => value);
  }
  // "the past decade", "the last year": one unit back from now, as a length.
  const unit = PAST_OR_NEXT.has(wordAt(ctx, at - 1)) && wordAt(ctx, i) === 'the' ? lookup(ctx, at, 'unit') : null;
  if (unit && !ctx.tokens[at]!.word.endsWith('s')) return candidate(i, unit.next, 'DURATION', 'duration', () => durationValue('1', unit.value));
  return null;
};

const OPEN_ENDED: Record<string, string> = { recent: 'PAST_REF', past: 'PAST_REF', coming: 'FUTURE_REF', future: 'FUTURE_REF' };

/** "in recent years", "in coming months": an unbounded stretch up to now or from now. */
export const openEndedFinder = (ctx: FinderContext, i: number): Candidate | null => {
  const value = OPEN_ENDED[wordAt(ctx, i)];
  if (!value || !wordAt(ctx, i + 1).endsWith('s') || wordAt(ctx, i - 1) === 'the') return null;
  const unit = lookup(ctx, i + 1, 'unit');
  if (!unit) return null;
  return candidate(i, unit.next, 'DATE', 'open-ended', () => value);
};

/** "two-year", "30-year", "five-hour": a length used as an adjective, but not an age ("9-year-old"). */
export const hyphenDurationFinder = (ctx: FinderContext, i: number): Candidate | null => {
  const count = quantityAt(ctx, i);
  if (!count || count.value === 'X' || wordAt(ctx, count.next) !== '-' || !touches(ctx, count.next)) return null;
  const unit = lookup(ctx, count.next + 1, 'unit');
  if (!unit || !touches(ctx, count.next + 1)) return null;
  if (unit.value === 'Q' && wordAt(ctx, count.next + 1).endsWith('s')) return null;
  if (wordAt(ctx, unit.next) === '-' && wordAt(ctx, unit.next + 1) === 'old') return null;
  return candidate(i, unit.next, 'DURATION', 'hyphen-duration', () => durationValue(count.value, unit.value));
};

/** "for years", "within weeks", "decades-long": a vague length written as a bare plural. */
export const vagueDurationFinder = (ctx: FinderContext, i: number): Candidate | null => {
  const word = wordAt(ctx, i);
  if (!word.endsWith('s') || !VAGUE_AFTER.has(wordAt(ctx, i - 1))) return null;
  const unit = lookup(ctx, i, 'unit');
  if (!unit || unit.value === 'Q' || ctx.tokens[i - 1]?.kind === 'num') return null;
  if (wordAt(ctx, i + 1) === 'of' || wordAt(ctx, i + 1) === 'ago') return null;
  return candidate(i, unit.next, 'DURATION', 'vague-duration', () => durationValue('X', unit.value));
};
