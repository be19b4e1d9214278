/**
 * `dateline eval time --timeml DIR`: runs the times component over TimeML files, each with its
 * document creation time as the reference date, and prints TempEval-3's timex measures for each
 * corpus (each subfolder of DIR) and overall, with the commonest errors.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import type { Document } from '../document/document.js';
import { splitSentences } from '../components/sentences/sentence-component.js';
import { createTimeComponent } from '../components/times/time-component.js';
import { parseTimeml } from './timeml-reader.js';
import type { TimexCounts, TimexError } from './timeml-score.js';
import { addCounts, emptyCounts, f1, scoreDocument } from './timeml-score.js';

export interface TimeEvalResult {
  readonly corpora: ReadonlyMap<string, TimexCounts>;
  readonly total: TimexCounts;
  readonly errors: readonly TimexError[];
  /** The documents as run, kept for the speed measurement. */
  readonly documents: readonly Document[];
}

function findTml(dir: string, out: string[] = [], depth = 0): string[] {
  if (depth > 6) return out;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findTml(path, out, depth + 1);
    else if (name.endsWith('.tml')) out.push(path);
  }
  return out;
}

/** Scores every `.tml` file under `dir`; the corpus of a file is its first folder under `dir`. */
export function evaluateTimeml(dir: string): TimeEvalResult {
  const component = createTimeComponent();
  const corpora = new Map<string, TimexCounts>();
  const total = emptyCounts();
  const errors: TimexError[] = [];
  const documents: Document[] = [];
  for (const path of findTml(dir)) {
    const parts = relative(dir, path).split(/[\\/]/);
    const corpus = parts.length > 1 ? parts[0]! : basename(dir);
    const tml = parseTimeml(readFileSync(path, 'utf8'), basename(path, '.tml'));
    const meta = { id: tml.id, title: null, url: null, source: null, published: tml.creationTime, language: 'en', author: null };
    // Offsets must index the TimeML text exactly, so the text is not normalised here.
    const doc: Document = { meta, text: tml.text, layers: { sentences: splitSentences(tml.text) } };
    documents.push(doc);
    const counts = scoreDocument(tml.timexes, component.run(doc), errors);
    if (!corpora.has(corpus)) corpora.set(corpus, emptyCounts());
    addCounts(corpora.get(corpus)!, counts);
    addCounts(total, counts);
  }
  return { corpora, total, errors, documents };
}

/**
 * Throughput of the times component alone (sentences already split) over the documents, repeated
 * until at least `minChars` characters have been read. CPU time, not wall time, so that a busy
 * machine does not halve the figure; one warm-up pass first.
 */
export function measureSpeed(documents: readonly Document[], minChars = 2_000_000): { chars: number; cpuSeconds: number; mbPerSecond: number } {
  const component = createTimeComponent();
  documents.forEach((doc) => component.run(doc));
  const total = documents.reduce((sum, doc) => sum + doc.text.length, 0);
  const rounds = total === 0 ? 0 : Math.ceil(minChars / total);
  const before = process.cpuUsage();
  for (let round = 0; round < rounds; round++) documents.forEach((doc) => component.run(doc));
  const used = process.cpuUsage(before);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const chars = total * rounds;
  return { chars, cpuSeconds, mbPerSecond: cpuSeconds === 0 ? 0 : chars / 1e6 / cpuSeconds };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function row(name: string, c: TimexCounts): string {
  const strict = f1(c.strict, c.system, c.gold);
  const relaxed = f1(c.relaxed, c.system, c.gold);
  const value = f1(c.valueCorrect, c.system, c.gold);
  const typeAcc = c.relaxed === 0 ? 0 : c.typeCorrect / c.relaxed;
  return [name.padEnd(10), String(c.gold).padStart(5), String(c.system).padStart(5), pct(strict.p), pct(strict.r), pct(strict.f), pct(relaxed.p), pct(relaxed.r), pct(relaxed.f), pct(typeAcc), pct(value.p), pct(value.r), pct(value.f)].join(' ');
}

/** The `limit` commonest errors, grouped by kind and lower-cased text (digits as 9). */
export function commonErrors(errors: readonly TimexError[], limit: number): string[] {
  const groups = new Map<string, { count: number; example: TimexError }>();
  for (const error of errors) {
    const key = `${error.kind}|${error.text.toLowerCase().replace(/\d/g, '9')}|${error.expected.replace(/\d/g, '9')}|${error.found.replace(/\d/g, '9')}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { count: 1, example: error });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count).slice(0, limit)
    .map(({ count, example: e }) => `${String(count).padStart(4)}  ${e.kind.padEnd(8)} ${JSON.stringify(e.text).padEnd(34)} expected ${(e.expected || '-').padEnd(14)} found ${e.found || '-'}`);
}

export function formatTimeEval(result: TimeEvalResult, errorLimit: number): string {
  const header = ['corpus'.padEnd(10), 'gold'.padStart(5), ' sys', ' strP', ' strR', 'strF1', ' relP', ' relR', 'relF1', ' type', ' valP', ' valR', 'valF1'].join(' ');
  const lines = [header];
  for (const [name, counts] of result.corpora) lines.push(row(name, counts));
  lines.push(row('overall', result.total));
  if (errorLimit > 0) lines.push('', `Commonest errors (of ${result.errors.length}):`, ...commonErrors(result.errors, errorLimit));
  return lines.join('\n');
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return n;
}

export function buildTimeEvalCommand(): Command {
  return new Command('time')
    .description('Time expressions against TimeML gold (TempEval-3 measures; document creation time = reference date).')
    .requiredOption('--timeml <dir>', 'folder of .tml files; each subfolder is reported as its own corpus')
    .option('--errors <n>', 'how many of the commonest errors to list', nonNegativeInt, 15)
    .option('--speed', 'also measure the component\'s throughput (CPU time, one core) over these texts')
    .action((opts: { timeml: string; errors: number; speed?: boolean }) => {
      const result = evaluateTimeml(opts.timeml);
      process.stdout.write(`${formatTimeEval(result, opts.errors)}\n`);
      if (opts.speed) {
        const speed = measureSpeed(result.documents);
        process.stdout.write(`\nSpeed: ${(speed.chars / 1e6).toFixed(1)} M characters in ${speed.cpuSeconds.toFixed(2)} s of CPU time = ${speed.mbPerSecond.toFixed(1)} MB/s (sentences split beforehand)\n`);
      }
    });
}
