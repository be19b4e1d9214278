/**
 * Named periods: years ("in 2014", "fiscal 1990"), decades ("the 1990s", "the '90s"), centuries
 * ("the 20th century"), seasons ("summer 2022"), quarters and halves ("the third quarter",
 * "third-quarter", "the first half"), and "the weekend".
 */
import type { Anchor, Candidate, FinderContext } from './time-candidate.js';
import { candidate, digitsAt, lookup, touches, wordAt } from './time-candidate.js';
import { pad } from './calendar-math.js';
import { fullYear } from './time-resolve.js';
import { yearAfter } from './date-finder.js';

/** Words before a bare year that show it is a year: "in 2014", "the 1998 budget", "Russia's 2022 war". */
const YEAR_LEADS = new Set(['a', 'an', 'in', 'since', 'by', 'until', 'till', 'of', 'from', 'to', 'through', 'during', 'before', 'after', 'early', 'late', 'mid', 'fiscal', 'year', 'the', 's', 'and', 'or', 'between', 'around', 'for', 'until', 'circa', 'throughout', 'last', 'spring', 'summer', 'fall', 'autumn', 'winter', 'end', '-', 'calendar', 'this', 'that', 'its', 'their', 'his', 'her', 'our']);
/** Tokens before a number that make it money, a rank or a code, never a year. */
const NOT_YEAR_BEFORE = new Set(['$', '#', '€', '£', '¥', 'no', 'number', 'route', 'flight', 'room', 'than', 'about', 'some', 'nearly', 'over', 'almost', 'approximately', 'roughly', 'only', 'just', 'at', 'least']);
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const SEASON_LEADS = new Set(['this', 'last', 'next', 'the', 'in', 'early', 'late', 'mid', 'since', 'until', 'by', 'during', 'of', 'that', 'before', 'after', '-']);

function numberAround(ctx: FinderContext, i: number, to: number): boolean {
  const before = ctx.tokens[i - 1];
  const after = ctx.tokens[to];
  const digitBefore = before && touches(ctx, i) && /^[-./:,]$/.test(before.word) && ctx.tokens[i - 2]?.kind === 'num';
  const digitAfter = after && touches(ctx, to) && /^[-./:%]$/.test(after.word) && (after.word === '%' || ctx.tokens[to + 1]?.kind === 'num');
  return Boolean(digitBefore || digitAfter);
}

/** A four-digit year standing alone, where the words around it show it is one. */
export const bareYearFinder = (ctx: FinderContext, i: number): Candidate | null => {
  const year = digitsAt(ctx, i);
  if (year === null || ctx.tokens[i]!.word.length !== 4 || year < 1800 || year > 2099) return null;
  if (numberAround(ctx, i, i + 1) || NOT_YEAR_BEFORE.has(wordAt(ctx, i - 1))) return null;
  const next = ctx.tokens[i + 1];
  const lead = YEAR_LEADS.has(wordAt(ctx, i - 1));
  // "Orion 1980", "Vision 2030": a year after a capitalised name is part of the name.
  const before = ctx.tokens[i - 1];
  if (!lead && before?.kind === 'word' && before.capital && i > 1 && !lookup(ctx, i - 1, 'month')) return null;
  // "2023 people": a count followed by what it counts.
  if (!lead && next?.kind === 'word' && !next.capital && !/^(and|or|to|when|after|before|as|with|in|at|on|for|is|was|were|will|had|has|that|but|the|a|he|she|it|they|we|i|election|elections|season|budget|levels?|figures?|results?|earnings|compared|versus|vs|s)$/.test(next.word)) return null;
  return candidate(i, i + 1, 'DATE', 'bare-year', () => String(year));
};

/** "the 1990s", "the '90s", "1800s" (a century when it ends in 00). */
export const decadeFinder = (ctx: FinderContext, i: number): Candidate | null => {
  const the = wordAt(ctx, i) === 'the';
  let at = the ? i + 1 : i;
  const apostrophe = wordAt(ctx, at) === "'";
  if (apostrophe) at++;
  const digits = ctx.tokens[at];
  if (digits?.kind !== 'num' || wordAt(ctx, at + 1) !== 's' || !touches(ctx, at + 1)) return null;
  if (apostrophe ? digits.word.length !== 2 : digits.word.length !== 4) return null;
  if (!digits.word.endsWith('0')) return null;
  const text = digits.word;
  return candidate(i, at + 2, 'DATE', 'decade', ({ ref }: Anchor) => {
    const year = apostrophe ? fullYear(Number(text), ref) : Number(text);
    return !apostrophe && text.endsWith('00') && year !== 2000 ? pad(year / 100, 2) : String(Math.floor(year / 10));
  });
};

