/**
 * Calendar dates written out: "November 1", "Nov. 1, 2023", "1 November 2023", "March 1989",
 * "2023-11-01", "11/01/2023", "the week of March 6", and a bare month name where its context shows
 * it is a month.
 */
import type { Candidate, FinderContext, Match } from './time-candidate.js';
import { candidate, digitsAt, lookup, touches, wordAt } from './time-candidate.js';
import { formatWeek, isRealDate, pad, parseIsoDate } from './calendar-math.js';
import { monthDayValue } from './time-resolve.js';

/** Month names that are also common words: alone, they need a preposition before them (abbreviations too). */
const AMBIGUOUS_MONTHS = new Set(['may', 'march']);
/** Words after which a lone month name is a month: "in May", "since March", "mid-May". */
const MONTH_LEADS = new Set(['the', 'in', 'of', 'since', 'until', 'till', 'by', 'from', 'to', 'through', 'during', 'last', 'next', 'this', 'early', 'late', 'mid', 'before', 'after', 'between', 'on', 'and', 'or', 'throughout', 'around', 'that', 'each', 'every', 'until', '-']);

/** A year in digits after token i, optionally after a comma: "1, 2023". */
export function yearAfter(ctx: FinderContext, i: number): Match | null {
  const at = wordAt(ctx, i) === ',' ? i + 1 : i;
  const year = digitsAt(ctx, at);
  if (year === null || ctx.tokens[at]!.word.length !== 4 || year < 1000 || year > 2199) return null;
  return { value: String(year), next: at + 1 };
}

const YEAR_SHIFTS: Record<string, number> = { last: -1, this: 0, next: 1 };

/** "last year" or "of next year" after a month: the year it names, counted from the story's. */
function shiftedYearAfter(ctx: FinderContext, i: number): { by: number; next: number } | null {
  const at = wordAt(ctx, i) === 'of' || wordAt(ctx, i) === ',' ? i + 1 : i;
  const by = YEAR_SHIFTS[wordAt(ctx, at)];
  return by !== undefined && wordAt(ctx, at + 1) === 'year' ? { by, next: at + 2 } : null;
}

/** A day of the month in digits, with an optional "st/nd/rd/th" touching it. */
export function dayAt(ctx: FinderContext, i: number): Match | null {
  const day = digitsAt(ctx, i);
  if (day === null || day < 1 || day > 31 || ctx.tokens[i]!.word.length > 2) return null;
  if ((wordAt(ctx, i + 1) === ':' || wordAt(ctx, i + 1) === '-') && touches(ctx, i + 1) && ctx.tokens[i + 2]?.kind === 'num') return null;
  const suffix = /^(st|nd|rd|th)$/.test(wordAt(ctx, i + 1)) && touches(ctx, i + 1);
  return { value: String(day), next: suffix ? i + 2 : i + 1 };
}

function monthAt(ctx: FinderContext, i: number): Match | null {
  const token = ctx.tokens[i];
  if (!token?.capital) return null;
  return lookup(ctx, i, 'month');
}

/** "November 1", "Nov. 1, 2023", "November 2023", or a lone month in context. */
export const monthFirstFinder = (ctx: FinderContext, i: number): Candidate | null => {
  const month = monthAt(ctx, i);
  if (!month) return null;
  const m = Number(month.value);
  const day = dayAt(ctx, month.next);
  if (day) {
    const year = yearAfter(ctx, day.next);
    const d = Number(day.value);
    if (year) return candidate(i, year.next, 'DATE', 'month-day-year', (a) => monthDayValue(m, d, Number(year.value), a));
    const shifted = shiftedYearAfter(ctx, day.next);
    if (shifted) return candidate(i, shifted.next, 'DATE', 'month-day-year', (a) => monthDayValue(m, d, a.ref ? a.ref.year + shifted.by : null, a));
    return candidate(i, day.next, 'DATE', 'month-day', (a) => monthDayValue(m, d, null, a));
  }
  const year = yearAfter(ctx, month.next);
  if (year) return candidate(i, year.next, 'DATE', 'month-year', () => `${year.value}-${pad(m)}`);
  const shifted = shiftedYearAfter(ctx, month.next);
  if (shifted) return candidate(i, shifted.next, 'DATE', 'month-year', (a) => monthDayValue(m, null, a.ref ? a.ref.year + shifted.by : null, a));
  const word = ctx.tokens[i]!.word;
  const lead = wordAt(ctx, i - 1);
  if ((AMBIGUOUS_MONTHS.has(word) || month.abbreviation) && !MONTH_LEADS.has(lead)) return null;
  if (month.bare) return null;
  return candidate(i, month.next, 'DATE', 'month', (a) => monthDayValue(m, null, null, a));
};

