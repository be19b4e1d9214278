/**
 * Recurring times (TIMEX3 SET): "daily", "every Monday", "each July", "on Tuesdays", "every two weeks",
 * "$5 a day", "twice a year".
 */
import type { Candidate, FinderContext } from './time-candidate.js';
import { candidate, lookup, quantityAt, wordAt } from './time-candidate.js';
import { durationValue } from './time-resolve.js';

const RATE_LEADS = new Set(['%', 'percent', 'cent', 'cents', 'dollar', 'dollars', 'times', 'once', 'twice', 'pounds', 'euros', 'yuan', 'rubles', 'barrels', 'tons', 'tonnes', 'people', 'miles']);

/** The token before "a day" in "$5 a day", "twice a year", "3 percent a year". */
export function isRateLead(ctx: FinderContext, i: number): boolean {
  const token = ctx.tokens[i];
  return token !== undefined && (token.kind === 'num' || RATE_LEADS.has(token.word));
}

/** "daily", "every year", "each week". */
export const setWordFinder = (ctx: FinderContext, i: number): Candidate | null => {
  const set = lookup(ctx, i, 'set');
  if (!set) return null;
  return candidate(i, set.next, 'SET', 'set-word', () => set.value);
};

/** "every Monday", "each Friday", "on Tuesdays", "Sunday nights". */
export const weekdaySetFinder = (ctx: FinderContext, i: number): Candidate | null => {
  const every = wordAt(ctx, i) === 'every' || wordAt(ctx, i) === 'each';
  const at = every ? i + 1 : i;
  const token = ctx.tokens[at];
  if (!token?.capital) return null;
  const plural = token.word.endsWith('s') && !every ? token.word.slice(0, -1) : null;
  const entry = plural ? ctx.lexicon.weekday.get(plural)?.find((e) => e.words.length === 1) : null;
  const day = every ? lookup(ctx, at, 'weekday') : entry ? { value: entry.value, next: at + 1 } : null;
  if (!day || day.bare || (plural && plural.length <= 4)) return null;
  return candidate(i, day.next, 'SET', 'weekday-set', () => `XXXX-WXX-${day.value}`);
};

/** "each July", "every November": the month in every year. */
export const monthSetFinder = (ctx: FinderContext, i: number): Candidate | null => {
  if (wordAt(ctx, i) !== 'every' && wordAt(ctx, i) !== 'each') return null;
  const month = ctx.tokens[i + 1]?.capital ? lookup(ctx, i + 1, 'month') : null;
  if (!month || month.bare) return null;
  return candidate(i, month.next, 'SET', 'month-set', () => `XXXX-${month.value}`);
};

/** "every two weeks", "$5 a day", "twice a year", "per month". */
export const rateSetFinder = (ctx: FinderContext, i: number): Candidate | null => {
  const word = wordAt(ctx, i);
  if (word === 'every') {
    const count = quantityAt(ctx, i + 1);
    const unit = count ? lookup(ctx, count.next, 'unit') : null;
    if (!count || !unit) return null;
    return candidate(i, unit.next, 'SET', 'every-n', () => durationValue(count.value, unit.value));
  }
  if (word === 'per' || ((word === 'a' || word === 'an') && isRateLead(ctx, i - 1))) {
    const unit = lookup(ctx, i + 1, 'unit');
    if (!unit || ctx.tokens[i + 1]!.word.endsWith('s')) return null;
    return candidate(i, unit.next, 'SET', 'rate', () => durationValue('1', unit.value));
  }
  return null;
};
