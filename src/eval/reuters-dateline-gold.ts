/**
 * The gold of a Reuters-21578 `<DATELINE>`: the place as written and the month and day, e.g.
 * "    ROCHESTER, N.Y., Feb 26 - " → { place: 'ROCHESTER, N.Y.', month: 2, day: 26 }. Parsed here on
 * its own, without the component's tables, so that the evaluation does not grade the component
 * against itself.
 */
import { trimChars } from '../util/trim-chars.js';

export interface GoldDateline {
  readonly place: string;
  readonly month: number | null;
  readonly day: number | null;
}

const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// A month word and a day before a dash ("Feb 26 -", "March  2, Reuter -"), or a day and a month
// ("2 March -"). A misspelt month ("Narch 2") still ends the place; its date is then unknown.
const MONTH_DAY = /(?:^|[\s,])([A-Za-z]{3,9})\.? *(\d{1,3})(?:, *Reuters?)?[\s,]*-/g;
const DAY_MONTH = /(?:^|[\s,])(\d{1,2}) ([A-Za-z]{3,9})[\s,]*-/g;

function monthOf(word: string): number {
  return MONTH_PREFIXES.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

/** The first written date: its offset, month and day; some <DATELINE>s run on into the body. */
function firstDate(head: string): { at: number; month: number | null; day: number | null } | null {
  for (const match of head.matchAll(MONTH_DAY)) {
    const month = monthOf(match[1]!);
    const day = Number(match[2]);
    if (month > 0 && day <= 31) return { at: match.index, month, day };
    return { at: match.index, month: null, day: null };
  }
  for (const match of head.matchAll(DAY_MONTH)) {
    const month = monthOf(match[2]!);
    if (month > 0) return { at: match.index, month, day: Number(match[1]) };
  }
  return null;
}

export function parseGoldDateline(written: string): GoldDateline {
  // Some datelines are led by asterisks ("****LONDON, March 5 -"), which are no part of the place.
  const head = written.trim().replace(/^[*•\s]+/, '');
  const date = firstDate(head);
  if (date === null) {
    const dash = head.indexOf(' -');
    return { place: trimChars(dash < 0 ? head : head.slice(0, dash), ' ,-', 'end'), month: null, day: null };
  }
  return { place: trimChars(head.slice(0, date.at), ' ,-', 'end'), month: date.month, day: date.day };
}

/** The ISO day of the gold dateline: its month and day in the year of the story's `<DATE>`. */
export function goldDate(gold: GoldDateline, published: string | null): string | null {
  if (gold.month === null || gold.day === null || published === null) return null;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${published.slice(0, 4)}-${pad(gold.month)}-${pad(gold.day)}`;
}