/** What stands before a spelled decade: "the nineties", "the early sixties", "mid-seventies". */
const DECADE_LEADS = new Set(['the', 'early', 'mid', 'late', '-']);

/**
 * "the nineties", "the sixties": the last such decade up to the story's year ("the twenties" in a
 * 2023 story is the 2020s), in the 1900s without a story date.
 */
export const spelledDecadeFinder = (ctx: FinderContext, i: number): Candidate | null => {
  const the = wordAt(ctx, i) === 'the' ? 1 : 0;
  const word = wordAt(ctx, i + the);
  // Started on the decade itself, it needs a lead other than "the", which starts its own match.
  const lead = wordAt(ctx, i + the - 1);
  if (!DECADE_LEADS.has(lead) || (!the && lead === 'the') || !word.endsWith('ties')) return null;
  const tens = Number(ctx.lexicon.number.get(`${word.slice(0, -3)}y`)?.find((entry) => entry.words.length === 1)?.value);
  if (!(tens >= 20 && tens <= 90 && tens % 10 === 0)) return null;
  return candidate(i, i + the + 1, 'DATE', 'decade', ({ ref }: Anchor) => {
    const base = ref ? ref.year : 1999;
    const century = Math.floor(base / 100) * 100;
    return String((century + tens <= base ? century + tens : century - 100 + tens) / 10);
  });
};

/** "the 20th century", "this century". */
export const centuryFinder = (ctx: FinderContext, i: number): Candidate | null => {
  const the = wordAt(ctx, i) === 'the';
  const at = the ? i + 1 : i;
  const ordinal = /^\d{1,2}$/.test(wordAt(ctx, at)) && /^(st|nd|rd|th)$/.test(wordAt(ctx, at + 1)) ? { value: wordAt(ctx, at), next: at + 2 } : lookup(ctx, at, 'ordinal');
  if (!ordinal) return null;
  const dash = wordAt(ctx, ordinal.next) === '-' ? 1 : 0;
  if (wordAt(ctx, ordinal.next + dash) !== 'century') return null;
  return candidate(i, ordinal.next + dash + 1, 'DATE', 'century', () => pad(Number(ordinal.value) - 1, 2));
};

/** "summer", "the summer of 2022", "spring 2023", with the year from the tense when unwritten. */
export const seasonFinder = (ctx: FinderContext, i: number): Candidate | null => {
  const season = lookup(ctx, i, 'season');
  if (!season) return null;
  const ofYear = wordAt(ctx, season.next) === 'of' ? yearAfter(ctx, season.next + 1) : yearAfter(ctx, season.next);
  if (!ofYear && !SEASON_LEADS.has(wordAt(ctx, i - 1))) return null;
  const start = SEASON_START[season.value]!;
  return candidate(i, ofYear ? ofYear.next : season.next, 'DATE', 'season', ({ ref, tense }) => {
    if (ofYear) return `${ofYear.value}-${season.value}`;
    if (!ref) return `XXXX-${season.value}`;
    let year = ref.year;
    if (tense === 'past' && start > ref.month) year--;
    if (tense === 'future' && start + 2 < ref.month) year++;
    return `${pad(year, 4)}-${season.value}`;
  });
};

/** "nineteen ninety-six", "nineteen eighty": a year spoken in words, as broadcast transcripts write them. */
export const spelledYearFinder = (ctx: FinderContext, i: number): Candidate | null => {
  const century = lookup(ctx, i, 'number');
  const hundreds = century ? Number(century.value) : NaN;
  if (!century || !(hundreds >= 11 && hundreds <= 20) || century.next !== i + 1) return null;
  const tens = lookup(ctx, century.next, 'number');
  const t = tens ? Number(tens.value) : NaN;
  if (!tens || !(t >= 10 && t <= 90) || (t > 19 && t % 10 !== 0) || tens.next !== century.next + 1) return null;
  let next = tens.next;
  let ones = 0;
  const unit = t > 19 && wordAt(ctx, next) === '-' ? lookup(ctx, next + 1, 'number') : null;
  if (unit && Number(unit.value) >= 1 && Number(unit.value) <= 9 && unit.next === next + 2) { ones = Number(unit.value); next = unit.next; }
  const year = hundreds * 100 + t + ones;
  return candidate(i, next, 'DATE', 'spelled-year', () => String(year));
};
