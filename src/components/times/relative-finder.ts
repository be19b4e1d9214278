/**
 * Periods counted from the story's date: "last week", "this year", "next month", "last November",
 * "two years ago", "a year earlier", "the day before".
 */
import type { Candidate, FinderContext } from './time-candidate.js';
import { candidate, lookup, quantityAt, wordAt } from './time-candidate.js';
import { addDays, formatDate, formatWeek, pad } from './calendar-math.js';
import { durationValue, shiftedPeriod } from './time-resolve.js';

const SHIFT_WORDS: Record<string, number> = { last: -1, previous: -1, next: 1, this: 0, current: 0, coming: 1, following: 1 };

/** "last week", "this year", "next month", "last weekend", "this summer", "last November". */
export const shiftedPeriodFinder = (ctx: FinderContext, i: number): Candidate | null => {
  const by = SHIFT_WORDS[wordAt(ctx, i)];
  if (by === undefined || (wordAt(ctx, i) !== 'this' && wordAt(ctx, i - 1) === 'the')) return null;
  const unit = lookup(ctx, i + 1, 'unit');
  if (unit && ctx.tokens[i + 1]!.word.endsWith('s') === false) {
    return candidate(i, unit.next, 'DATE', 'shifted-period', ({ ref }) => shiftedPeriod(unit.value, by, ref));
  }
  if (wordAt(ctx, i + 1) === 'weekend') {
    return candidate(i, i + 2, 'DATE', 'shifted-weekend', ({ ref }) => (ref ? `${formatWeek(addDays(ref, by * 7))}-WE` : 'XXXX-WXX-WE'));
  }
  const season = lookup(ctx, i + 1, 'season');
  if (season) {
    return candidate(i, season.next, 'DATE', 'shifted-season', ({ ref }) => (ref ? `${pad(ref.year + by, 4)}-${season.value}` : `XXXX-${season.value}`));
  }
  const month = ctx.tokens[i + 1]?.capital ? lookup(ctx, i + 1, 'month') : null;
  if (month && by !== 0) {
    const m = Number(month.value);
    return candidate(i, month.next, 'DATE', 'shifted-month', ({ ref }) => {
      if (!ref) return `XXXX-${month.value}`;
      const year = by < 0 ? (m < ref.month ? ref.year : ref.year - 1) : (m > ref.month ? ref.year : ref.year + 1);
      return `${pad(year, 4)}-${month.value}`;
    });
  }
  if (month) return candidate(i, month.next, 'DATE', 'this-month-name', ({ ref }) => (ref ? `${pad(ref.year, 4)}-${month.value}` : `XXXX-${month.value}`));
  return null;
};

const AGO_WORDS: Record<string, number> = { ago: -1, earlier: -1, before: -1, later: 1, hence: 1 };
const YEARS_OR_MORE = new Set(['Y', 'DE', 'CE']);

/** "two years ago", "a year earlier", "a decade ago"; and "three days later" as the length P3D. */
export const agoFinder = (ctx: FinderContext, i: number): Candidate | null => {
  const count = quantityAt(ctx, i);
  const unit = count ? lookup(ctx, count.next, 'unit') : null;
  if (!count || !unit) return null;
  const sign = AGO_WORDS[wordAt(ctx, unit.next)];
  if (sign === undefined) return null;
  // "three days later", "a day earlier", "30 days before closing": counted from an event, not
  // from the story, so TimeML marks the length alone. Years keep the date reading ("a year earlier").
  const word = wordAt(ctx, unit.next);
  if (word !== 'ago' && word !== 'hence' && !YEARS_OR_MORE.has(unit.value)) {
    return candidate(i, unit.next, 'DURATION', 'event-offset', () => durationValue(count.value, unit.value));
  }
  const n = count.value === 'X' ? null : Number(count.value) * sign;
  const isClock = unit.value === 'H' || unit.value === 'TM' || unit.value === 'S';
  // "profit rose from $5 million a year earlier" in a sentence about a quarter means that quarter a year back.
  // Only "a year": "five years ago" in an earnings story is still a year.
  const quarterly = unit.value === 'Y' && count.value === '1' && ctx.quarterly;
  return candidate(i, unit.next + 1, 'DATE', 'ago', ({ ref }) => {
    if (n === null || !ref) return sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
    if (isClock) return formatDate(ref);
    if (quarterly) return shiftedPeriod('Q', n * 4 - 1, ref);
    return shiftedPeriod(unit.value, n, ref);
  });
};

