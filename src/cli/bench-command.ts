/**
 * `dateline bench PATH...`: extraction throughput over a corpus — articles/s, MB/s of text and peak
 * memory — printed as a small table (or JSON with --json). Reading is timed apart from extraction, so
 * the figures describe the pipeline, not the disk. CPU time is printed beside wall time (on a shared
 * machine wall time measures the other processes too), with each layer's share of extraction.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Article } from '../document/document.js';
import type { OutputLayerName } from '../document/layers.js';
import { INPUT_FORMATS, DEFAULT_READ_OPTIONS } from '../readers/reader.js';
import type { InputFormat, ReadResult } from '../readers/reader.js';
import { readInputs } from '../readers/read-inputs.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { runPipelineBatch, selectComponents, warmUp } from '../pipeline/run-pipeline.js';
import { BATCH_ARTICLES } from '../pipeline/worker-pool.js';
import type { Component } from '../pipeline/component.js';
import { describeError } from '../errors.js';
import { readReutersArticles } from '../eval/reuters-articles.js';
import { parseLayers } from './extract-command.js';

export interface BenchResult {
  readonly articles: number;
  readonly failed: number;
  readonly megabytes: number;
  readonly setupMs: number;
  readonly extractSeconds: number;
  readonly articlesPerSecond: number;
  readonly megabytesPerSecond: number;
  readonly peakRssMb: number;
  readonly failures: Record<string, number>;
  /** CPU time (user + system, every thread: GC and compiler too) spent extracting, reading excluded. */
  readonly extractCpuSeconds: number;
  readonly megabytesPerCpuSecond: number;
  /** CPU time of the whole process: start-up, data loading, reading and extraction. */
  readonly processCpuSeconds: number;
  /** Each component's share of the extraction wall time, by component name (sums to 1). */
  readonly layerShares: Record<string, number>;
  /** Articles per batch (see runPipelineBatch); 1 runs article by article. */
  readonly batch: number;
}

/** User plus system CPU seconds in `used` (a process.cpuUsage() figure). */
function cpuSeconds(used: NodeJS.CpuUsage): number {
  return (used.user + used.system) / 1e6;
}

/**
 * The components, each adding the wall time of its runs to `spent`. Wall, not CPU: a clock read
 * costs tens of nanoseconds where process.cpuUsage() is a system call of about two microseconds,
 * which seven components times 19,000 articles would turn into a visible share of the run.
 */
export function timedComponents(components: readonly Component[], spent: Map<string, number>): Component[] {
  return components.map((component) => ({
    ...component,
    run: (doc) => {
      const start = performance.now();
      try {
        return component.run(doc);
      } finally {
        spent.set(component.name, (spent.get(component.name) ?? 0) + performance.now() - start);
      }
    },
  }));
}

function shares(spent: ReadonlyMap<string, number>): Record<string, number> {
  const total = [...spent.values()].reduce((sum, ms) => sum + ms, 0);
  return Object.fromEntries([...spent].map(([name, ms]) => [name, total > 0 ? ms / total : 0]));
}

interface Tally {
  articles: number;
  failed: number;
  chars: number;
  extractMs: number;
  extractCpuSeconds: number;
  readonly failures: Record<string, number>;
}

function countFailure(tally: Tally, code: string): void {
  tally.failed++;
  tally.failures[code] = (tally.failures[code] ?? 0) + 1;
}

/** Extracts a batch of read results (see runPipelineBatch; a batch of one is runPipeline), adding to the tally. */
function extractBatch(items: readonly ReadResult[], components: readonly Component[], tally: Tally): void {
  const articles: Article[] = [];
  for (const item of items) {
    if (item.ok) articles.push(item.article);
    else countFailure(tally, item.error.code);
  }
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const outcomes = runPipelineBatch(articles, components);
  tally.extractMs += performance.now() - start;
  tally.extractCpuSeconds += cpuSeconds(process.cpuUsage(cpuStart));
  for (const article of articles) tally.chars += article.text.length;
  for (const outcome of outcomes) {
    if (outcome.ok) tally.articles++;
    else countFailure(tally, describeError(outcome.error).code);
  }
}

/**
 * Runs the pipeline over every readable article of `paths`, at most `limit` of them, `batch`
 * articles at a time (by default as many as `extract` and `ingest` give a worker thread at once;
 * 1: article by article).
 */
