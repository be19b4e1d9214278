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
import type { Lexicon, LexiconCategory } from './time-lexicon.js';
import { loadLexicon } from './time-lexicon.js';
import type { TimeToken } from './time-tokens.js';
import { tokenize } from './time-tokens.js';
import { tenseAround } from './tense-detector.js';
import { dayFirstFinder, monthFirstFinder, numericDateFinder } from './date-finder.js';
import { deicticFinder, referenceWordFinder, weekdayFinder } from './weekday-finder.js';
import { agoFinder, neighbourDayFinder, shiftedPeriodFinder, yearAgoAdjectiveFinder, yearEndFinder, periodPartFinder } from './relative-finder.js';
import { durationFinder, hyphenDurationFinder, openEndedFinder, vagueDurationFinder } from './duration-finder.js';
import { holidayFinder } from './holiday-finder.js';
import { rateSetFinder, setWordFinder, weekdaySetFinder } from './set-finder.js';
import { bareYearFinder, centuryFinder, decadeFinder, seasonFinder, spelledYearFinder } from './period-finder.js';
import { fiscalYearFinder, quarterFinder, reportedQuarterFinder, theYearFinder, weekendFinder } from './quarter-finder.js';
import { clockFinder } from './clock-finder.js';
import { modifierRefiner } from './modifier-refiner.js';
import { mergeRefiner } from './merge-refiner.js';
import { overlapRefiner } from './overlap-refiner.js';
import { negativeRefiner } from './negative-refiner.js';

/**
 * Where a finder can start: a number token ("#num"), a word of a lexicon category ("@month"), a
 * capitalised plural weekday ("#weekdays"), or a literal word.
 */
type Start = '#num' | '#weekdays' | `@${LexiconCategory}` | string;

/**
 * Every finder with the tokens it may start on, in order: on equal spans the earlier one wins.
 * Dispatching on the first token keeps the component fast; a finder that starts on a new word
 * must list it here (its tests will say so).
 */
export const FINDERS: readonly (readonly [Finder, readonly Start[]])[] = [
  [numericDateFinder, ['#num']],
  [monthFirstFinder, ['@month']],
  [dayFirstFinder, ['#num']],
  [weekdayFinder, ['@weekday', 'last', 'past', 'previous', 'next', 'coming', 'this']],
  [deicticFinder, ['@deictic']],
  [holidayFinder, ['@holiday']],
  [shiftedPeriodFinder, ['last', 'previous', 'next', 'this', 'current', 'coming', 'following']],
  [agoFinder, ['#num', '@number']],
  [neighbourDayFinder, ['the']],
  [yearAgoAdjectiveFinder, ['year']],
  [yearEndFinder, ['year']],
  [periodPartFinder, ['the']],
  [quarterFinder, ['the', 'this', 'last', 'next', 'fiscal', '#num', '@ordinal']],
  [reportedQuarterFinder, ['the', 'this', 'last', 'next', '#num']],
  [fiscalYearFinder, ['fiscal']],
  [theYearFinder, ['the']],
  [weekendFinder, ['the']],
  [decadeFinder, ['the', "'", '#num']],
  [centuryFinder, ['the', '#num', '@ordinal']],
  [seasonFinder, ['@season']],
  [clockFinder, ['#num', 'noon', 'midday', 'midnight']],
  [weekdaySetFinder, ['every', 'each', '#weekdays']],
  [rateSetFinder, ['every', 'per', 'a', 'an']],
  [setWordFinder, ['@set']],
  [durationFinder, ['the', '#num', '@number', 'past', 'last', 'next', 'first', 'coming', 'previous', 'final', 'latest', 'following', 'initial', 'remaining', 'recent']],
  [hyphenDurationFinder, ['#num', '@number']],
  [vagueDurationFinder, ['@unit']],
  [openEndedFinder, ['recent', 'past', 'coming', 'future']],
  [referenceWordFinder, ['@ref']],
  [bareYearFinder, ['#num']],
  [spelledYearFinder, ['@number']],
];

/** The finders to try at each token, looked up by its first word. */
interface Dispatch {
  readonly byWord: ReadonlyMap<string, readonly Finder[]>;
  readonly num: readonly Finder[];
  readonly weekdays: readonly Finder[];
}

function dispatchTable(lexicon: Lexicon): Dispatch {
  const byWord = new Map<string, Finder[]>();
  const num: Finder[] = [];
  const weekdays: Finder[] = [];
  const add = (word: string, finder: Finder) => {
    const list = byWord.get(word) ?? [];
    if (!list.includes(finder)) list.push(finder);
    byWord.set(word, list);
  };
  for (const [finder, starts] of FINDERS) {
    for (const start of starts) {
      if (start === '#num') num.push(finder);
      else if (start === '#weekdays') weekdays.push(finder);
      else if (start.startsWith('@')) for (const word of lexicon[start.slice(1) as LexiconCategory].keys()) add(word, finder);
      else add(start, finder);
    }
  }
  return { byWord, num, weekdays };
}