const DAY_AFTER: Record<string, number> = { before: -1, earlier: -1, after: 1, later: 1 };
const DAY_SHIFT: Record<string, number> = { previous: -1, next: 1, following: 1, same: 0 };

/** "the day before", "the next day", "the following week": dated from the story, a best guess. */
export const neighbourDayFinder = (ctx: FinderContext, i: number): Candidate | null => {
  if (wordAt(ctx, i) !== 'the') return null;
  const shift = DAY_SHIFT[wordAt(ctx, i + 1)];
  if (shift !== undefined && (wordAt(ctx, i + 2) === 'day' || wordAt(ctx, i + 2) === 'morning')) {
    return candidate(i, i + 3, 'DATE', 'neighbour-day', ({ ref }) => (ref ? formatDate(addDays(ref, shift)) : 'XXXX-XX-XX'));
  }
  const after = DAY_AFTER[wordAt(ctx, i + 2)];
  if (wordAt(ctx, i + 1) === 'day' && after !== undefined) {
    return candidate(i, i + 3, 'DATE', 'neighbour-day', ({ ref }) => (ref ? formatDate(addDays(ref, after)) : 'XXXX-XX-XX'));
  }
  return null;
};

/** "year-earlier", "year-ago" used as adjectives: the same period a year back. */
export const yearAgoAdjectiveFinder = (ctx: FinderContext, i: number): Candidate | null => {
  if (wordAt(ctx, i) !== 'year' || wordAt(ctx, i + 1) !== '-' || !/^(earlier|ago)$/.test(wordAt(ctx, i + 2))) return null;
  const quarterly = ctx.quarterly;
  return candidate(i, i + 3, 'DATE', 'year-ago', ({ ref }) => (ref ? shiftedPeriod(quarterly ? 'Q' : 'Y', quarterly ? -5 : -1, ref) : 'PAST_REF'));
};

/** "year-end", "year's end": the end of the story's year. */
export const yearEndFinder = (ctx: FinderContext, i: number): Candidate | null => {
  if (wordAt(ctx, i) !== 'year') return null;
  const hyphen = wordAt(ctx, i + 1) === '-' && wordAt(ctx, i + 2) === 'end';
  const possessive = wordAt(ctx, i + 1) === "'" && wordAt(ctx, i + 2) === 's' && wordAt(ctx, i + 3) === 'end';
  if (!hyphen && !possessive) return null;
  // TimeML dates the end of a year as its last day; "since year-end" looks back to the last one.
  const back = wordAt(ctx, i - 1) === 'since';
  return candidate(i, hyphen ? i + 3 : i + 4, 'DATE', 'year-end', ({ ref }) => (ref ? `${pad(ref.year - (back ? 1 : 0), 4)}-12-31` : 'XXXX-12-31'));
};

const PERIOD_PARTS = new Set(['end', 'beginning', 'start', 'middle', 'rest']);

/** "the year" in "by the end of the year": the story's year (the modifier refiner takes "the end of"). */
export const periodPartFinder = (ctx: FinderContext, i: number): Candidate | null => {
  if (wordAt(ctx, i) !== 'the' || wordAt(ctx, i - 1) !== 'of' || !PERIOD_PARTS.has(wordAt(ctx, i - 2))) return null;
  const unit = lookup(ctx, i + 1, 'unit');
  if (!unit || wordAt(ctx, i + 1).endsWith('s') || !/^(W|M|Q|Y|DE|CE)$/.test(unit.value)) return null;
  return candidate(i, unit.next, 'DATE', 'period-part', ({ ref }) => shiftedPeriod(unit.value, 0, ref));
};
