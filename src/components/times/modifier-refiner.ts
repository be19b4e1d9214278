/**
 * Widens a candidate over the words that modify it without changing its value, as TimeML spans
 * do: "early next year", "mid-November", "the end of 2023", "earlier this month", "about a decade",
 * "more than four decades ago".
 */
import type { Candidate, FinderContext, Refiner } from './time-candidate.js';
import { wordAt } from './time-candidate.js';

/** Modifiers written before any date, longest first, as word sequences. */
const POINT_MODIFIERS: readonly (readonly string[])[] = [
  ['the', 'end', 'of'], ['the', 'beginning', 'of'], ['the', 'start', 'of'], ['the', 'middle', 'of'],
  ['the', 'first', 'half', 'of'], ['the', 'second', 'half', 'of'], ['end', 'of'], ['mid', '-'],
  ['earlier', 'in'], ['later', 'in'], ['early'], ['late'], ['earlier'], ['later'], ['mid'],
];
/** Modifiers written before a length or an "ago": they qualify the amount. */
const AMOUNT_MODIFIERS: readonly (readonly string[])[] = [
  ['more', 'than'], ['less', 'than'], ['at', 'least'], ['up', 'to'], ['about'], ['nearly'], ['almost'], ['roughly'], ['some'], ['over'],
];

/** True when the tokens from `from` on spell `words`; a plain loop, as this runs per candidate and modifier. */
function spells(ctx: FinderContext, from: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (wordAt(ctx, from + k) !== words[k]) return false;
  return true;
}

function widen(ctx: FinderContext, c: Candidate, modifiers: readonly (readonly string[])[]): Candidate {
  for (const words of modifiers) {
    const from = c.from - words.length;
    if (from >= 0 && spells(ctx, from, words)) return { ...c, from };
  }
  return c;
}

export const modifierRefiner: Refiner = (ctx, candidates) => candidates.map((c) => {
  if (c.type === 'DATE' && c.rule !== 'ago' && c.rule !== 'reference-word') return widen(ctx, c, POINT_MODIFIERS);
  if (c.type === 'DURATION' || c.rule === 'ago') return widen(ctx, c, AMOUNT_MODIFIERS);
  return c;
});