/** "the week of March 6": the ISO week that holds the date. */
export const weekOfFinder = (ctx: FinderContext, i: number): Candidate | null => {
  if (wordAt(ctx, i) !== 'the' || wordAt(ctx, i + 1) !== 'week' || wordAt(ctx, i + 2) !== 'of') return null;
  const date = monthFirstFinder(ctx, i + 3) ?? dayFirstFinder(ctx, i + 3);
  if (!date || !/day/.test(date.rule)) return null;
  return candidate(i, date.to, 'DATE', 'week-of', (a) => {
    const day = parseIsoDate(date.value(a));
    return day ? formatWeek(day) : 'XXXX-WXX';
  });
};

/** "1 November", "1st of November 2023". */
export const dayFirstFinder = (ctx: FinderContext, i: number): Candidate | null => {
  const day = dayAt(ctx, i);
  if (!day) return null;
  const monthStart = wordAt(ctx, day.next) === 'of' ? day.next + 1 : day.next;
  const month = monthAt(ctx, monthStart);
  if (!month) return null;
  const m = Number(month.value);
  const d = Number(day.value);
  const year = yearAfter(ctx, month.next);
  if (year) return candidate(i, year.next, 'DATE', 'day-month-year', (a) => monthDayValue(m, d, Number(year.value), a));
  return candidate(i, month.next, 'DATE', 'day-month', (a) => monthDayValue(m, d, null, a));
};

/** "2023-11-01" and the American "11/01/2023". */
export const numericDateFinder = (ctx: FinderContext, i: number): Candidate | null => {
  const t = ctx.tokens;
  if (t[i]?.kind !== 'num' || t[i + 2]?.kind !== 'num' || t[i + 4]?.kind !== 'num') return null;
  const sep = wordAt(ctx, i + 1);
  if ((sep !== '-' && sep !== '/') || wordAt(ctx, i + 3) !== sep) return null;
  if (![1, 2, 3, 4].every((k) => touches(ctx, i + k))) return null;
  if ((t[i + 5]?.kind === 'num' || wordAt(ctx, i + 5) === sep) && touches(ctx, i + 5)) return null;
  const [a, b, c] = [t[i]!.word, t[i + 2]!.word, t[i + 4]!.word];
  let y: number; let m: number; let d: number;
  if (sep === '-' && a.length === 4 && b.length === 2 && c.length === 2) [y, m, d] = [Number(a), Number(b), Number(c)];
  else if (sep === '/' && c.length === 4 && a.length <= 2 && b.length <= 2) [y, m, d] = [Number(c), Number(a), Number(b)];
  else return null;
  if (!isRealDate(y, m, d)) return null;
  return candidate(i, i + 5, 'DATE', 'numeric-date', () => `${pad(y, 4)}-${pad(m)}-${pad(d)}`);
};

const DAY_LINKS = new Set(['and', 'or', 'to', 'through', '-', '&']);

/** The second day in "April 24 and 25" or "Nov. 3-5": the month is the first day's. */
export const coordinatedDayFinder = (ctx: FinderContext, i: number): Candidate | null => {
  const day = dayAt(ctx, i);
  if (!day || !DAY_LINKS.has(wordAt(ctx, i - 1)) || !dayAt(ctx, i - 2)) return null;
  const monthAtPrev = wordAt(ctx, i - 3) === '.' ? i - 4 : i - 3;
  const month = monthAt(ctx, monthAtPrev);
  if (!month || month.next !== i - 2) return null;
  const m = Number(month.value);
  const d = Number(day.value);
  const year = yearAfter(ctx, day.next);
  return candidate(i, year ? year.next : day.next, 'DATE', 'coordinated-day', (a) => monthDayValue(m, d, year ? Number(year.value) : null, a));
};
