/**
 * Periods counted from the story's date: "last week", "this year", "this past spring",
 * "last November", "two years ago", "a year earlier"; and "the day before", counted from the day
 * the story is talking about.
 */
import type { Candidate, FinderContext } from './time-candidate.js';
import { candidate, lookup, quantityAt, wordAt } from './time-candidate.js';
import { addDays, formatDate, formatWeek, pad } from './calendar-math.js';
import { durationValue, lastNamedDay, reportedQuarter, shiftedPeriod } from './time-resolve.js';
import { dayAt } from './date-finder.js';

const SHIFT_WORDS: Record<string, number> = { last: -1, previous: -1, next: 1, this: 0, current: 0, coming: 1, following: 1 };

/** "last week", "this year", "next month", "last weekend", "this summer", "last November". */
export const shiftedPeriodFinder = (ctx: FinderContext, i: number): Candidate | null => {
  const by = SHIFT_WORDS[wordAt(ctx, i)];
  // "the next week" is a length, but "the current quarter" is this one.
  if (by === undefined || (by !== 0 && wordAt(ctx, i - 1) === 'the')) return null;
  const unit = lookup(ctx, i + 1, 'unit');
  if (unit && ctx.tokens[i + 1]!.word.endsWith('s') === false) {
    return candidate(i, unit.next, 'DATE', 'shifted-period', ({ ref }) => shiftedPeriod(unit.value, by, ref));
  }
  if (wordAt(ctx, i + 1) === 'weekend') {
    return candidate(i, i + 2, 'DATE', 'shifted-weekend', ({ ref }) => (ref ? `${formatWeek(addDays(ref, by * 7))}-WE` : 'XXXX-WXX-WE'));
  }
  // "this past spring": the one of the story's year that has gone by.
  const pastSeason = by === 0 && wordAt(ctx, i + 1) === 'past' ? 1 : 0;
  const season = lookup(ctx, i + 1 + pastSeason, 'season');
  if (season) {
    return candidate(i, season.next, 'DATE', 'shifted-season', ({ ref }) => (ref ? `${pad(ref.year + by, 4)}-${season.value}` : `XXXX-${season.value}`));
  }
  const month = ctx.tokens[i + 1]?.capital ? lookup(ctx, i + 1, 'month') : null;
  if (month && by !== 0) {
    const m = Number(month.value);
    // "last Oct. 23": that day of the month named.
    const day = dayAt(ctx, month.next);
    return candidate(i, day ? day.next : month.next, 'DATE', 'shifted-month', ({ ref }) => {
      const dayPart = day ? `-${pad(Number(day.value))}` : '';
      if (!ref) return `XXXX-${month.value}${dayPart}`;
      const year = by < 0 ? (m < ref.month ? ref.year : ref.year - 1) : (m > ref.month ? ref.year : ref.year + 1);
      return `${pad(year, 4)}-${month.value}${dayPart}`;
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
  // "a week or so ago": the hedge sits inside the expression.
  const hedge = wordAt(ctx, unit.next) === 'or' && wordAt(ctx, unit.next + 1) === 'so' ? 2 : 0;
  const word = wordAt(ctx, unit.next + hedge);
  const sign = AGO_WORDS[word];
  if (sign === undefined || (hedge && word !== 'ago')) return null;
  // "three days later", "a day earlier", "30 days before closing": counted from an event, not
  // from the story, so TimeML marks the length alone. Years keep the date reading ("a year earlier").
  if (word !== 'ago' && word !== 'hence' && !YEARS_OR_MORE.has(unit.value)) {
    return candidate(i, unit.next, 'DURATION', 'event-offset', () => durationValue(count.value, unit.value));
  }
  const n = count.value === 'X' ? null : Number(count.value) * sign;
  const isClock = unit.value === 'H' || unit.value === 'TM' || unit.value === 'S';
  // "profit rose from $5 million a year earlier" in a sentence about a quarter means that quarter a year back.
  // Only "a year": "five years ago" in an earnings story is still a year.
  const quarterly = unit.value === 'Y' && count.value === '1' && ctx.quarterly;
  return candidate(i, unit.next + hedge + 1, 'DATE', 'ago', (anchor) => {
    const ref = anchor.ref;
    if (n === null || !ref) return sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
    if (isClock) return formatDate(ref);
    if (quarterly) return reportedQuarter(anchor, -n);
    return shiftedPeriod(unit.value, n, ref);
  });
};

const DAY_AFTER: Record<string, number> = { before: -1, earlier: -1, after: 1, later: 1 };
const DAY_SHIFT: Record<string, number> = { previous: -1, next: 1, following: 1, same: 0 };

/**
 * "the day before", "the next day", "the following morning": counted from the day under discussion
 * (the last day the story named, TimeML's anchor time), else from the story's date.
 */
export const neighbourDayFinder = (ctx: FinderContext, i: number): Candidate | null => {
  if (wordAt(ctx, i) !== 'the') return null;
  const shift = DAY_SHIFT[wordAt(ctx, i + 1)];
  if (shift !== undefined && (wordAt(ctx, i + 2) === 'day' || wordAt(ctx, i + 2) === 'morning')) return neighbourDay(i, i + 3, shift);
  const after = DAY_AFTER[wordAt(ctx, i + 2)];
  if (wordAt(ctx, i + 1) === 'day' && after !== undefined) return neighbourDay(i, i + 3, after);
  return null;
};

/** "today is the eighth day of the blockade", "it's the second day of an offensive": the story's date. */
export const countedDayFinder = (ctx: FinderContext, i: number): Candidate | null => {
  if (wordAt(ctx, i) !== 'the' || !(wordAt(ctx, i - 1) === 'is' || (wordAt(ctx, i - 1) === 's' && wordAt(ctx, i - 2) === "'"))) return null;
  const ordinal = lookup(ctx, i + 1, 'ordinal');
  if (!ordinal || wordAt(ctx, ordinal.next) !== 'day' || wordAt(ctx, ordinal.next + 1) !== 'of') return null;
  return candidate(i, ordinal.next + 1, 'DATE', 'counted-day', ({ ref }) => (ref ? formatDate(ref) : 'PRESENT_REF'));
};

function neighbourDay(from: number, to: number, shift: number): Candidate {
  return candidate(from, to, 'DATE', 'neighbour-day', (anchor) => {
    const day = lastNamedDay(anchor) ?? anchor.ref;
    return day ? formatDate(addDays(day, shift)) : 'XXXX-XX-XX';
  });
}

/** "year-earlier", "year-ago" used as adjectives: the same period a year back. */
export const yearAgoAdjectiveFinder = (ctx: FinderContext, i: number): Candidate | null => {
  if (wordAt(ctx, i) !== 'year' || wordAt(ctx, i + 1) !== '-' || !/^(earlier|ago)$/.test(wordAt(ctx, i + 2))) return null;
  const quarterly = ctx.quarterly;
  return candidate(i, i + 3, 'DATE', 'year-ago', (anchor) => {
    if (!anchor.ref) return 'PAST_REF';
    return quarterly ? reportedQuarter(anchor, 1) : shiftedPeriod('Y', -1, anchor.ref);
  });
};

/**
 * "year-end", "year's end", "year end": the end of the story's year. The compound "year-end" is the
 * closing date, the year's last day (`1989-12-31`); "year's end" and "year end" are said like "the
 * end of the year", which TimeML writes as the year itself (`1989`, with mod END).
 */
export const yearEndFinder = (ctx: FinderContext, i: number): Candidate | null => {
  if (wordAt(ctx, i) !== 'year') return null;
  const hyphen = wordAt(ctx, i + 1) === '-' && wordAt(ctx, i + 2) === 'end';
  const possessive = wordAt(ctx, i + 1) === "'" && wordAt(ctx, i + 2) === 's' && wordAt(ctx, i + 3) === 'end';
  const open = wordAt(ctx, i + 1) === 'end' && YEAR_END_LEADS.has(wordAt(ctx, i - 1));
  if (!hyphen && !possessive && !open) return null;
  // "since year-end" looks back to the last one.
  const back = wordAt(ctx, i - 1) === 'since' ? 1 : 0;
  const to = hyphen ? i + 3 : possessive ? i + 4 : i + 2;
  return candidate(i, to, 'DATE', 'year-end', ({ ref }) => {
    const year = ref ? pad(ref.year - back, 4) : 'XXXX';
    return hyphen ? `${year}-12-31` : year;
  });
};

/** Words before "year end" written as two words that show it is a time: "by year end". */
const YEAR_END_LEADS = new Set(['by', 'at', 'around', 'since', 'until', 'before', 'after', 'near', 'toward', 'towards', 'of', 'the']);

const PERIOD_PARTS = new Set(['end', 'beginning', 'start', 'middle', 'rest']);

/** "the year" in "by the end of the year": the story's year (the modifier refiner takes "the end of"). */
export const periodPartFinder = (ctx: FinderContext, i: number): Candidate | null => {
  if (wordAt(ctx, i) !== 'the' || wordAt(ctx, i - 1) !== 'of' || !PERIOD_PARTS.has(wordAt(ctx, i - 2))) return null;
  const unit = lookup(ctx, i + 1, 'unit');
  if (!unit || wordAt(ctx, i + 1).endsWith('s') || !/^(W|M|Q|Y|DE|CE)$/.test(unit.value)) return null;
  return candidate(i, unit.next, 'DATE', 'period-part', ({ ref }) => shiftedPeriod(unit.value, 0, ref));
};
