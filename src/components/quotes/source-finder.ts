/**
 * Finds where the words were published or said ("as quoted on the ministry's website",
 * "told reporters", "in a statement") with the patterns of data/quotes/sources.txt.
 */
import type { TokenWindow } from './quote-candidate.js';
import type { QuoteLexicon, SourcePattern } from './quote-lexicon.js';
import type { TokenRange } from './speaker-phrase.js';
import { isPunct } from './token-window.js';

/** Words that end a run-on source phrase ("a statement on its website that ..."). */
const RUN_ON_STOPS = new Set([
  'that', 'during', 'when', 'while', 'after', 'before', 'adding', 'and', 'but', 'where', 'which', 'who',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'said', 'says',
]);
const DANGLING = new Set(['on', 'in', 'at', 'to', 'of', 'with', 'by', 'for', 'late', 'early', 'last', 'this']);
const MAX_RUN_ON = 10;

export interface SourceMatch extends TokenRange {
  /** Tokens covered by the whole pattern, for callers that skip over it. */
  readonly patternTo: number;
  readonly label: string;
}

function matchAt(window: TokenWindow, i: number, to: number, pattern: SourcePattern): SourceMatch | null {
  const { words } = pattern;
  for (let k = 0; k < words.length; k++) {
    const word = window.lower[i + k];
    if (i + k >= to || word === undefined || (words[k] !== '*' ? word !== words[k] : isPunct(word))) return null;
  }
  const from = i + pattern.from;
  let end = i + (pattern.runOn ? words.length : pattern.to);
  if (pattern.runOn) {
    while (end < to && end - i - words.length < MAX_RUN_ON && !isPunct(window.lower[end]!) && !RUN_ON_STOPS.has(window.lower[end]!)) end++;
    while (end > i + words.length && DANGLING.has(window.lower[end - 1]!)) end--;
  }
  if (end <= from) return null;
  return { from, to: end, patternTo: Math.max(end, i + words.length), label: pattern.label };
}

/** The first source phrase among tokens [from, to) of the window, or null. */
export function findSource(window: TokenWindow, lexicon: QuoteLexicon, from: number, to: number): SourceMatch | null {
  for (let i = from; i < to; i++) {
    for (const pattern of lexicon.sources.get(window.lower[i]!) ?? []) {
      const match = matchAt(window, i, to, pattern);
      if (match !== null) return match;
    }
  }
  return null;
}
