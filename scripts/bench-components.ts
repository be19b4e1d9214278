/**
 * CPU time of each component and of the whole pipeline over the first stories of Reuters-21578,
 * best of several warm rounds: the figure speed work is judged by on a shared machine, where wall
 * time measures the other processes. Each component runs on documents whose input layers were made
 * beforehand, with a fresh copy of the sentences array each round (so tokens shared between
 * components through src/nlp/sentence-tokens.ts are made again, as in a real run); then the whole
 * pipeline article by article ("all") and in batches of 64 articles ("all, 64s").
 *
 * @example npx tsx scripts/bench-components.ts ../shared/data/corpora/reuters21578 --limit 2000 --rounds 3
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { Article, Document } from '../src/document/document.js';
import type { LayerName } from '../src/document/layers.js';
import { readReutersArticles } from '../src/eval/reuters-articles.js';
import type { Component } from '../src/pipeline/component.js';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { runPipeline, runPipelineBatch, warmUp } from '../src/pipeline/run-pipeline.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { limit: { type: 'string', default: '2000' }, rounds: { type: 'string', default: '3' }, only: { type: 'string' } },
});
const [reutersDir] = positionals;
if (!reutersDir) throw new Error('usage: bench-components.ts REUTERS_DIR [--limit N] [--rounds R] [--only entities,all,all-batched]');
const limit = Number.parseInt(values.limit!, 10);
const rounds = Number.parseInt(values.rounds!, 10);
const only = values.only ? new Set(values.only.split(',')) : null;

const articles: Article[] = [];
for (const item of readReutersArticles(reutersDir)) {
  if (articles.length >= limit) break;
  if (item.ok) articles.push(item.article);
}
const components = createPipeline();
const loadStart = process.cpuUsage();
warmUp(components);
const load = process.cpuUsage(loadStart);
const megabytes = articles.reduce((sum, a) => sum + a.text.length, 0) / 1e6;
const full: Document[] = articles.map((a) => runPipeline(a, components));

function cpuSeconds(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/** The documents as `component` receives them: the layers before it, a fresh sentences array. */
function inputs(component: Component): Document[] {
  const before = components.slice(0, components.indexOf(component)).map((c) => c.produces);
  return full.map((doc) => {
    const layers: Record<string, unknown> = {};
    for (const name of before as LayerName[]) layers[name] = doc.layers[name];
    if (layers.sentences) layers.sentences = [...(layers.sentences as unknown[])];
    return { ...doc, layers };
  });
}

function best(label: string, round: () => number): void {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) times.push(round());
  const top = Math.min(...times);
  console.log(`${label.padEnd(12)} ${top.toFixed(2)} s CPU (${(megabytes / top).toFixed(2)} MB/s)  rounds: ${times.map((t) => t.toFixed(2)).join(' ')}`);
}

console.log(`${articles.length} articles, ${megabytes.toFixed(2)} MB; set-up and loading ${((load.user + load.system) / 1e6).toFixed(2)} s CPU; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
for (const component of components) {
  if (only && !only.has(component.name)) continue;
  best(component.name, () => {
    const docs = inputs(component);
    return cpuSeconds(() => docs.forEach((doc) => component.run(doc)));
  });
}
if (!only || only.has('all')) best('all', () => cpuSeconds(() => articles.forEach((a) => runPipeline(a, components))));
/** The whole pipeline component by component over batches of BATCH articles (see runPipelineBatch). */
const BATCH = 64;
if (!only || only.has('all-batched')) {
  best(`all, ${BATCH}s`, () => cpuSeconds(() => {
    for (let i = 0; i < articles.length; i += BATCH) runPipelineBatch(articles.slice(i, i + BATCH), components);
  }));
}
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
