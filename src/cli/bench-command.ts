/**
 * `dateline bench PATH...`: extraction throughput over a corpus — articles/s, MB/s of text and peak
 * memory — printed as a small table (or JSON with --json). Reading is timed apart from extraction, so
 * the figures describe the pipeline, not the disk.
 */
import { Command, Option } from 'commander';
import type { OutputLayerName } from '../document/layers.js';
import { INPUT_FORMATS, DEFAULT_READ_OPTIONS } from '../readers/reader.js';
import type { InputFormat, ReadResult } from '../readers/reader.js';
import { readInputs } from '../readers/read-inputs.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { runPipeline, selectComponents, warmUp } from '../pipeline/run-pipeline.js';
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
}

/** Runs the pipeline over every readable article of `paths`, at most `limit` of them. */
export async function runBench(paths: readonly string[], layers: readonly OutputLayerName[], format: InputFormat | 'reuters', limit: number): Promise<BenchResult> {
  const setupStart = performance.now();
  const components = selectComponents(createPipeline(), layers);
  // Components load their data lazily: one tiny article pays that cost before the clock starts.
  warmUp(components);
  const setupMs = performance.now() - setupStart;
  let articles = 0;
  let failed = 0;
  let chars = 0;
  let extractMs = 0;
  const failures: Record<string, number> = {};
  const items = format === 'reuters' ? readReutersFolders(paths) : readInputs(paths, { ...DEFAULT_READ_OPTIONS, format });
  for await (const item of items) {
    if (articles + failed >= limit) break;
    const code = extractTimed(item, components, (ms, length) => { extractMs += ms; chars += length; });
    if (code) {
      failed++;
      failures[code] = (failures[code] ?? 0) + 1;
    } else articles++;
  }
  const megabytes = chars / 1e6;
  const extractSeconds = extractMs / 1000;
  return {
    articles, failed, megabytes, setupMs, extractSeconds,
    articlesPerSecond: extractSeconds > 0 ? articles / extractSeconds : 0,
    megabytesPerSecond: extractSeconds > 0 ? megabytes / extractSeconds : 0,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    failures,
  };
}

/** Every story of every Reuters-21578 folder, one at a time. */
function* readReutersFolders(paths: readonly string[]): Generator<ReadResult> {
  for (const path of paths) yield* readReutersArticles(path);
}

function extractTimed(item: ReadResult, components: ReturnType<typeof selectComponents>, record: (ms: number, chars: number) => void): string | null {
  if (!item.ok) return item.error.code;
  const start = performance.now();
  try {
    runPipeline(item.article, components);
    return null;
  } catch (error) {
    return describeError(error).code;
  } finally {
    record(performance.now() - start, item.article.text.length);
  }
}

function formatBench(result: BenchResult, layers: readonly string[]): string {
  const rows: [string, string][] = [
    ['layers', layers.join(',')],
    ['articles', `${result.articles} (${result.failed} failed${result.failed ? `: ${JSON.stringify(result.failures)}` : ''})`],
    ['text', `${result.megabytes.toFixed(2)} MB (million UTF-16 characters)`],
    ['set-up and data loading', `${result.setupMs.toFixed(0)} ms`],
    ['extraction time', `${result.extractSeconds.toFixed(2)} s`],
    ['articles/s', result.articlesPerSecond.toFixed(1)],
    ['MB/s', result.megabytesPerSecond.toFixed(2)],
    ['peak memory (RSS)', `${result.peakRssMb.toFixed(0)} MB`],
  ];
  return rows.map(([name, value]) => `${name.padEnd(24)} ${value}`).join('\n');
}

export function buildBenchCommand(): Command {
  return new Command('bench')
    .description('Measure extraction throughput (articles/s, MB/s) and peak memory over a corpus.')
    .argument('<inputs...>', 'files or directories in any input format')
    .addOption(new Option('-i, --input <format>', 'input format; "reuters" reads Reuters-21578 SGML folders').choices([...INPUT_FORMATS, 'reuters']).default('auto'))
    .option('-l, --layers <names>', 'output layers to produce (with what they read)', 'all')
    .option('--limit <n>', 'stop after this many inputs', (v) => Number.parseInt(v, 10), Number.MAX_SAFE_INTEGER)
    .option('--json', 'print the figures as JSON')
    .action(async (inputs: string[], opts: { input: InputFormat | 'reuters'; layers: string; limit: number; json?: boolean }) => {
      const layers = parseLayers(opts.layers);
      const result = await runBench(inputs, layers, opts.input, opts.limit);
      process.stdout.write(opts.json ? `${JSON.stringify({ layers, ...result })}\n` : `${formatBench(result, layers)}\n`);
    });
}
