/**
 * `dateline eval ner --conll FILE`: conlleval-style exact-span scores of the entities layer
 * against a CoNLL-2003 file. Each CoNLL document becomes one text (tokens joined by spaces,
 * one sentence per line, given to the component as its sentences), the entities component runs
 * on it, and each mention is mapped back to tokens and to the CoNLL types:
 *
 *   PERSON → PER;  ORG → ORG;  COUNTRY, CITY, REGION, LOCATION, FACILITY → LOC;
 *   NORP, EVENT, MISC → MISC.
 *
 * A mention counts only when its first and last tokens and its type all match (conlleval).
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import type { TokenSpan } from '../components/entities/ner-tags.js';
import type { EntityType } from '../document/layers.js';
import { parseConll } from '../nlp/conll-reader.js';

/** Our entity types on the CoNLL types (docs/output.md states the same table). */
export const CONLL_TYPE_OF: Readonly<Record<EntityType, string>> = {
  PERSON: 'PER', ORG: 'ORG', COUNTRY: 'LOC', CITY: 'LOC', REGION: 'LOC', LOCATION: 'LOC', FACILITY: 'LOC',
  NORP: 'MISC', EVENT: 'MISC', MISC: 'MISC',
};

export interface Counts {
  correct: number;
  predicted: number;
  gold: number;
}

export interface SpanScores {
  readonly overall: Counts;
  readonly byType: Map<string, Counts>;
}

const key = (s: TokenSpan): string => `${s.start}:${s.end}:${s.type}`;

/** Adds one sentence's gold and predicted spans to the running counts. */
export function addSentence(scores: SpanScores, gold: readonly TokenSpan[], predicted: readonly TokenSpan[]): void {
  const counts = (type: string): Counts => {
    let c = scores.byType.get(type);
    if (!c) scores.byType.set(type, (c = { correct: 0, predicted: 0, gold: 0 }));
    return c;
  };
  const goldKeys = new Set(gold.map(key));
  for (const s of gold) {
    counts(s.type).gold++;
    scores.overall.gold++;
  }
  for (const s of predicted) {
    counts(s.type).predicted++;
    scores.overall.predicted++;
    if (goldKeys.has(key(s))) {
      counts(s.type).correct++;
      scores.overall.correct++;
    }
  }
}

export function emptyScores(): SpanScores {
  return { overall: { correct: 0, predicted: 0, gold: 0 }, byType: new Map() };
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.predicted ? (100 * c.correct) / c.predicted : 0;
  const recall = c.gold ? (100 * c.correct) / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function formatScores(scores: SpanScores): string {
  const line = (name: string, c: Counts): string => {
    const { precision, recall, f1 } = prf(c);
    return `${name.padEnd(8)} P ${precision.toFixed(2).padStart(6)}  R ${recall.toFixed(2).padStart(6)}  F1 ${f1.toFixed(2).padStart(6)}  (gold ${c.gold}, found ${c.predicted}, correct ${c.correct})`;
  };
  const types = [...scores.byType.keys()].sort();
  return [line('overall', scores.overall), ...types.map((t) => line(t, scores.byType.get(t)!))].join('\n');
}
