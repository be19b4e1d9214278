/**
 * Weekdays and the days named relative to the story: "Wednesday", "last Friday", "Friday night",
 * "yesterday", "tonight", "this morning", and the present/past/future words ("now", "recently").
 */
import type { Candidate, FinderContext } from './time-candidate.js';
import { candidate, lookup, wordAt } from './time-candidate.js';
import { addDays, formatDate } from './calendar-math.js';
import { weekdayDate } from './time-resolve.js';

const SHIFTS: Record<string, -1 | 0 | 1> = { last: -1, past: -1, previous: -1, next: 1, coming: 1, this: 0 };

/** "[last|next|this] Friday [morning]". */
export const weekdayFinder = (ctx: FinderContext, i: number): Candidate | null => {
  const shift = SHIFTS[wordAt(ctx, i)];
  const at = shift === undefined ? i : i + 1;
  const token = ctx.tokens[at];
  const day = token?.capital ? lookup(ctx, at, 'weekday') : null;
  if (!day || day.bare) return null;
  const weekday = Number(day.value);
  const part = lookup(ctx, day.next, 'partofday');
  const to = part ? part.next : day.next;
  // TimeBank mostly writes "Friday night" as the day itself, a DATE (measured: adding the part of
  // the day, "...TNI", loses more than it wins); the part of the day stays in the span.
  return candidate(i, to, 'DATE', shift === undefined ? 'weekday' : 'shifted-weekday', (anchor) => {
    const date = weekdayDate(weekday, shift ?? null, anchor);
    return date ? formatDate(date) : `XXXX-WXX-${weekday}`;
  });
};

/** "yesterday", "tomorrow morning", "tonight", "last night". */
export const deicticFinder = (ctx: FinderContext, i: number): Candidate | null => {
  const day = lookup(ctx, i, 'deictic');
  if (!day) return null;
  const phraseEnd = day.next;
  const following = lookup(ctx, phraseEnd, 'partofday');
  const partInPhrase = lookup(ctx, phraseEnd - 1, 'partofday');
  const part = following ?? partInPhrase;
  const to = following ? following.next : phraseEnd;
  const offset = Number(day.value);
  return candidate(i, to, part ? 'TIME' : 'DATE', 'deictic', ({ ref }) => {
    if (!ref) return offset < 0 ? 'PAST_REF' : offset > 0 ? 'FUTURE_REF' : 'PRESENT_REF';
    const base = formatDate(addDays(ref, offset));
    return part ? `${base}T${part.value}` : base;
  });
};

/** "now", "currently", "recently", "the future". */
export const referenceWordFinder = (ctx: FinderContext, i: number): Candidate | null => {
  const ref = lookup(ctx, i, 'ref');
  if (!ref) return null;
  // "now" opening a clause as a discourse marker ("Now, ...") still marks the present in TimeML.
  return candidate(i, ref.next, 'DATE', 'reference-word', () => ref.value);
};

const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'can', 'shall', 'll']);

/** "will one day be": "one day" after a modal is an unspecified future day, FUTURE_REF, not a length. */
export const someDayFinder = (ctx: FinderContext, i: number): Candidate | null => {
  if (wordAt(ctx, i) !== 'one' || wordAt(ctx, i + 1) !== 'day' || !MODALS.has(wordAt(ctx, i - 1))) return null;
  return candidate(i, i + 2, 'DATE', 'some-day', () => 'FUTURE_REF');
};
