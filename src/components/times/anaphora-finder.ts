/**
 * Times that point back at a date the story has just given rather than at the story's own date:
 * "that year", "later that year", "the following month", "that same day". TimeML dates them from
 * the time they hang on (its anchorTimeID); here that is the last calendar date written before them
 * in the document, and the story's date when there is none.
 *
 * @example after "On May 22, 1995, Farkas was promoted", "the following year" is 1996.
 */
import type { Anchor, Candidate, FinderContext } from './time-candidate.js';
import { candidate, wordAt } from './time-candidate.js';
import { addDays, formatDate, pad, shiftMonth } from './calendar-math.js';
import { shiftedPeriod } from './time-resolve.js';

/** The units an anaphoric phrase may name, with their unit letter. */
const UNITS: Record<string, 'Y' | 'M' | 'D'> = { year: 'Y', month: 'M', day: 'D' };
const THE_SHIFTS: Record<string, number> = { following: 1, next: 1, previous: -1, preceding: -1 };

/** The shifted period at the granularity of `unit`, counted from `previous`; null when it is too coarse. */
function fromPrevious(previous: string, unit: 'Y' | 'M' | 'D', by: number): string | null {
  const [y, m, d] = previous.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return null;
  if (unit === 'Y') return pad(y + by, 4);
  if (m === undefined) return null;
  if (unit === 'M') { const s = shiftMonth(y, m, by); return `${pad(s.year, 4)}-${pad(s.month)}`; }
  if (d === undefined) return null;
  return formatDate(addDays({ year: y, month: m, day: d }, by));
}

function anaphoricValue(unit: 'Y' | 'M' | 'D', by: number) {
  return ({ ref, previous }: Anchor): string => (previous ? fromPrevious(previous, unit, by) : null) ?? shiftedPeriod(unit, by, ref);
}

/** "[later|earlier] that [same] year|month", "later that day", "that same day", "the following|previous year|month". */
export const anaphoricFinder = (ctx: FinderContext, i: number): Candidate | null => {
  const first = wordAt(ctx, i);
  if (first === 'the') {
    const by = THE_SHIFTS[wordAt(ctx, i + 1)];
    const unit = UNITS[wordAt(ctx, i + 2)];
    // "the following day" stays with the neighbour-day rule, which dates it from the story.
    if (by === undefined || unit === undefined || unit === 'D') return null;
    return candidate(i, i + 3, 'DATE', 'anaphoric', anaphoricValue(unit, by));
  }
  const at = first === 'later' || first === 'earlier' ? i + 1 : i;
  if (wordAt(ctx, at) !== 'that') return null;
  const same = wordAt(ctx, at + 1) === 'same' ? 1 : 0;
  const unit = UNITS[wordAt(ctx, at + 1 + same)];
  // A bare "that day" is as often generic ("strong redemptions that day") as a date.
  if (unit === undefined || (unit === 'D' && at === i && same === 0)) return null;
  return candidate(i, at + 2 + same, 'DATE', 'anaphoric', anaphoricValue(unit, 0));
};
