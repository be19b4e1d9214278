/**
 * ConfliBERT's five-way sentence classes (0 statement or appeal: CAMEO 01-02; 1 verbal cooperation:
 * 03-05; 2 material cooperation: 06-08; 3 verbal conflict: 09-13; 4 material conflict: 14-20),
 * predicted from the starter dictionary alone (no actors: the sentences come without entities).
 * A sentence's class is that of its first event other than a plain statement (01), else 01's class;
 * a sentence with no event gets no class and counts as a miss. Prints accuracy and macro-F1.
 */
import { readFile } from 'node:fs/promises';
import { loadNewsDictionary } from '../events/dictionary-parser.js';
import { buildTriggerIndex } from '../events/trigger-index.js';
import { eventTokens } from '../events/event-tokens.js';
import { codeSentence } from '../events/sentence-coder.js';

export function pentaClass(code: string): number {
  const root = Number(code.slice(0, 2));
  return root <= 2 ? 0 : root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
}

export interface PentaResult {
  readonly sentences: number;
  readonly unclassified: number;
  readonly accuracy: number;
  readonly macroF1: number;
  readonly perClass: readonly { precision: number; recall: number; f1: number }[];
}

export async function evaluatePenta(path: string): Promise<PentaResult> {
  const index = buildTriggerIndex(loadNewsDictionary());
  const rows = (await readFile(path, 'utf8')).split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as { text: string; penta_class: number });
  const tp = [0, 0, 0, 0, 0];
  const predicted = [0, 0, 0, 0, 0];
  const gold = [0, 0, 0, 0, 0];
  let unclassified = 0;
  for (const row of rows) {
    const events = codeSentence(eventTokens(row.text), [], index, { filterUnrealised: true });
    const main = events.find((event) => !event.code.startsWith('01')) ?? events[0];
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
