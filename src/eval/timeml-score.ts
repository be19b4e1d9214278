/**
 * TempEval-3's timex measures: strict (same span) and relaxed (overlapping span) precision,
 * recall and F1; type accuracy over relaxed matches; and value F1, where a system timex counts
 * when it overlaps a gold one and has its value, over the system and gold totals.
 */
import type { TimeExpression } from '../document/layers.js';
import type { GoldTimex } from './timeml-reader.js';

export interface TimexCounts {
  system: number;
  gold: number;
  strict: number;
  relaxed: number;
  typeCorrect: number;
  valueCorrect: number;
}

export interface TimexError {
  readonly kind: 'missed' | 'spurious' | 'value' | 'type';
  readonly text: string;
  readonly expected: string;
  readonly found: string;
}

export function emptyCounts(): TimexCounts {
  return { system: 0, gold: 0, strict: 0, relaxed: 0, typeCorrect: 0, valueCorrect: 0 };
}

export function addCounts(into: TimexCounts, more: TimexCounts): void {
  for (const key of Object.keys(into) as (keyof TimexCounts)[]) into[key] += more[key];
}

/** Scores one document; each gold timex matches at most one system timex, the first overlapping. */
export function scoreDocument(gold: readonly GoldTimex[], system: readonly TimeExpression[], errors: TimexError[]): TimexCounts {
  const counts = emptyCounts();
  counts.system = system.length;
  counts.gold = gold.length;
  const used = new Set<number>();
  for (const g of gold) {
    const index = system.findIndex((s, k) => !used.has(k) && s.start < g.end && g.start < s.end);
    const s = system[index];
    if (!s) { errors.push({ kind: 'missed', text: g.text, expected: `${g.type} ${g.value}`, found: '' }); continue; }
    used.add(index);
    counts.relaxed++;
    if (s.start === g.start && s.end === g.end) counts.strict++;
    if (s.type === g.type) counts.typeCorrect++;
    else errors.push({ kind: 'type', text: g.text, expected: g.type, found: s.type });
    if (s.value === g.value) counts.valueCorrect++;
    else errors.push({ kind: 'value', text: `${g.text} / ${s.text}`, expected: g.value, found: s.value });
  }
  system.forEach((s, k) => {
    if (!used.has(k)) errors.push({ kind: 'spurious', text: s.text, expected: '', found: `${s.type} ${s.value}` });
  });
  return counts;
}

export function f1(correct: number, system: number, gold: number): { p: number; r: number; f: number } {
  const p = system === 0 ? 0 : correct / system;
  const r = gold === 0 ? 0 : correct / gold;
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}
