/**
 * Times of day: "14:00", "3 p.m.", "10:30 a.m. EDT", "noon", "midday", "midnight", "5 o'clock",
 * "in the morning", "mid-afternoon yesterday".
 * With no day in its sentence, a time of day falls on the last day the story has named ("shot on
 * Oct. 23 ... at 10 p.m."), else on the story's date.
 */
import type { Candidate, FinderContext, Match } from './time-candidate.js';
import { candidate, digitsAt, lookup, touches, wordAt } from './time-candidate.js';
import { addDays, formatDate, pad } from './calendar-math.js';
import { dayInFocus } from './time-resolve.js';

const PARTS: Record<string, number> = { morning: 0, afternoon: 12, evening: 12 };
const ZONES = new Set(['gmt', 'utc', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'bst', 'cet', 'cest', 'msk', 'ist', 'jst']);

/** "a.m.", "am", "p.m.", "pm" after the hour: 0 for morning, 12 for afternoon. */
function meridiem(ctx: FinderContext, i: number): { offset: number; next: number } | null {
  const word = wordAt(ctx, i);
  if (word === 'am' || word === 'pm') return { offset: word === 'pm' ? 12 : 0, next: wordAt(ctx, i + 1) === '.' && touches(ctx, i + 1) ? i + 2 : i + 1 };
  if ((word === 'a' || word === 'p') && wordAt(ctx, i + 1) === '.' && wordAt(ctx, i + 2) === 'm' && touches(ctx, i + 2)) {
    const next = wordAt(ctx, i + 3) === '.' && touches(ctx, i + 3) ? i + 4 : i + 3;
    return { offset: word === 'p' ? 12 : 0, next };
  }
  return null;
}

function clockAt(ctx: FinderContext, i: number): (Match & { hour: number; minute: number }) | null {
  const hour = digitsAt(ctx, i);
  if (hour === null || hour > 24 || ctx.tokens[i]!.word.length > 2) return null;
  let next = i + 1;
  let minute = 0;
  const colon = wordAt(ctx, next) === ':' && touches(ctx, next) && touches(ctx, next + 1) && ctx.tokens[next + 1]?.word.length === 2;
  if (colon) { minute = Number(wordAt(ctx, next + 1)); next += 2; }
  if (minute > 59) return null;
  const half = meridiem(ctx, next);
  if (half && hour <= 12) return { value: '', next: half.next, hour: (hour % 12) + half.offset, minute };
  if (wordAt(ctx, next) === 'o' && wordAt(ctx, next + 1) === "'" && wordAt(ctx, next + 2) === 'clock') return { value: '', next: next + 3, hour, minute };
  // "4 in the morning", "8 in the evening".
  const part = wordAt(ctx, next) === 'in' && wordAt(ctx, next + 1) === 'the' ? PARTS[wordAt(ctx, next + 2)] : undefined;
  if (part !== undefined && hour <= 12) return { value: '', next: next + 3, hour: (hour % 12) + part, minute };
  if (colon && wordAt(ctx, next) !== ':' && !(wordAt(ctx, next) === '-' && touches(ctx, next))) return { value: '', next, hour, minute };
  return null;
}

/** "14:00", "3 p.m.", "10:30 a.m. EDT", "noon", "midnight". */
export const clockFinder = (ctx: FinderContext, i: number): Candidate | null => {
  const word = wordAt(ctx, i);
  const named = word === 'noon' || word === 'midday' || word === 'midnight' ? { value: '', next: i + 1, hour: word === 'midnight' ? 24 : 12, minute: 0 } : null;
  const clock = named ?? clockAt(ctx, i);
  if (!clock) return null;
  const zone = ZONES.has(wordAt(ctx, clock.next)) && ctx.tokens[clock.next]!.capital ? 1 : 0;
  const time = clock.hour === 24 ? 'T24:00' : `T${pad(clock.hour)}:${pad(clock.minute)}`;
  return candidate(i, clock.next + zone, 'TIME', 'clock', (anchor) => `${dayInFocus(anchor)}${time}`);
};

/** Prepositions after which "the morning" is a time of the day under discussion. */
const PART_LEADS = new Set(['in', 'during', 'by', 'until', 'through', 'throughout']);

/**
 * A part of the day without its day: "in the morning", "by mid afternoon", "mid-afternoon
 * yesterday". It falls on the day named right after it, else on the last day the story named,
 * else on the story's date.
 */
export const partOfDayFinder = (ctx: FinderContext, i: number): Candidate | null => {
  const the = wordAt(ctx, i) === 'the';
  const mid = wordAt(ctx, i) === 'mid' ? (wordAt(ctx, i + 1) === '-' ? 2 : 1) : 0;
  if (!(the && PART_LEADS.has(wordAt(ctx, i - 1))) && !mid) return null;
  const part = lookup(ctx, i + (the ? 1 : mid), 'partofday');
  if (!part || part.value === 'NI') return null;
  const day = lookup(ctx, part.next, 'deictic');
  const offset = day && day.next === part.next + 1 ? Number(day.value) : null;
  return candidate(i, offset === null ? part.next : part.next + 1, 'TIME', 'part-of-day', (anchor) => {
    const date = offset !== null && anchor.ref ? formatDate(addDays(anchor.ref, offset)) : dayInFocus(anchor);
    return `${date}T${part.value}`;
  });
};
