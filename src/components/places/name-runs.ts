/**
 * Runs of capitalised words ("Gaza Strip", "Strait of Hormuz", "W.Va.") with their offsets: what the
 * gazetteer scan and the qualifier reader look names up by. A run stops at punctuation, at a line
 * break and at a possessive ("Israel's" gives "Israel"); lower-case connectors ("of", "de", "al")
 * stay inside a run only between two capitalised words.
 *
 * @example nameRuns('near the Strait of Hormuz.') // => [{ start: 9, end: 25, words: [...] }]
 */

export interface RunWord {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly connector: boolean;
}

export interface NameRun {
  readonly start: number;
  readonly end: number;
  readonly words: readonly RunWord[];
}

const UPPER = /^\p{Lu}/u;
const NON_ASCII_WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'de', 'del', 'da', 'do', 'dos', 'du', 'la', 'le', 'el', 'al', 'upon', 'and', 'on', 'es', 'sur']);
const LONGEST_CONNECTOR = 4;
// Bounds the work on a capitalised heading; a run this long is cut (and looked up in parts anyway).
const MAX_RUN_WORDS = 24;

/** Letters, marks and digits; ASCII is decided without a regular expression (this runs per character). */
function isWordChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return NON_ASCII_WORD_CHAR.test(text[at]!);
}

function isJoiner(text: string, at: number): boolean {
  const ch = text[at];
  return ch === '.' || ch === "'" || ch === '’' || ch === '-';
}

/**
 * The end of the word starting at `start`: letters and digits joined by inner full stops, apostrophes
 * or hyphens ("U.S", "Al-Aqsa", "O'Hare"). One pass, no backtracking.
 */
function wordEnd(text: string, start: number, to: number): number {
  let at = start;
  for (;;) {
    while (at < to && isWordChar(text, at)) at++;
    if (at + 1 < to && isJoiner(text, at) && isWordChar(text, at + 1)) at++;
    else return at;
  }
}

/** The word text[start, end) as a run word, or null for a lower-case word that is no connector. */
function runWord(text: string, start: number, end: number): RunWord | null {
  const code = text.charCodeAt(start);
  const capital = code < 128 ? code >= 65 && code <= 90 : UPPER.test(text[start]!);
  if (!capital) {
    if (end - start > LONGEST_CONNECTOR) return null;
    const word = text.slice(start, end);
    return CONNECTORS.has(word) ? { start, end, text: word, connector: true } : null;
  }
  let stop = end;
  // A possessive belongs to the sentence, not the name.
  if (end - start > 2 && text[end - 1] === 's' && (text[end - 2] === "'" || text[end - 2] === '’')) stop = end - 2;
  // An abbreviation keeps its closing full stop: "U.S.", "W.Va.".
  else if (text[end] === '.' && text.lastIndexOf('.', end - 1) >= start) stop = end + 1;
  return { start, end: stop, text: text.slice(start, stop), connector: false };
}

/** Only plain spaces (at most two) join two words of one name. */
function joined(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let at = from; at < to; at++) if (text[at] !== ' ') return false;
  return true;
}

function closeRun(words: RunWord[], runs: NameRun[]): void {
  // Called at every lower-case word, nearly always with no run open.
  if (words.length === 0) return;
  while (words.length > 0 && words[words.length - 1]!.connector) words.pop();
  if (words.length > 0) runs.push({ start: words[0]!.start, end: words[words.length - 1]!.end, words: [...words] });
  words.length = 0;
}

/** Every run of capitalised words in text[from, to). */
export function nameRuns(text: string, from = 0, to = text.length): NameRun[] {
  const runs: NameRun[] = [];
  const current: RunWord[] = [];
  let previousEnd = -1;
  let possessive = false;
  let at = from;
  while (at < to) {
    if (!isWordChar(text, at)) {
      at++;
      continue;
    }
    const end = wordEnd(text, at, to);
    const word = runWord(text, at, end);
    const continues = current.length > 0 && current.length < MAX_RUN_WORDS && !possessive && joined(text, previousEnd, at);
    if (!continues) closeRun(current, runs);
    if (word === null) closeRun(current, runs);
    else if (!word.connector) current.push(word);
    else if (current.length > 0 && continues) current.push(word);
    else closeRun(current, runs);
    possessive = word !== null && word.end < end;
    previousEnd = word === null ? end : word.end;
    at = Math.max(end, previousEnd);
  }
  closeRun(current, runs);
  return runs;
}