function findersAt(dispatch: Dispatch, lexicon: Lexicon, token: TimeToken): readonly Finder[] | undefined {
  if (token.kind === 'num') return dispatch.num;
  const found = dispatch.byWord.get(token.word);
  if (found) return found;
  return token.capital && token.word.endsWith('s') && lexicon.weekday.has(token.word.slice(0, -1)) ? dispatch.weekdays : undefined;
}

/** Words of lexicon phrases too common to mark a sentence as worth reading on their own. */
const WEAK_WORDS = new Set(['a', 'an', 'the', 'this', 'last', 'next', 'each', 'every', 'per', 'of', 'at', 'in', 'on', 'right', 'new', 's', 'some', 'more', 'many', 'one', 'single', 'few', 'several', 'earlier', 'later', 'couple', 'multiple', 'numerous', 'second', 'present']);

/**
 * A quick test over a sentence's raw text: does it hold a digit or a word that every time
 * expression contains (a month, a weekday, a unit, "yesterday", ...)? Sentences without one are
 * not tokenised at all, which is most of the component's speed.
 */
function worthReading(lexicon: Lexicon): RegExp {
  const words = new Set<string>(['quarter', 'noon', 'midday', 'midnight', 'weekend', 'century', 'fiscal', 'half', 'days', 'recent']);
  for (const [category, table] of Object.entries(lexicon)) {
    if (category === 'tense') continue;
    for (const entries of table.values()) for (const entry of entries) for (const word of entry.words) if (/^\p{L}+$/u.test(word) && !WEAK_WORDS.has(word)) words.add(word);
  }
  const alternation = [...words].sort((a, b) => b.length - a.length).join('|');
  // Word boundaries by lookaround, so no alternative can backtrack into another.
  return new RegExp(`\\d|(?<![\\p{L}])(?:${alternation})(?![\\p{L}])`, 'iu');
}

/** Run in order: widen first so that overlaps compare whole expressions, drop titles last. */
export const REFINERS: readonly Refiner[] = [modifierRefiner, mergeRefiner, overlapRefiner, negativeRefiner];

/** The dateline's date when the dateline component has run and found one, else the publication date. */
export function referenceDate(doc: Document): CivilDate | null {
  return parseIsoDate(doc.layers.dateline?.date) ?? parseIsoDate(doc.meta.published);
}

const QUARTERLY = /\bquarter(ly)?\b/i;

/** What the component builds once from its lexicon. */
interface Prepared {
  readonly lexicon: Lexicon;
  readonly dispatch: Dispatch;
  readonly worthReading: RegExp;
}

export function prepare(lexicon: Lexicon): Prepared {
  return { lexicon, dispatch: dispatchTable(lexicon), worthReading: worthReading(lexicon) };
}

function findInSentence(text: string, sentence: Sentence, prepared: Prepared, quarterly: boolean): { ctx: FinderContext; candidates: Candidate[] } {
  const { lexicon, dispatch } = prepared;
  const ctx: FinderContext = { text, tokens: tokenize(text, sentence.start, sentence.end), lexicon, quarterly };
  let candidates: Candidate[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const finders = findersAt(dispatch, lexicon, ctx.tokens[i]!);
    if (!finders) continue;
    for (const finder of finders) {
      const found = finder(ctx, i);
      if (found) candidates.push(found);
    }
  }
  for (const refine of REFINERS) candidates = refine(ctx, candidates);
  return { ctx, candidates };
}

/** Finds and normalises every time expression in the document's text. */
export function findTimes(doc: Document, prepared: Prepared, by: string): TimeExpression[] {
  const ref = referenceDate(doc);
  const sentences = doc.layers.sentences ?? [{ start: 0, end: doc.text.length, text: doc.text }];
  const quarterly = QUARTERLY.test(doc.text);
  const out: TimeExpression[] = [];
  for (const sentence of sentences) {
    if (!prepared.worthReading.test(sentence.text)) continue;
    const { ctx, candidates } = findInSentence(doc.text, sentence, prepared, quarterly);
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
  let prepared: Prepared | null = null;
  return {
    ...component,
    run: (doc: Document) => {
      prepared ??= prepare(lexicon ?? loadLexicon());
      return findTimes(doc, prepared, by);
    },
  };
}
