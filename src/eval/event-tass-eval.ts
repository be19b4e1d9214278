/**
 * `dateline eval events --tass-gold DIR --tass-texts DIR`: the whole pipeline over each TASS story
 * that has a hand-written gold file (`<name>.json` with `events[]`, the seed's layout), its events
 * scored with src/eval/event-tass-score.ts. Prints one line per gold event (its best match) and per
 * prediction that matches no gold event, then P/R/F1 on code, code + source and code + dyad.
 * `part` splits the files for development: `dev` is the first half by name (rounded down), `holdout`
 * the rest, so rules written from one half's misses are judged on the other.
 *
 * @example dateline eval events --tass-gold ../shared/data/tass-gold --tass-texts ../shared/data/corpora/tass-politics-sample/seed-layout
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createPipeline } from '../pipeline/pipeline.js';
import { DEFAULT_LIMITS, runPipeline, selectComponents } from '../pipeline/run-pipeline.js';
import type { Component } from '../pipeline/component.js';
import { splitSeedHeader } from '../readers/seed-header.js';
import { addCounts, emptyCounts, scoreArticle, type GoldEvent, type LevelCounts, type MatchLevel, type PredictedEvent } from './event-tass-score.js';

export interface TassEventResult {
  readonly articles: number;
  readonly counts: Record<MatchLevel, LevelCounts>;
  readonly lines: readonly string[];
}

// The first article pays for loading the models and gazetteers, which on a busy machine can pass
// the per-article budget meant for ingest; a measurement should not fail on it.
const EVAL_LIMITS = { ...DEFAULT_LIMITS, timeBudgetMs: 600_000 };

function predictedEvents(name: string, raw: string, components: readonly Component[]): PredictedEvent[] {
  const { published, text } = splitSeedHeader(raw);
  const doc = runPipeline({ id: name, text, published, title: null, url: null, source: null, language: null, author: null }, components, EVAL_LIMITS);
  return (doc.layers.events ?? []).map((event) => ({
    cameo: event.cameo, source: event.source?.country ?? null, target: event.target?.country ?? null, date: event.date, text: event.text,
  }));
}

const show = (event: PredictedEvent) => `${event.cameo} ${event.source ?? '-'}>${event.target ?? '-'} ${event.date ?? '-'} "${event.text}"`;

export type TassPart = 'all' | 'dev' | 'holdout';

/** The gold files of one part, in name order. */
export function tassPart(files: readonly string[], part: TassPart): string[] {
  const sorted = files.filter((name) => name.endsWith('.json')).sort();
  const half = Math.floor(sorted.length / 2);
  return part === 'all' ? sorted : part === 'dev' ? sorted.slice(0, half) : sorted.slice(half);
}

export async function evaluateTassEvents(goldDir: string, textDir: string, part: TassPart = 'all'): Promise<TassEventResult> {
  let counts = emptyCounts();
  const lines: string[] = [];
  let articles = 0;
  const components = selectComponents(createPipeline(), ['events']);
  for (const file of tassPart(await readdir(goldDir), part)) {
    const gold = JSON.parse(await readFile(join(goldDir, file), 'utf8')) as { events?: GoldEvent[] };
    const name = file.replace(/\.json$/, '.txt');
    const predicted = predictedEvents(name, await readFile(join(textDir, name), 'utf8'), components);
    const score = scoreArticle(gold.events ?? [], predicted);
    counts = addCounts(counts, score.counts);
    articles++;
    for (const { event, level, by } of score.gold) {
      const want = `${event.cameo} ${event.source ?? '-'}>${event.target ?? '-'}`;
      lines.push(`${level === null ? 'MISSED' : level === 'dyad' ? 'right' : `${level}-only`}\t${file}\t${event.id}\tgold ${want}\tours ${by === null ? '-' : show(by)}`);
    }
    for (const event of score.extra) lines.push(`EXTRA\t${file}\t-\tours ${show(event)}`);
  }
  return { articles, counts, lines };
}

export function tassReport(result: TassEventResult): string {
  const f = (value: number) => value.toFixed(3);
  let text = `${result.lines.join('\n')}\n\nTASS gold: ${result.articles} articles\n`;
  for (const [level, counts] of Object.entries(result.counts)) {
    const precision = counts.tp + counts.fp === 0 ? 0 : counts.tp / (counts.tp + counts.fp);
    const recall = counts.tp + counts.fn === 0 ? 0 : counts.tp / (counts.tp + counts.fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    text += `${level.padEnd(6)} P ${f(precision)}  R ${f(recall)}  F1 ${f(f1)}  (tp ${counts.tp}, fp ${counts.fp}, fn ${counts.fn})\n`;
  }
  return text;
}
