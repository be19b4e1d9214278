/**
 * Event-level scoring for coded sentences: each record's predicted events are compared with its gold
 * events as multisets on three keys, and a record passes when its full-code multiset is exactly the
 * gold one (no extra, no missing event).
 * - root: the two-digit CAMEO root only;
 * - dyad: source and target codes;
 * - full: source, target and the whole code.
 */

export interface ScoredEvent {
  readonly source: string;
  readonly target: string;
  readonly code: string;
}

export interface Counts { tp: number; fp: number; fn: number }

export interface EventScore {
  readonly records: number;
  readonly passed: number;
  readonly root: Counts;
  readonly dyad: Counts;
  readonly full: Counts;
}

const KEYS = {
  root: (event: ScoredEvent) => event.code.slice(0, 2),
  dyad: (event: ScoredEvent) => `${event.source}>${event.target}`,
  full: (event: ScoredEvent) => `${event.source}>${event.target}:${event.code}`,
} as const;

function compare(gold: readonly string[], predicted: readonly string[]): Counts {
  const left = new Map<string, number>();
  for (const key of gold) left.set(key, (left.get(key) ?? 0) + 1);
  let tp = 0;
  for (const key of predicted) {
    const count = left.get(key) ?? 0;
    if (count > 0) { tp++; left.set(key, count - 1); }
  }
  return { tp, fp: predicted.length - tp, fn: gold.length - tp };
}

export function emptyScore(): EventScore {
  return { records: 0, passed: 0, root: { tp: 0, fp: 0, fn: 0 }, dyad: { tp: 0, fp: 0, fn: 0 }, full: { tp: 0, fp: 0, fn: 0 } };
}

/** Adds one record to a running score; returns the new score and whether the record passed. */
export function addRecord(score: EventScore, gold: readonly ScoredEvent[], predicted: readonly ScoredEvent[]): { score: EventScore; passed: boolean } {
  const next = { ...score, records: score.records + 1 } as { -readonly [K in keyof EventScore]: EventScore[K] };
  for (const name of ['root', 'dyad', 'full'] as const) {
    const counts = compare(gold.map(KEYS[name]), predicted.map(KEYS[name]));
    next[name] = { tp: score[name].tp + counts.tp, fp: score[name].fp + counts.fp, fn: score[name].fn + counts.fn };
  }
  const full = compare(gold.map(KEYS.full), predicted.map(KEYS.full));
  const passed = full.fp === 0 && full.fn === 0;
  if (passed) next.passed += 1;
  return { score: next, passed };
}

export function prf(counts: Counts): { precision: number; recall: number; f1: number } {
  const precision = counts.tp + counts.fp === 0 ? 0 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 0 : counts.tp / (counts.tp + counts.fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
