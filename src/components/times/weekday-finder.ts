/**
 * Weekdays and the days named relative to the story: "Wednesday", "last Friday", "Friday evening",
 * "the previous Friday", "yesterday", "tonight", "this morning", and the present/past/future words
 * ("now", "recently").
 */
import type { Candidate, FinderContext } from './time-candidate.js';
import { candidate, lookup, wordAt } from './time-candidate.js';
import { addDays, formatDate } from './calendar-math.js';
import { lastNamedDay, weekdayDate } from './time-resolve.js';

const SHIFTS: Record<string, -1 | 0 | 1> = { last: -1, past: -1, previous: -1, next: 1, coming: 1, this: 0, following: 1 };
/** "the previous Friday", "the following Monday": counted from the day under discussion, not from the story. */
const ANAPHORIC_SHIFTS = new Set(['previous', 'following']);

/**
 * The parts of the day that make "Friday evening" a TIME (`2023-11-03TEV`), as TimeML writes it.
 * "Friday night" and "Friday morning" stay the day itself, a DATE: the corpora write them both
 * ways, the day more often (measured on TempEval-3: adding "...TNI" or "...TMO" loses more than it wins).
 */
const TIMED_PARTS = new Set(['EV', 'AF']);

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
  const timed = part !== null && TIMED_PARTS.has(part.value);
  const anaphoric = ANAPHORIC_SHIFTS.has(wordAt(ctx, i)) && wordAt(ctx, i - 1) === 'the';
  // "following" is a shift only after "the"; "following Monday's vote" is a participle.
  if (!anaphoric && wordAt(ctx, i) === 'following') return null;
  return candidate(anaphoric ? i - 1 : i, to, timed ? 'TIME' : 'DATE', shift === undefined ? 'weekday' : 'shifted-weekday', (anchor) => {
    const from = anaphoric ? lastNamedDay(anchor) : null;
    const date = weekdayDate(weekday, shift ?? null, from ? { ...anchor, ref: from } : anchor);
    const day = date ? formatDate(date) : `XXXX-WXX-${weekday}`;
    return timed ? `${day}T${part.value}` : day;
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

/** Quote marks that may open a sentence before its first word. */
const OPENING_QUOTES = new Set(['"', '“', '`', "'"]);

/** "Now, ..." opening a sentence: a discourse marker that moves the argument on, not a time. */
function isDiscourseMarker(ctx: FinderContext, i: number, next: number): boolean {
  for (let k = 0; k < i; k++) if (!OPENING_QUOTES.has(wordAt(ctx, k))) return false;
  return wordAt(ctx, next) === ',';
}

/** "now", "currently", "recently", "the future". */
export const referenceWordFinder = (ctx: FinderContext, i: number): Candidate | null => {
  const ref = lookup(ctx, i, 'ref');
  if (!ref || (ref.value === 'PRESENT_REF' && isDiscourseMarker(ctx, i, ref.next))) return null;
  return candidate(i, ref.next, 'DATE', 'reference-word', () => ref.value);
};

const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'can', 'shall', 'll']);

/** "will one day be": "one day" after a modal is an unspecified future day, FUTURE_REF, not a length. */
export const someDayFinder = (ctx: FinderContext, i: number): Candidate | null => {
  if (wordAt(ctx, i) !== 'one' || wordAt(ctx, i + 1) !== 'day' || !MODALS.has(wordAt(ctx, i - 1))) return null;
  return candidate(i, i + 2, 'DATE', 'some-day', () => 'FUTURE_REF');
};
