/**
 * Business periods common in financial news: "the third quarter", "third-quarter", "the first
 * half", "the latest quarter", "the year-ago quarter", "fiscal 1990", "the weekend".
 */
import type { Candidate, FinderContext } from './time-candidate.js';
import { candidate, digitsAt, lookup, wordAt } from './time-candidate.js';
import { addDays, formatWeek, isoWeekday, pad } from './calendar-math.js';
import { reportedQuarter } from './time-resolve.js';
import { yearAfter } from './date-finder.js';

const YEAR_SHIFTS: Record<string, number> = { last: -1, this: 0, next: 1 };

/** "this year's", "last year's", "the 1988": the year a quarter or period belongs to. */
function yearBefore(ctx: FinderContext, i: number): { next: number; year: (refYear: number | null) => number | null } | null {
  const by = YEAR_SHIFTS[wordAt(ctx, i)];
  if (by !== undefined && wordAt(ctx, i + 1) === 'year' && wordAt(ctx, i + 2) === "'" && wordAt(ctx, i + 3) === 's') {
    return { next: i + 4, year: (refYear) => (refYear === null ? null : refYear + by) };
  }
  const at = wordAt(ctx, i) === 'the' ? i + 1 : i;
  const written = digitsAt(ctx, at);
  if (written !== null && ctx.tokens[at]!.word.length === 4 && written >= 1800) return { next: at + 1, year: () => written };
  return null;
}

/** "[the] [1988|this year's] [fiscal] third[-]quarter [of 1989]", "the first half", "the last half of 1989". */
export const quarterFinder = (ctx: FinderContext, i: number): Candidate | null => {
  const owner = yearBefore(ctx, i);
  let at = owner ? owner.next : wordAt(ctx, i) === 'the' ? i + 1 : i;
  if (wordAt(ctx, at) === 'fiscal') at++;
  // "the last half of 1989" is its second half ("the last half" alone is as often a length).
  const lastHalf = wordAt(ctx, at) === 'last' && wordAt(ctx, at + 1) === 'half' && at > i;
  const ordinal = lastHalf ? { value: '2', next: at + 1 } : lookup(ctx, at, 'ordinal');
  if (!ordinal) return null;
  const dash = wordAt(ctx, ordinal.next) === '-' ? 1 : 0;
  const noun = wordAt(ctx, ordinal.next + dash);
  const n = Number(ordinal.value);
  if (!((noun === 'quarter' && n <= 4) || (noun === 'half' && n <= 2))) return null;
  const end = ordinal.next + dash + 1;
  const ofYear = wordAt(ctx, end) === 'of' ? yearAfter(ctx, end + 1) : null;
  if (lastHalf && !ofYear) return null;
  const code = noun === 'quarter' ? `Q${n}` : `H${n}`;
  return candidate(i, ofYear ? ofYear.next : end, 'DATE', noun, ({ ref }) => {
    if (ofYear) return `${ofYear.value}-${code}`;
    const year = owner ? owner.year(ref ? ref.year : null) : ref ? ref.year : null;
    return year === null ? `XXXX-${code}` : `${pad(year, 4)}-${code}`;
  });
};

const LATEST = new Set(['latest', 'recent', 'most', 'just', 'past']);

/** "the quarter", "the latest quarter", "the year-ago quarter": the last quarter reported on. */
export const reportedQuarterFinder = (ctx: FinderContext, i: number): Candidate | null => {
  const owner = yearBefore(ctx, i);
  if (wordAt(ctx, i) !== 'the' && !owner) return null;
  let at = owner ? owner.next : i + 1;
  let yearBack = 0;
  if (LATEST.has(wordAt(ctx, at))) at++;
  if (wordAt(ctx, at) === 'year' && wordAt(ctx, at + 1) === '-' && /^(ago|earlier)$/.test(wordAt(ctx, at + 2))) { at += 3; yearBack = 1; }
  if (wordAt(ctx, at) !== 'quarter' && !(at > i + 1 && wordAt(ctx, at) === 'period')) return null;
  if (wordAt(ctx, at + 1) === 'of' || wordAt(ctx, at + 1) === '-') return null;
  return candidate(i, at + 1, 'DATE', 'reported-quarter', (anchor) => {
    const ref = anchor.ref;
    if (!ref) return 'XXXX-QX';
    const last = reportedQuarter(anchor, yearBack);
    const year = owner?.year(ref.year);
    return year == null ? last : `${pad(year, 4)}${last.slice(4)}`;
  });
};

/** "fiscal 1990", "fiscal year 1990". */
export const fiscalYearFinder = (ctx: FinderContext, i: number): Candidate | null => {
  if (wordAt(ctx, i) !== 'fiscal') return null;
  const at = wordAt(ctx, i + 1) === 'year' ? i + 2 : i + 1;
  const year = digitsAt(ctx, at);
  if (year === null || ctx.tokens[at]!.word.length !== 4) return null;
  return candidate(i, at + 1, 'DATE', 'fiscal-year', () => String(year));
};

/** "the weekend": the one just past in reporting, the coming one when the clause looks ahead. */
export const weekendFinder = (ctx: FinderContext, i: number): Candidate | null => {
  if (wordAt(ctx, i) !== 'the' || wordAt(ctx, i + 1) !== 'weekend') return null;
  return candidate(i, i + 2, 'DATE', 'weekend', ({ ref, tense }) => {
    if (!ref) return 'XXXX-WXX-WE';
    const weekday = isoWeekday(ref);
    const back = tense !== 'future' && weekday < 6 ? -7 : 0;
    return `${formatWeek(addDays(ref, back))}-WE`;
  });
};


const YEAR_KINDS = new Set(['full', 'fiscal', 'calendar', 'current']);

/**
 * "the year", "the full year", "the fiscal year ended Sept. 30": in business reporting the story's
 * year, or a year's length when it is said where it ends; "the year two thousand" is 2000.
 */
export const theYearFinder = (ctx: FinderContext, i: number): Candidate | null => {
  if (wordAt(ctx, i) !== 'the') return null;
  let at = i + 1;
  if (wordAt(ctx, at) === 'latest') at++;
  while (YEAR_KINDS.has(wordAt(ctx, at)) && at < i + 4) at++;
  if (wordAt(ctx, at) !== 'year') return null;
  if (wordAt(ctx, at + 1) === 'two' && wordAt(ctx, at + 2) === 'thousand') return candidate(i, at + 3, 'DATE', 'the-year', () => '2000');
  if (/^(ended|ending|ends|to)$/.test(wordAt(ctx, at + 1))) return candidate(i, at + 1, 'DURATION', 'the-year', () => 'P1Y');
  if (/^(before|after|earlier|later|ago|'|-)$/.test(wordAt(ctx, at + 1))) return null;
  const back = wordAt(ctx, i + 1) === 'latest' ? 1 : 0;
  return candidate(i, at + 1, 'DATE', 'the-year', ({ ref }) => (ref ? pad(ref.year - back, 4) : 'XXXX'));
};
