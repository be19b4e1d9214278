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

// Letters and digits joined by inner full stops, apostrophes or hyphens ("U.S", "Al-Aqsa", "O'Hare").
// The separator is outside the repeated class, so matching is linear.
const WORD = /[\p{L}\p{M}\p{N}]+(?:[.'’\-][\p{L}\p{M}\p{N}]+)*/gu;
const UPPER = /^\p{Lu}/u;
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'de', 'del', 'da', 'do', 'dos', 'du', 'la', 'le', 'el', 'al', 'upon', 'and', 'on', 'es', 'sur']);
// Most runs in a news sentence are one to four words; a longer one is a title or a heading.
const MAX_RUN_WORDS = 8;

function wordAt(text: string, match: RegExpExecArray): RunWord {
  let end = match.index + match[0].length;
  let word = match[0];
  // A possessive belongs to the sentence, not the name.
  if (/['’]s$/u.test(word)) {
    end -= 2;
    word = word.slice(0, -2);
  } else if (word.includes('.') && text[end] === '.') {
    // An abbreviation keeps its closing full stop: "U.S.", "W.Va.".
    end += 1;
    word += '.';
  }
  return { start: match.index, end, text: word, connector: CONNECTORS.has(word) };
}

/** Only plain spaces (at most two) join two words of one name. */
function joined(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let at = from; at < to; at++) if (text[at] !== ' ') return false;
  return true;
}

function closeRun(words: RunWord[], runs: NameRun[]): void {
  while (words.length > 0 && words[words.length - 1]!.connector) words.pop();
  if (words.length > 0 && words.length <= MAX_RUN_WORDS) runs.push({ start: words[0]!.start, end: words[words.length - 1]!.end, words: [...words] });
  words.length = 0;
}

/** Every run of capitalised words in text[from, to). */
export function nameRuns(text: string, from = 0, to = text.length): NameRun[] {
  const runs: NameRun[] = [];
  const current: RunWord[] = [];
  WORD.lastIndex = from;
  let previousEnd = -1;
  let possessive = false;
  for (let match = WORD.exec(text); match !== null && match.index < to; match = WORD.exec(text)) {
    const word = wordAt(text, match);
    const capital = UPPER.test(word.text);
    const continues = current.length > 0 && !possessive && joined(text, previousEnd, word.start);
    if (!continues) closeRun(current, runs);
    if (capital) current.push({ ...word, connector: false });
    else if (word.connector && current.length > 0 && continues) current.push(word);
    else closeRun(current, runs);
    possessive = word.end < match.index + match[0].length;
    previousEnd = word.end;
  }
  closeRun(current, runs);
  return runs;
}