export async function runBench(paths: readonly string[], layers: readonly OutputLayerName[], format: InputFormat | 'reuters', limit: number, batch = BATCH_ARTICLES): Promise<BenchResult> {
  const setupStart = performance.now();
  const spent = new Map<string, number>();
  const components = timedComponents(selectComponents(createPipeline(), layers), spent);
  // Components load their data lazily: one tiny article pays that cost before the clock starts.
  warmUp(components);
  spent.clear();
  const setupMs = performance.now() - setupStart;
  const tally: Tally = { articles: 0, failed: 0, chars: 0, extractMs: 0, extractCpuSeconds: 0, failures: {} };
  let pending: ReadResult[] = [];
  const items = format === 'reuters' ? readReutersFolders(paths) : readInputs(paths, { ...DEFAULT_READ_OPTIONS, format });
  for await (const item of items) {
    if (tally.articles + tally.failed + pending.length >= limit) break;
    pending.push(item);
    if (pending.length < batch) continue;
    extractBatch(pending, components, tally);
    pending = [];
  }
  extractBatch(pending, components, tally);
  const { articles, failed, extractCpuSeconds, failures } = tally;
  const megabytes = tally.chars / 1e6;
  const extractSeconds = tally.extractMs / 1000;
  return {
    articles, failed, megabytes, setupMs, extractSeconds,
    articlesPerSecond: extractSeconds > 0 ? articles / extractSeconds : 0,
    megabytesPerSecond: extractSeconds > 0 ? megabytes / extractSeconds : 0,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    failures,
    extractCpuSeconds,
    megabytesPerCpuSecond: extractCpuSeconds > 0 ? megabytes / extractCpuSeconds : 0,
    processCpuSeconds: cpuSeconds(process.cpuUsage()),
    layerShares: shares(spent),
    batch,
  };
}

/** Every story of every Reuters-21578 folder, one at a time. */
function* readReutersFolders(paths: readonly string[]): Generator<ReadResult> {
  for (const path of paths) yield* readReutersArticles(path);
}

/** The table `bench` prints; the lines after peak memory were added later, so older readers of it still work. */
export function formatBench(result: BenchResult, layers: readonly string[]): string {
  const rows: [string, string][] = [
    ['layers', layers.join(',')],
    ['articles', `${result.articles} (${result.failed} failed${result.failed ? `: ${JSON.stringify(result.failures)}` : ''})`],
    ['text', `${result.megabytes.toFixed(2)} MB (million UTF-16 characters)`],
    ['set-up and data loading', `${result.setupMs.toFixed(0)} ms`],
    ['extraction time', `${result.extractSeconds.toFixed(2)} s`],
    ['articles/s', result.articlesPerSecond.toFixed(1)],
    ['MB/s', result.megabytesPerSecond.toFixed(2)],
    ['peak memory (RSS)', `${result.peakRssMb.toFixed(0)} MB`],
    ['extraction CPU', `${result.extractCpuSeconds.toFixed(2)} s (${result.megabytesPerCpuSecond.toFixed(2)} MB per CPU second; all threads)`],
    ['process CPU', `${result.processCpuSeconds.toFixed(2)} s (start-up, loading and reading included)`],
    ['share of extraction', Object.entries(result.layerShares).map(([name, share]) => `${name} ${(100 * share).toFixed(0)}%`).join(', ')],
    ['articles per batch', result.batch === 1 ? '1 (article by article)' : `${result.batch} (component by component over each batch${result.batch === BATCH_ARTICLES ? ', as extract runs' : ''})`],
  ];
  return rows.map(([name, value]) => `${name.padEnd(24)} ${value}`).join('\n');
}

function parseBatch(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number, 1 or more');
  return n;
}

export function buildBenchCommand(): Command {
  return new Command('bench')
    .description('Measure extraction throughput (articles/s, MB/s) and peak memory over a corpus.')
    .argument('<inputs...>', 'files or directories in any input format')
    .addOption(new Option('-i, --input <format>', 'input format; "reuters" reads Reuters-21578 SGML folders').choices([...INPUT_FORMATS, 'reuters']).default('auto'))
    .option('-l, --layers <names>', 'output layers to produce (with what they read)', 'all')
    .option('--limit <n>', 'stop after this many inputs', (v) => Number.parseInt(v, 10), Number.MAX_SAFE_INTEGER)
    .option('--batch <n>', 'run the components over this many articles at a time, one component after another (extract gives a worker this many)', parseBatch, BATCH_ARTICLES)
    .option('--json', 'print the figures as JSON')
    .action(async (inputs: string[], opts: { input: InputFormat | 'reuters'; layers: string; limit: number; batch: number; json?: boolean }) => {
      const layers = parseLayers(opts.layers);
      const result = await runBench(inputs, layers, opts.input, opts.limit, opts.batch);
      process.stdout.write(opts.json ? `${JSON.stringify({ layers, ...result })}\n` : `${formatBench(result, layers)}\n`);
    });
}
