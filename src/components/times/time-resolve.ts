/**
 * Turns what a finder read into a TIMEX3 value against the anchor, following news conventions:
 * past-tense reporting looks back from the story's date, future tense looks forward, and with no
 * tense to go on a month or date is the nearest one.
 */
import type { CivilDate } from './calendar-math.js';
import { addDays, formatDate, formatWeek, isoWeekday, isRealDate, pad, parseIsoDate, quarterOf, shiftMonth } from './calendar-math.js';
import type { Anchor } from './time-candidate.js';

type Direction = 'back' | 'forward' | 'nearest';

function direction(anchor: Anchor, unknown: Direction): Direction {
  if (anchor.tense === 'past') return 'back';
  if (anchor.tense === 'future') return 'forward';
  return unknown;
}

/**
 * The last day the story has named before this expression ("Oct. 23", "Friday"), or null when the
 * last calendar date it wrote is a month, a year or nothing: what "at 10 p.m." and "the previous
 * Friday" count from.
 */
export function lastNamedDay(anchor: Anchor): CivilDate | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(anchor.previous ?? '') ? parseIsoDate(anchor.previous) : null;
}

/** The last day the story named, else the story's date, as `YYYY-MM-DD` (`XXXX-XX-XX` with neither). */
export function dayInFocus(anchor: Anchor): string {
  const day = lastNamedDay(anchor) ?? anchor.ref;
  return day ? formatDate(day) : 'XXXX-XX-XX';
}

/**
 * How far, in months, a month may lie on the "wrong" side of the story's month before the tense
 * moves it a year: deadlines ("payable Dec. 15") sit in past-tense sentences in an October story.
 */
const TENSE_SLACK_MONTHS = 2;

/** The year for a month (and day) written without one, compared month by month. */
export function yearFor(month: number, anchor: Anchor): number | null {
  const ref = anchor.ref;
  if (!ref) return null;
  const dir = direction(anchor, 'nearest');
  const key = (y: number) => (y - ref.year) * 12 + month - ref.month;
  const years = [ref.year - 1, ref.year, ref.year + 1];
  if (dir === 'back') return years.filter((y) => key(y) <= TENSE_SLACK_MONTHS).pop() ?? ref.year;
  if (dir === 'forward') return years.find((y) => key(y) >= -TENSE_SLACK_MONTHS) ?? ref.year;
  // No tense to go on: the story's own year, unless that is more than half a year away.
  return years.reduce((best, y) => (Math.abs(key(y)) < Math.abs(key(best)) - 3 ? y : best), ref.year);
}

/** `2023-11-01`, `2023-11`, or `XXXX-11-01` when no anchor gives the year. */
export function monthDayValue(month: number, day: number | null, year: number | null, anchor: Anchor): string {
  const y = year ?? yearFor(month, anchor);
  const yy = y === null ? 'XXXX' : pad(y, 4);
  if (day === null) return `${yy}-${pad(month)}`;
  if (y !== null && !isRealDate(y, month, day)) return `${yy}-${pad(month)}`;
  return `${yy}-${pad(month)}-${pad(day)}`;
}

/**
 * A weekday: `shift` -1 for "last Friday", 1 for "next Friday", 0 for "this Friday", null when bare
 * (then the tense decides, and reporting defaults to the most recent such day on or before the story).
 */
export function weekdayDate(weekday: number, shift: -1 | 0 | 1 | null, anchor: Anchor): CivilDate | null {
  const ref = anchor.ref;
  if (!ref) return null;
  const back = (isoWeekday(ref) - weekday + 7) % 7;
  const ahead = (weekday - isoWeekday(ref) + 7) % 7;
  if (shift === -1) return addDays(ref, -(back === 0 ? 7 : back));
  if (shift === 1) return addDays(ref, ahead === 0 ? 7 : ahead);
  if (shift === 0) return addDays(ref, weekday - isoWeekday(ref));
  const dir = direction(anchor, 'back');
  if (dir === 'forward') return addDays(ref, ahead);
  if (dir === 'nearest' && anchor.tense === 'present' && ahead < back) return addDays(ref, ahead);
  return addDays(ref, -back);
}

export function weekdayValue(weekday: number, shift: -1 | 0 | 1 | null, anchor: Anchor): string {
  const date = weekdayDate(weekday, shift, anchor);
  return date ? formatDate(date) : `XXXX-WXX-${weekday}`;
}

/** The period `by` units away from the reference, written at that unit's granularity. */
export function shiftedPeriod(unit: string, by: number, ref: CivilDate | null): string {
  if (!ref) return by < 0 ? 'PAST_REF' : by > 0 ? 'FUTURE_REF' : 'PRESENT_REF';
  switch (unit) {
    case 'D': return formatDate(addDays(ref, by));
    case 'W': return formatWeek(addDays(ref, by * 7));
    case 'M': { const m = shiftMonth(ref.year, ref.month, by); return `${pad(m.year, 4)}-${pad(m.month)}`; }
    case 'Q': { const m = shiftMonth(ref.year, ref.month, by * 3); return `${pad(m.year, 4)}-Q${quarterOf(m.month)}`; }
    case 'DE': return String(Math.floor((ref.year + by * 10) / 10));
    case 'CE': return String(Math.floor((ref.year + by * 100) / 100));
    case 'H': case 'TM': case 'S': return formatDate(ref);
    default: return pad(ref.year + by, 4);
  }
}

/**
 * The quarter an earnings story reports on, `yearsBack` years back: the last quarter the story
 * named, else the last whole quarter before the story's date.
 */
export function reportedQuarter(anchor: Anchor, yearsBack: number): string {
  const named = /^(\d{4})-Q([1-4])$/.exec(anchor.quarter ?? '');
  if (named) return `${pad(Number(named[1]) - yearsBack, 4)}-Q${named[2]}`;
  return shiftedPeriod('Q', -1 - 4 * yearsBack, anchor.ref);
}

/** `P3D`, `PT2H`, `P20Y` (decades and centuries in years), `PXY` when vague. */
export function durationValue(count: string, unit: string): string {
  const n = count === 'X' ? 'X' : Number(count);
  if (unit === 'DE') return `P${n === 'X' ? 'X' : n * 10}Y`;
  if (unit === 'CE') return `P${n === 'X' ? 'X' : n * 100}Y`;
  if (unit === 'TM') return `PT${n}M`;
  if (unit === 'H' || unit === 'S') return `PT${n}${unit}`;
  return `P${n}${unit}`;
}

/** A year written with two digits ("'98"), read as the one nearest the reference. */
export function fullYear(twoDigits: number, ref: CivilDate | null): number {
  const base = ref ? ref.year : 2000;
  const century = Math.floor(base / 100) * 100;
  const candidates = [century - 100 + twoDigits, century + twoDigits, century + 100 + twoDigits];
  return candidates.reduce((best, y) => (Math.abs(y - base - 10) < Math.abs(best - base - 10) ? y : best));
}
