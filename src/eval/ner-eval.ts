/**
 * `dateline eval ner --conll FILE`: conlleval-style exact-span scores of the entities layer
 * against a CoNLL-2003 file. Each CoNLL document becomes one text (tokens joined by spaces,
 * one sentence per line, given to the component as its sentences), the entities component runs
 * on it, and each name its mentions hold (`mentions[].names`, docs/output.md) is mapped back to
 * tokens and to the CoNLL types:
 *
 *   PERSON → PER;  ORG → ORG;  COUNTRY, CITY, REGION, LOCATION, FACILITY → LOC;
 *   NORP, EVENT, MISC → MISC.
 *
 * A mention counts only when its first and last tokens and its type all match (conlleval).
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { createEntityComponent } from '../components/entities/entity-component.js';
import type { TokenSpan } from '../components/entities/ner-tags.js';
import type { Document } from '../document/document.js';
import type { EntityType, Sentence } from '../document/layers.js';
import type { Component } from '../pipeline/component.js';
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

interface ConllText {
  readonly doc: Document;
  /** Character offset → [sentence, token] for each token's start and (separately) end. */
  readonly starts: Map<number, readonly [number, number]>;
  readonly ends: Map<number, readonly [number, number]>;
}

/** One CoNLL document as a text (tokens joined by spaces, one sentence a line) with its sentences. */
function conllText(id: string, sentences: readonly (readonly string[])[]): ConllText {
  const starts = new Map<number, readonly [number, number]>();
  const ends = new Map<number, readonly [number, number]>();
  const spans: Sentence[] = [];
  let text = '';
  sentences.forEach((words, s) => {
    if (s > 0) text += '\n';
    const sentenceStart = text.length;
    words.forEach((word, t) => {
      if (t > 0) text += ' ';
      starts.set(text.length, [s, t]);
      text += word;
      ends.set(text.length, [s, t]);
    });
    spans.push({ start: sentenceStart, end: text.length, text: text.slice(sentenceStart) });
  });
  const meta = { id, title: null, url: null, source: null, published: null, language: 'en', author: null };
  return { doc: { meta, text, layers: { sentences: spans } }, starts, ends };
}

/** Runs the entities component over every document of a CoNLL file and scores it. */
export function evaluateNer(conll: string, component: Component<'entities'>): { scores: SpanScores; chars: number; ms: number } {
  const scores = emptyScores();
  let chars = 0;
  let ms = 0;
  parseConll(conll).forEach((document, d) => {
    const { doc, starts, ends } = conllText(`conll-${d + 1}`, document.sentences.map((s) => s.words));
    const started = performance.now();
    const entities = component.run(doc);
    ms += performance.now() - started;
    chars += doc.text.length;
    const predicted: TokenSpan[][] = document.sentences.map(() => []);
    // CoNLL marks names only: the names the layer's mentions hold, each with its own span and type
    // ("Israeli", NORP, inside the mention "Israeli government" of the country Israel). Mentions
    // that hold no name ("he", "the minister") are not scored.
    for (const name of entities.flatMap((e) => e.mentions.flatMap((m) => m.names ?? []))) {
      const first = starts.get(name.start);
      const last = ends.get(name.end);
      const type = CONLL_TYPE_OF[name.type];
      // A name that does not fall on CoNLL token boundaries can only be wrong: it counts as found, never correct.
      if (!first || !last || first[0] !== last[0]) predicted[0]!.push({ start: -1, end: -1, type });
      else predicted[first[0]]!.push({ start: first[1], end: last[1] + 1, type });
    }
    document.sentences.forEach((s, i) => addSentence(scores, s.names, predicted[i]!));
  });
  return { scores, chars, ms };
}

export function buildNerEvalCommand(): Command {
  return new Command('ner')
    .description('Exact-span P/R/F1 of the entities layer on a CoNLL-2003 file (types mapped to PER/ORG/LOC/MISC).')
    .requiredOption('--conll <file>', 'CoNLL-2003 file (word ... NER per line), e.g. ../shared/data/ner/conll2003/valid.txt')
    .option('--model <file>', 'name model file instead of the shipped data/models/ner one')
    .option('--before-actors', 'score the names before actor resolution (the recogniser and its gazetteer refiners alone)')
    .action((options: { conll: string; model?: string; beforeActors?: boolean }) => {
      const component = createEntityComponent({
        ...(options.model ? { modelPath: options.model } : {}),
        ...(options.beforeActors ? { actors: null } : {}),
      });
      const { scores, chars, ms } = evaluateNer(readFileSync(options.conll, 'utf8'), component);
      process.stdout.write(`${formatScores(scores)}\n`);
      process.stdout.write(`entities layer: ${(chars / 1e6).toFixed(2)} MB in ${(ms / 1000).toFixed(2)} s (${(chars / 1e6 / (ms / 1000)).toFixed(2)} MB/s, model loading included)\n`);
    });
}
