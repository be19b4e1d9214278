/**
 * Joins parts of one time written side by side: "Friday, Oct. 13" is one date, "3 p.m. Tuesday"
 * and "Tuesday 3 p.m." one time on that day, "January nineteen ninety-seven" one month, "the winter
 * of nineteen ninety-four" one season.
 */
import type { Candidate, Refiner } from './time-candidate.js';
import { wordAt } from './time-candidate.js';

const DAY_RULES = new Set(['weekday', 'shifted-weekday', 'deictic', 'month-day', 'month-day-year', 'day-month', 'day-month-year', 'numeric-date']);
const DATE_RULES = new Set(['month-day', 'month-day-year', 'day-month', 'day-month-year', 'numeric-date']);

/** A month or season followed by a spoken year ("the winter of nineteen ninety-four"), and the rule they make. */
const NAMED_IN_YEAR: Record<string, string | undefined> = { month: 'month-year', season: 'season-year' };

function join(first: Candidate, second: Candidate, value: Candidate['value'], type: Candidate['type'], rule: string): Candidate {
  return { from: first.from, to: second.to, type, rule, value };
}

function timeOf(clock: Candidate): (value: string) => string {
  return (value) => value.slice(value.indexOf('T'));
}

export const mergeRefiner: Refiner = (ctx, candidates) => {
  const sorted = [...candidates].sort((a, b) => a.from - b.from || b.to - a.to);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const prev = out[out.length - 1];
    const comma = prev ? (wordAt(ctx, prev.to) === ',' ? 1 : 0) : 0;
    if (prev && prev.rule === 'weekday' && DATE_RULES.has(c.rule) && c.from === prev.to + comma) {
      out[out.length - 1] = join(prev, c, c.value, c.type, c.rule);
    } else if (prev && NAMED_IN_YEAR[prev.rule] && c.rule === 'spelled-year' && c.from === prev.to + (wordAt(ctx, prev.to) === 'of' ? 1 : 0)) {
      const named = prev;
      out[out.length - 1] = join(prev, c, (a) => `${c.value(a)}${named.value(a).slice(4)}`, 'DATE', NAMED_IN_YEAR[prev.rule]!);
    } else if (prev && prev.rule === 'clock' && DAY_RULES.has(c.rule) && c.from === prev.to) {
      const clock = prev;
      out[out.length - 1] = join(prev, c, (a) => c.value(a).slice(0, 10) + timeOf(clock)(clock.value(a)), 'TIME', 'clock-day');
    } else if (prev && DAY_RULES.has(prev.rule) && c.rule === 'clock' && c.from === prev.to + comma) {
      const day = prev;
      out[out.length - 1] = join(prev, c, (a) => day.value(a).slice(0, 10) + timeOf(c)(c.value(a)), 'TIME', 'day-clock');
    } else {
      out.push(c);
    }
  }
  return datedClocks(out);
};

/** A lone clock time takes its day from the one day named in its sentence ("at 10:35 a.m. ... Friday"). */
function datedClocks(candidates: Candidate[]): Candidate[] {
  const days = candidates.filter((c) => DAY_RULES.has(c.rule));
  const day = days.length === 1 ? days[0]! : null;
  if (!day) return candidates;
  return candidates.map((c) => (c.rule === 'clock' ? { ...c, rule: 'clock-dated', value: (a) => day.value(a).slice(0, 10) + timeOf(c)(c.value(a)) } : c));
}
