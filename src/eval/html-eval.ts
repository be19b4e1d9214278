/**
 * `dateline eval html --pages DIR --truth FILE`: body extraction measured against the
 * article-extraction benchmark's ground truth (`{"<id>": {"articleBody", "url"}}`), scored as that
 * benchmark does (see html-score.ts). Pages are `<id>.html` or `<id>.html.gz`; only pages present
 * in both the folder and the truth are scored. A page the reader fails on counts as an empty body.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Command } from 'commander';
import { readHtmlBytes } from '../readers/html-reader.js';
import type { PageCounts } from './html-score.js';
import { comparePage, scorePages } from './html-score.js';

export interface HtmlEvalResult {
  readonly pages: number;
  readonly failures: readonly { id: string; code: string }[];
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Wall-clock time of reading and extraction, per page. */
  readonly msPerPage: number;
  /** CPU time of the same, per page: steadier than wall time on a shared machine. */
  readonly cpuMsPerPage: number;
}

const PAGE_NAME = /^(.+)\.html?(\.gz)?$/;

async function loadTruth(path: string): Promise<Map<string, string>> {
  const parsed = JSON.parse(await readFile(path, 'utf8')) as Record<string, { articleBody?: unknown }>;
  const truth = new Map<string, string>();
  for (const [id, entry] of Object.entries(parsed)) truth.set(id, typeof entry?.articleBody === 'string' ? entry.articleBody : '');
  return truth;
}

export async function evaluateHtml(pagesDir: string, truthPath: string): Promise<HtmlEvalResult> {
  const truth = await loadTruth(truthPath);
  const counts: PageCounts[] = [];
  const failures: { id: string; code: string }[] = [];
  let extractMs = 0;
  let cpuMicros = 0;
  for (const name of (await readdir(pagesDir)).sort()) {
    const id = PAGE_NAME.exec(name)?.[1];
    const gold = id === undefined ? undefined : truth.get(id);
    if (id === undefined || gold === undefined) continue;
    const raw = await readFile(join(pagesDir, name));
    const bytes = name.endsWith('.gz') ? gunzipSync(raw) : raw;
    const started = performance.now();
    const cpu = process.cpuUsage();
    const result = readHtmlBytes(bytes, id);
    const used = process.cpuUsage(cpu);
    cpuMicros += used.user + used.system;
    extractMs += performance.now() - started;
    if (!result.ok) failures.push({ id, code: result.error.code });
    counts.push(comparePage(gold, result.ok ? result.article.text : ''));
  }
  const perPage = (total: number) => (counts.length > 0 ? total / counts.length : 0);
  return { pages: counts.length, failures, ...scorePages(counts), msPerPage: perPage(extractMs), cpuMsPerPage: perPage(cpuMicros / 1000) };
}

export function buildHtmlEvalCommand(): Command {
  return new Command('html')
    .description('HTML body extraction: shingle-token precision, recall and F1 against article-extraction ground truth.')
    .requiredOption('--pages <dir>', 'folder of <id>.html or <id>.html.gz pages')
    .requiredOption('--truth <file>', 'ground-truth.json: {"<id>": {"articleBody": ...}}')
    .option('--json', 'print the figures as JSON')
    .action(async (opts: { pages: string; truth: string; json?: boolean }) => {
      const result = await evaluateHtml(opts.pages, opts.truth);
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        return;
      }
      const f = (value: number) => value.toFixed(3);
      process.stdout.write(
        `pages ${result.pages}  failures ${result.failures.length}\n` +
        `precision ${f(result.precision)}  recall ${f(result.recall)}  F1 ${f(result.f1)}\n` +
        `${result.msPerPage.toFixed(1)} ms per page wall clock, ${result.cpuMsPerPage.toFixed(1)} ms CPU (reading and extraction)\n`,
      );
      for (const failure of result.failures) process.stdout.write(`failed ${failure.id}: ${failure.code}\n`);
    });
}
