/**
 * ConfliBERT's five-way sentence classes (0 statement or appeal: CAMEO 01-02; 1 verbal cooperation:
 * 03-05; 2 material cooperation: 06-08; 3 verbal conflict: 09-13 and 16; 4 material conflict: 14,
 * 15 and 17-20), predicted from the starter dictionary alone (no actors: the sentences come
 * without entities). Reduce relations (16: sanctions, expulsions, suspended aid, cancelled visits)
 * sits with verbal conflict because that is where the set's annotators put it (see
 * docs/quality.md, Events). A sentence's class is that of its main event: the first verb event
 * other than a plain statement (010; a noun's act offered by a verb, "agreed to start negotiations",
 * counts as that verb's), else the first such noun event ("the attack"), else the plain statement; a sentence with no event gets no class and counts as a miss. Prints accuracy
 * and macro-F1.
 */
import { readFile } from 'node:fs/promises';
import { loadNewsDictionary } from '../events/dictionary-parser.js';
import { buildTriggerIndex } from '../events/trigger-index.js';
import { eventTokens } from '../events/event-tokens.js';
import { codeSentence, type CodedEvent } from '../events/sentence-coder.js';

export function pentaClass(code: string): number {
  const root = Number(code.slice(0, 2));
  return root <= 2 ? 0 : root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 || root === 16 ? 3 : 4;
}

/** The event a sentence is about: a verb's act before a noun's mention, a plain "said" last. */
export function mainEvent(events: readonly CodedEvent[]): CodedEvent | undefined {
  const specific = events.filter((event) => event.code !== '010');
  return specific.find((event) => event.byVerb) ?? specific[0] ?? events[0];
}

export interface PentaResult {
  readonly sentences: number;
  readonly unclassified: number;
  readonly accuracy: number;
  readonly macroF1: number;
  readonly perClass: readonly { precision: number; recall: number; f1: number }[];
}

/**
 * Which rows to score: all, or one part of a fixed split by the row's number (`train-N`): rows with
 * N mod 4 = 3 are the held-out part, kept unread while the dictionary was extended in
 * events.v3 (docs/quality.md), the rest the development part.
 */
export type PentaPart = 'all' | 'dev' | 'holdout';

/** The number an id ends with ("train-17" → 17), 0 when it ends otherwise; a loop, not /(\d+)$/ (quadratic). */
function trailingNumber(id: string): number {
  let start = id.length;
  while (start > 0 && id[start - 1]! >= '0' && id[start - 1]! <= '9') start--;
  return start === id.length ? 0 : Number(id.slice(start));
}

function inPart(id: string, part: PentaPart): boolean {
  if (part === 'all') return true;
  const held = trailingNumber(id) % 4 === 3;
  return part === 'holdout' ? held : !held;
}

export async function evaluatePenta(path: string, part: PentaPart = 'all'): Promise<PentaResult> {
  const index = buildTriggerIndex(loadNewsDictionary());
  const rows = (await readFile(path, 'utf8')).split('\n').filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { id: string; text: string; penta_class: number })
    .filter((row) => inPart(String(row.id), part));
  const tp = [0, 0, 0, 0, 0];
  const predicted = [0, 0, 0, 0, 0];
  const gold = [0, 0, 0, 0, 0];
  let unclassified = 0;
  for (const row of rows) {
    const events = codeSentence(eventTokens(row.text), [], index, { filterUnrealised: true });
    const main = mainEvent(events);
    gold[row.penta_class] = (gold[row.penta_class] ?? 0) + 1;
    if (main === undefined) { unclassified++; continue; }
    const guess = pentaClass(main.code);
    predicted[guess] = (predicted[guess] ?? 0) + 1;
    if (guess === row.penta_class) tp[guess] = (tp[guess] ?? 0) + 1;
  }
  const perClass = tp.map((hits, k) => {
    const precision = predicted[k]! === 0 ? 0 : hits / predicted[k]!;
    const recall = gold[k]! === 0 ? 0 : hits / gold[k]!;
    return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
  });
  return {
    sentences: rows.length, unclassified,
    accuracy: rows.length === 0 ? 0 : tp.reduce((a, b) => a + b, 0) / rows.length,
    macroF1: perClass.reduce((sum, entry) => sum + entry.f1, 0) / perClass.length,
    perClass,
  };
}
