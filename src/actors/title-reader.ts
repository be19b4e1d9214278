/**
 * Reads the title words written around a person's name: before it ("Chinese Foreign Minister",
 * "his Omani counterpart", "Israel Defense Forces Spokesman") and as an apposition after it
 * (", the Omani foreign minister,"). Only knowledge-base pieces and a few joining words count, so
 * the reading stops at the verb or comma that ends the title.
 *
 * @example titleBefore(sentence, startOf('Wang Yi')) // => { start, end, text: 'Chinese Foreign Minister' }
 */
import type { Span } from '../document/span.js';
import type { SentenceWords } from './sentence-words.js';
import { wordIndexAt } from './sentence-words.js';

const JOINERS = new Set(["'s", 'of', 'the', 'his', 'her', 'their', 'its', 'and', 'a', 'an', 'to', 'for']);
const MAX_WORDS = 10;

function pieceEndingAt(s: SentenceWords, end: number): { start: number; end: number } | undefined {
  return s.pieces.find((p) => p.end === end && p.kind !== 'holder' && p.kind !== 'sector');
}

function pieceStartingAt(s: SentenceWords, start: number): { start: number; end: number } | undefined {
  return s.pieces.find((p) => p.start === start && p.kind !== 'holder' && p.kind !== 'sector');
}

function spanOfWords(s: SentenceWords, text: string, from: number, to: number): Span | null {
  if (from >= to) return null;
  const start = s.starts[from]!;
  const end = s.ends[to - 1]!;
  return { start, end, text: text.slice(start, end) };
}

/** The title before the name starting at character `at`, or null. */
export function titleBefore(s: SentenceWords, text: string, at: number): Span | null {
  let i = wordIndexAt(s, at);
  let first = i;
  while (i > 0 && first - i < MAX_WORDS) {
    const piece = pieceEndingAt(s, i);
    if (piece) i = piece.start;
    else if (JOINERS.has(s.keys[i - 1]!)) i--;
    else break;
    if (piece) first = i;
  }
  // Leading joiners ("his", "the") belong to the title only when a piece follows them.
  let from = i;
  while (from < first && JOINERS.has(s.keys[from]!) && !['his', 'her', 'their'].includes(s.keys[from]!)) from++;
  return first < wordIndexAt(s, at) ? spanOfWords(s, text, from, wordIndexAt(s, at)) : null;
}

/** An apposition after the name ending at character `at` (", the Omani foreign minister,"), or null. */
export function titleAfter(s: SentenceWords, text: string, at: number): Span | null {
  let i = wordIndexAt(s, at);
  if (s.keys[i] !== ',') return null;
  i++;
  const from = i;
  let pieces = 0;
  while (i < s.keys.length && i - from < MAX_WORDS) {
    const piece = pieceStartingAt(s, i);
    if (piece) {
      i = piece.end;
      pieces++;
    } else if (JOINERS.has(s.keys[i]!)) i++;
    else break;
  }
  const closed = i >= s.keys.length || [',', '.', ';', ')'].includes(s.keys[i]!);
  return pieces > 0 && closed ? spanOfWords(s, text, from, i) : null;
}
