/**
 * The times layer: dates, times, durations and sets in TimeML's TIMEX3 terms, normalised against
 * the story's date (the dateline's date, else the publication date). Finders propose candidates
 * sentence by sentence; refiners widen, merge, resolve overlaps and drop titles; each survivor's
 * value is then fixed from the reference date and the tense of its clause.
 *
 * @example
 * // In a story dated 2023-11-01, "told him on Wednesday" gives
 * // { text: 'Wednesday', type: 'DATE', value: '2023-11-01', by: 'times.v2', rule: 'weekday' }
 */
import type { Document } from '../../document/document.js';
import type { Sentence, TimeExpression } from '../../document/layers.js';
import type { Component } from '../../pipeline/component.js';
import { provenanceTag } from '../../pipeline/component.js';
import type { CivilDate } from './calendar-math.js';
import { parseIsoDate } from './calendar-math.js';
import type { Candidate, FinderContext, Refiner } from './time-candidate.js';
import type { Lexicon } from './time-lexicon.js';
import { loadLexicon } from './time-lexicon.js';
import { tokenize } from './time-tokens.js';
import { tenseAround } from './tense-detector.js';
import type { Dispatch } from './finder-list.js';
import { dispatchTable, findersAt, worthReading } from './finder-list.js';
import { modifierRefiner } from './modifier-refiner.js';
import { mergeRefiner } from './merge-refiner.js';
import { overlapRefiner } from './overlap-refiner.js';
import { negativeRefiner } from './negative-refiner.js';

// The events component dates clauses with this; it lives beside the component that makes the layer.
export { governingTime } from './governing-time.js';

/** Run in order: widen first so that overlaps compare whole expressions, drop titles last. */
export const REFINERS: readonly Refiner[] = [modifierRefiner, mergeRefiner, overlapRefiner, negativeRefiner];

/** The dateline's date when the dateline component has run and found one, else the publication date. */
export function referenceDate(doc: Document): CivilDate | null {
  return parseIsoDate(doc.layers.dateline?.date) ?? parseIsoDate(doc.meta.published);
}

// Not "a quarter-century": that is a length, not a reporting period.
const QUARTERLY = /\bquarter(ly)?\b(?!-century)/i;

/** A DATE value on the calendar ("1998", "1998-06", "1998-06-01"), which "that year" may point back to. */
const CALENDAR_VALUE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** What the component builds once from its lexicon. */
interface Prepared {
  readonly lexicon: Lexicon;
  readonly dispatch: Dispatch;
  readonly worthReading: (sentence: string) => boolean;
}

/** Builds the dispatch table and sentence test once; `createTimeComponent` does this on first run. */
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
  // Half the sentences read hold no time at all: the refiners would only copy an empty list.
  if (candidates.length > 0) for (const refine of REFINERS) candidates = refine(ctx, candidates);
  return { ctx, candidates };
}

/** Finds and normalises every time expression in the document's text. */
export function findTimes(doc: Document, prepared: Prepared, by: string): TimeExpression[] {
  const ref = referenceDate(doc);
  const sentences = doc.layers.sentences ?? [{ start: 0, end: doc.text.length, text: doc.text }];
  const quarterly = QUARTERLY.test(doc.text);
  const out: TimeExpression[] = [];
  let previous: string | null = null;
  let quarter: string | null = null;
  for (const sentence of sentences) {
    if (!prepared.worthReading(sentence.text)) continue;
    const { ctx, candidates } = findInSentence(doc.text, sentence, prepared, quarterly);
    for (const c of candidates) {
      const start = ctx.tokens[c.from]!.start;
      const end = ctx.tokens[c.to - 1]!.end;
      const value = c.value({ ref, tense: tenseAround(ctx, c.from, c.to), previous, quarter });
      if (c.type === 'DATE' && CALENDAR_VALUE.test(value)) previous = value;
      // The lead names the quarter an earnings story reports on; later ones are outlooks or comparisons.
      if (c.rule === 'quarter' && ref && value.startsWith(`${ref.year}-Q`)) quarter ??= value;
      out.push({ start, end, text: doc.text.slice(start, end), type: c.type, value, by, rule: c.rule });
    }
  }
  return out;
}

/**
 * The times component; `lexicon` replaces data/times/lexicon.txt (tests pass small ones).
 * @example createTimeComponent().run(doc) // → [{ text: 'October 7', value: '2023-10-07', ... }]
 */
export function createTimeComponent(lexicon?: Lexicon): Component<'times'> {
  const component = {
    name: 'times',
    version: 'v2',
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
