/**
 * Times of day: "14:00", "3 p.m.", "10:30 a.m. EDT", "noon", "midday", "midnight", "5 o'clock".
 * The value is the story's date with the time, since news gives the day elsewhere.
 */
import type { Candidate, FinderContext, Match } from './time-candidate.js';
import { candidate, digitsAt, touches, wordAt } from './time-candidate.js';
import { formatDate, pad } from './calendar-math.js';

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
  return candidate(i, clock.next + zone, 'TIME', 'clock', ({ ref }) => `${ref ? formatDate(ref) : 'XXXX-XX-XX'}${time}`);
};
