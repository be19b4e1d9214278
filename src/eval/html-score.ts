/**
 * The article-extraction benchmark's own scoring (scrapinghub/article-extraction-benchmark,
 * evaluate.py): texts are split into `\w+` tokens, compared as multisets of 4-token shingles,
 * and each page's TP/FP/FN are normalised to sum to 1 so long pages weigh no more than short ones.
 * Precision is the mean over pages that predicted anything, recall the mean over pages whose truth
 * has anything, and F1 the harmonic mean of those two means.
 *
 * @example shingleCounts('a b c d e') // => Map { 'a\u0001b\u0001c\u0001d' => 1, 'b\u0001c\u0001d\u0001e' => 1 }
 */

export interface PageCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

const SHINGLE = 4;
/** Python's Unicode `\w`: letters, numbers and the underscore. */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Shingles of up to four tokens; a text shorter than four tokens is one shorter shingle, as in the original. */
export function shingleCounts(text: string): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - SHINGLE + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + SHINGLE);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function comparePage(truth: string, predicted: string): PageCounts {
  const want = shingleCounts(truth);
  const got = shingleCounts(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...want.keys(), ...got.keys()])) {
    const w = want.get(key) ?? 0;
    const g = got.get(key) ?? 0;
    tp += Math.min(w, g);
    fp += Math.max(0, g - w);
    fn += Math.max(0, w - g);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

function precisionOf({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
}

function recallOf({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
}

const mean = (values: number[]): number => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);

export function scorePages(pages: readonly PageCounts[]): Scores {
  const precision = mean(pages.filter((p) => p.tp + p.fp > 0).map(precisionOf));
  const recall = mean(pages.filter((p) => p.tp + p.fn > 0).map(recallOf));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
