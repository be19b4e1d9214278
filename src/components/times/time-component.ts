/**
 * The times layer: dates, times, durations and sets in TimeML's TIMEX3 terms, normalised against
 * the story's date (the dateline's date, else the publication date). Finders propose candidates
 * sentence by sentence; refiners widen, merge, resolve overlaps and drop titles; each survivor's
 * value is then fixed from the reference date and the tense of its clause.
 *
 * @example
 * // In a story dated 2023-11-01, "told him on Wednesday" gives
 * // { text: 'Wednesday', type: 'DATE', value: '2023-11-01', by: 'times.v1', rule: 'weekday' }
 */
import type { Document } from '../../document/document.js';
import type { Sentence, TimeExpression } from '../../document/layers.js';
import type { Component } from '../../pipeline/component.js';
import { provenanceTag } from '../../pipeline/component.js';
import type { CivilDate } from './calendar-math.js';
import { parseIsoDate } from './calendar-math.js';
import type { Candidate, Finder, FinderContext, Refiner } from './time-candidate.js';
import type { Lexicon } from './time-lexicon.js';
import { loadLexicon } from './time-lexicon.js';
import type { TimeToken } from './time-tokens.js';
import { tokenize } from './time-tokens.js';
import { tenseAround } from './tense-detector.js';
import { dayFirstFinder, monthFirstFinder, numericDateFinder } from './date-finder.js';
import { deicticFinder, referenceWordFinder, weekdayFinder } from './weekday-finder.js';
import { agoFinder, neighbourDayFinder, shiftedPeriodFinder, yearAgoAdjectiveFinder, yearEndFinder, periodPartFinder } from './relative-finder.js';
import { durationFinder, hyphenDurationFinder, recentFinder, vagueDurationFinder } from './duration-finder.js';
import { holidayFinder } from './holiday-finder.js';
import { rateSetFinder, setWordFinder, weekdaySetFinder } from './set-finder.js';
import { bareYearFinder, centuryFinder, decadeFinder, seasonFinder } from './period-finder.js';
import { fiscalYearFinder, quarterFinder, reportedQuarterFinder, weekendFinder } from './quarter-finder.js';
import { clockFinder } from './clock-finder.js';
import { modifierRefiner } from './modifier-refiner.js';
import { mergeRefiner } from './merge-refiner.js';
import { overlapRefiner } from './overlap-refiner.js';
import { negativeRefiner } from './negative-refiner.js';

/** Every finder, tried at every token; on equal spans the earlier one in this list wins. */
export const FINDERS: readonly Finder[] = [
  numericDateFinder, monthFirstFinder, dayFirstFinder, weekdayFinder, deicticFinder,
  holidayFinder, shiftedPeriodFinder, agoFinder, neighbourDayFinder, yearAgoAdjectiveFinder, yearEndFinder, periodPartFinder, quarterFinder, reportedQuarterFinder,
  fiscalYearFinder, weekendFinder, decadeFinder, centuryFinder, seasonFinder, clockFinder,
  weekdaySetFinder, rateSetFinder, setWordFinder, durationFinder, hyphenDurationFinder,
  vagueDurationFinder, recentFinder, referenceWordFinder, bareYearFinder,
];

/**
 * Words a finder may start on besides the lexicon's phrases and any number: the trigger test
 * lets the finders skip the four tokens in five that cannot begin a time, which keeps the
 * component fast. A finder that starts on a new word must add it here.
 */
const FINDER_LEADS = [
  'the', 'last', 'past', 'previous', 'next', 'coming', 'this', 'current', 'following', 'year', 'fiscal',
  'every', 'each', 'per', 'recent', 'noon', 'midnight', 'first', 'final', 'latest', 'initial', 'remaining', "'",
];

function triggerTest(lexicon: Lexicon): (token: TimeToken) => boolean {
  const words = new Set(FINDER_LEADS);
  for (const [category, table] of Object.entries(lexicon)) {
    if (category !== 'tense') for (const word of table.keys()) words.add(word);
  }
  return (token) => token.kind === 'num' || words.has(token.word)
    || (token.capital && token.word.endsWith('s') && lexicon.weekday.has(token.word.slice(0, -1)));
}

/** Run in order: widen first so that overlaps compare whole expressions, drop titles last. */
export const REFINERS: readonly Refiner[] = [modifierRefiner, mergeRefiner, overlapRefiner, negativeRefiner];

/** The dateline's date when the dateline component has run and found one, else the publication date. */
export function referenceDate(doc: Document): CivilDate | null {
  return parseIsoDate(doc.layers.dateline?.date) ?? parseIsoDate(doc.meta.published);
}

const QUARTERLY = /\bquarter(ly)?\b/i;

type Trigger = (token: TimeToken) => boolean;

function findInSentence(text: string, sentence: Sentence, lexicon: Lexicon, quarterly: boolean, isTrigger: Trigger): { ctx: FinderContext; candidates: Candidate[] } {
  const ctx: FinderContext = { text, tokens: tokenize(text, sentence.start, sentence.end), lexicon, quarterly };
  let candidates: Candidate[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!isTrigger(ctx.tokens[i]!)) continue;
    for (const finder of FINDERS) {
      const found = finder(ctx, i);
      if (found) candidates.push(found);
    }
  }
  for (const refine of REFINERS) candidates = refine(ctx, candidates);
  return { ctx, candidates };
}

/** Finds and normalises every time expression in the document's text. */
export function findTimes(doc: Document, lexicon: Lexicon, by: string, isTrigger: Trigger = triggerTest(lexicon)): TimeExpression[] {
  const ref = referenceDate(doc);
  const sentences = doc.layers.sentences ?? [{ start: 0, end: doc.text.length, text: doc.text }];
  const quarterly = QUARTERLY.test(doc.text);
  const out: TimeExpression[] = [];
  for (const sentence of sentences) {
    const { ctx, candidates } = findInSentence(doc.text, sentence, lexicon, quarterly, isTrigger);
    for (const c of candidates) {
      const start = ctx.tokens[c.from]!.start;
      const end = ctx.tokens[c.to - 1]!.end;
      const value = c.value({ ref, tense: tenseAround(ctx, c.from, c.to) });
      out.push({ start, end, text: doc.text.slice(start, end), type: c.type, value, by, rule: c.rule });
    }
  }
  return out;
}

export function createTimeComponent(lexicon?: Lexicon): Component<'times'> {
  const component = {
    name: 'times',
    version: 'v1',
    produces: 'times' as const,
    // The dateline's date is the reference date; without one the publication date serves.
    reads: ['sentences', 'dateline'] as const,
  };
  const by = provenanceTag(component);
  let loaded: { lexicon: Lexicon; isTrigger: Trigger } | null = null;
  return {
    ...component,
    run: (doc: Document) => {
      if (!loaded) { const words = lexicon ?? loadLexicon(); loaded = { lexicon: words, isTrigger: triggerTest(words) }; }
      return findTimes(doc, loaded.lexicon, by, loaded.isTrigger);
    },
  };
}
