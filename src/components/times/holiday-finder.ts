/**
 * Holidays named in the lexicon: "Christmas", "Thanksgiving Day", "New Year's Eve", with the year
 * chosen like a month's (the tense decides which side of the story's date).
 */
import type { Candidate, FinderContext } from './time-candidate.js';
import { candidate, lookup } from './time-candidate.js';
import { addDays, isoWeekday, pad } from './calendar-math.js';
import { yearFor } from './time-resolve.js';

/** The day of a holiday in a year: a fixed "MM-DD", or "MM-Wd-n" for the nth weekday d. */
export function holidayDay(value: string, year: number): number {
  const [, day, weekday, nth] = /^\d\d-(?:(\d\d)|W(\d)-(\d))$/.exec(value) ?? [];
  if (day) return Number(day);
  const month = Number(value.slice(0, 2));
  const first = { year, month, day: 1 };
  const offset = (Number(weekday) - isoWeekday(first) + 7) % 7;
  return addDays(first, offset + 7 * (Number(nth) - 1)).day;
}

export const holidayFinder = (ctx: FinderContext, i: number): Candidate | null => {
  if (!ctx.tokens[i]?.capital) return null;
  const holiday = lookup(ctx, i, 'holiday');
  if (!holiday) return null;
  const month = Number(holiday.value.slice(0, 2));
  return candidate(i, holiday.next, 'DATE', 'holiday', (anchor) => {
    const year = yearFor(month, anchor);
    if (year === null) return /^\d\d-\d\d$/.test(holiday.value) ? `XXXX-${holiday.value}` : `XXXX-${pad(month)}`;
    return `${pad(year, 4)}-${pad(month)}-${pad(holidayDay(holiday.value, year))}`;
  });
};
