/**
 * The times component's configuration, in the manner of chrono-node: the ordered list of finders,
 * the first tokens each may start on (so only they are tried there), and the quick test that skips
 * sentences holding no word of time at all.
 */
import type { Finder } from './time-candidate.js';
import type { Lexicon, LexiconCategory } from './time-lexicon.js';
import type { TimeToken } from './time-tokens.js';
import { coordinatedDayFinder, dayFirstFinder, monthFirstFinder, numericDateFinder, weekOfFinder } from './date-finder.js';
import { deicticFinder, referenceWordFinder, someDayFinder, weekdayFinder } from './weekday-finder.js';
import { agoFinder, countedDayFinder, neighbourDayFinder, shiftedPeriodFinder, yearAgoAdjectiveFinder, yearEndFinder, periodPartFinder } from './relative-finder.js';
import { durationFinder, hyphenDurationFinder, openEndedFinder, vagueDurationFinder } from './duration-finder.js';
import { holidayFinder } from './holiday-finder.js';
import { monthSetFinder, rateSetFinder, setWordFinder, weekdaySetFinder } from './set-finder.js';
import { bareYearFinder, centuryFinder, decadeFinder, seasonFinder, spelledDecadeFinder, spelledYearFinder } from './period-finder.js';
import { fiscalYearFinder, quarterFinder, reportedQuarterFinder, theYearFinder, weekendFinder } from './quarter-finder.js';
import { clockFinder, partOfDayFinder } from './clock-finder.js';
import { anaphoricFinder } from './anaphora-finder.js';

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
  [coordinatedDayFinder, ['#num']],
  [weekOfFinder, ['the']],
  [weekdayFinder, ['@weekday', 'last', 'past', 'previous', 'following', 'next', 'coming', 'this']],
  [deicticFinder, ['@deictic']],
  [holidayFinder, ['@holiday']],
  [shiftedPeriodFinder, ['last', 'previous', 'next', 'this', 'current', 'coming', 'following']],
  [agoFinder, ['#num', '@number']],
  [neighbourDayFinder, ['the']],
  [countedDayFinder, ['the']],
  [anaphoricFinder, ['the', 'that', 'later', 'earlier']],
  [yearAgoAdjectiveFinder, ['year']],
  [yearEndFinder, ['year']],
  [periodPartFinder, ['the']],
  [quarterFinder, ['the', 'this', 'last', 'next', 'fiscal', '#num', '@ordinal']],
  [reportedQuarterFinder, ['the', 'this', 'last', 'next', '#num']],
  [fiscalYearFinder, ['fiscal']],
  [theYearFinder, ['the']],
  [weekendFinder, ['the']],
  [decadeFinder, ['the', "'", '#num']],
  [spelledDecadeFinder, ['the', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties']],
  [centuryFinder, ['the', '#num', '@ordinal']],
  [seasonFinder, ['@season']],
  [clockFinder, ['#num', 'noon', 'midday', 'midnight']],
  [partOfDayFinder, ['the', 'mid']],
  [weekdaySetFinder, ['every', 'each', '#weekdays']],
  [monthSetFinder, ['every', 'each']],
  [rateSetFinder, ['every', 'per', 'a', 'an']],
  [setWordFinder, ['@set']],
  [someDayFinder, ['one']],
  [durationFinder, ['the', '#num', '@number', 'past', 'last', 'next', 'first', 'coming', 'previous', 'final', 'latest', 'following', 'initial', 'remaining', 'recent']],
  [hyphenDurationFinder, ['#num', '@number']],
  [vagueDurationFinder, ['@unit']],
  [openEndedFinder, ['recent', 'past', 'coming', 'future']],
  [referenceWordFinder, ['@ref']],
  [bareYearFinder, ['#num']],
  [spelledYearFinder, ['@number']],
];

/** The finders to try at each token, looked up by its first word. */
export interface Dispatch {
  readonly byWord: ReadonlyMap<string, readonly Finder[]>;
  readonly num: readonly Finder[];
  readonly weekdays: readonly Finder[];
}

export function dispatchTable(lexicon: Lexicon): Dispatch {
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

export function findersAt(dispatch: Dispatch, lexicon: Lexicon, token: TimeToken): readonly Finder[] | undefined {
  if (token.kind === 'num') return dispatch.num;
  const found = dispatch.byWord.get(token.word);
  if (found) return found;
  return token.capital && token.word.endsWith('s') && lexicon.weekday.has(token.word.slice(0, -1)) ? dispatch.weekdays : undefined;
}

/** Words of lexicon phrases too common to mark a sentence as worth reading on their own. */
const WEAK_WORDS = new Set(['a', 'an', 'the', 'this', 'last', 'next', 'each', 'every', 'per', 'of', 'at', 'in', 'on', 'right', 'new', 's', 'some', 'more', 'many', 'one', 'single', 'few', 'several', 'earlier', 'later', 'couple', 'multiple', 'numerous', 'second', 'present']);

const DIGIT = /\d/;

/**
 * A quick test over a sentence's raw text: does it hold a digit or a word that every time
 * expression contains (a month, a weekday, a unit, "yesterday", ...)? Sentences without one are
 * not tokenised at all, which is most of the component's speed.
 */
export function worthReading(lexicon: Lexicon): (sentence: string) => boolean {
  const words = new Set<string>(['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties', 'quarter', 'noon', 'midday', 'midnight', 'weekend', 'century', 'fiscal', 'half', 'days', 'recent']);
  for (const [category, table] of Object.entries(lexicon)) {
    if (category === 'tense') continue;
    for (const entries of table.values()) for (const entry of entries) for (const word of entry.words) if (/^\p{L}+$/u.test(word) && !WEAK_WORDS.has(word)) words.add(word);
  }
  const alternation = [...words].sort((a, b) => b.length - a.length).join('|');
  // Word boundaries by lookaround, so no alternative can backtrack into another.
  const word = new RegExp(`(?<![\\p{L}])(?:${alternation})(?![\\p{L}])`, 'iu');
  // Most news sentences hold a digit, which a plain scan finds far sooner than the alternation tried at every position.
  return (sentence) => DIGIT.test(sentence) || word.test(sentence);
}

