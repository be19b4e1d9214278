/**
 * `npm run bench:store -- [CORPUS] [--n 200000] [--pg postgres://…] [--sqlite PATH] [--queries 200]`
 *
 * Builds a store of N articles and reports (1) store write throughput — articles saved with
 * `store.saveArticle`, one transaction each as `dateline ingest` does, layers empty so extraction
 * is not measured — and (2) search latency p50/p95 for two-word queries with a date filter
 * (`w1 w2 date:YYYY-MM..YYYY-MM`, first page of 20, date order). Articles come from CORPUS (any
 * reader input, repeated with fresh ids and dates until N) or, without one, synthetic text drawn
 * from a Zipf-distributed vocabulary. SQLite always; PostgreSQL too with --pg.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { OutputRecord } from '../src/output/record.js';
import { DEFAULT_READ_OPTIONS } from '../src/readers/reader.js';
import { readInputs } from '../src/readers/read-inputs.js';
import { ingestMetaFor } from '../src/store/ingest-meta.js';
import { openStore } from '../src/store/open-store.js';

interface Args { corpus: string | null; n: number; pg: string | null; sqlite: string | null; queries: number }

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { corpus: null, n: 200_000, pg: null, sqlite: null, queries: 200 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => { const v = argv[++i]; if (v === undefined) throw new Error(`${arg} needs a value`); return v; };
    if (arg === '--n') args.n = Number(value());
    else if (arg === '--pg') args.pg = value();
    else if (arg === '--sqlite') args.sqlite = value();
    else if (arg === '--queries') args.queries = Number(value());
    else args.corpus = arg;
  }
  if (!Number.isInteger(args.n) || args.n < 1) throw new Error('--n must be a positive whole number');
  return args;
}

/** A deterministic pseudo-random generator, so every run builds the same store. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
}

const SYLLABLES = ['ka', 'lo', 'min', 'dra', 'vel', 'os', 'tra', 'ne', 'por', 'ril', 'sa', 'den', 'gu', 'ha', 'mer', 'to'];
const VOCABULARY = Array.from({ length: 6000 }, (_, i) => {
  let word = '';
  for (let n = i + 17; n > 0; n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
  return word;
});

function zipfWord(random: () => number): string {
  // Rank ~ exp(u * ln(V)) gives a heavy head and a long tail, like news vocabulary.
  return VOCABULARY[Math.min(VOCABULARY.length - 1, Math.floor(Math.exp(random() * Math.log(VOCABULARY.length))) - 1)]!;
}

function dayFor(i: number): string {
  return new Date(Date.UTC(2021, 0, 1) + (i % 1095) * 86_400_000).toISOString().slice(0, 10);
}

function emptyRecord(id: string, title: string, text: string, published: string, source: string): OutputRecord {
  return { id, text, title, published, url: null, source, language: 'en', author: null, dateline: null, entities: [], times: [], places: [], quotes: [], events: [] };
}

async function corpusTexts(path: string, limit: number): Promise<{ title: string; text: string; source: string }[]> {
  const texts: { title: string; text: string; source: string }[] = [];
  for await (const item of readInputs([path], DEFAULT_READ_OPTIONS)) {
    if (item.ok) texts.push({ title: item.article.title ?? '', text: item.article.text, source: item.article.source ?? 'corpus' });
    if (texts.length >= limit) break;
  }
  if (texts.length === 0) throw new Error(`No articles could be read from ${path}`);
  return texts;
}

function* records(args: Args, base: readonly { title: string; text: string; source: string }[] | null): Generator<OutputRecord> {
  const random = rng(42);
  for (let i = 0; i < args.n; i++) {
    const day = dayFor(Math.floor(random() * 1095));
    if (base) {
      const item = base[i % base.length]!;
      // The repeat number makes each copy's text (and so its content hash) distinct.
      yield emptyRecord(`bench-${i}`, item.title, `${item.text}\n\n[copy ${i}]`, day, item.source);
    } else {
      const words = Array.from({ length: 180 }, () => zipfWord(random));
      yield emptyRecord(`bench-${i}`, words.slice(0, 8).join(' '), `${words.join(' ')}.`, day, `Outlet ${i % 40}`);
    }
  }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function bench(name: string, location: string, args: Args, base: readonly { title: string; text: string; source: string }[] | null): Promise<void> {
  const store = await openStore(location);
  try {
    const seen = new Date();
    const start = performance.now();
    let n = 0;
    for (const record of records(args, base)) {
      await store.saveArticle(record, ingestMetaFor(record, seen));
      if (++n % 10_000 === 0) process.stderr.write(`${name}: ${n} saved\n`);
    }
    const seconds = (performance.now() - start) / 1000;
    const random = rng(7);
    const latencies: number[] = [];
    let hits = 0;
    for (let q = 0; q < args.queries; q++) {
      // Mid-frequency words (ranks 20-400), so queries match a realistic share of articles.
      const w1 = VOCABULARY[20 + Math.floor(random() * 380)]!;
      const w2 = VOCABULARY[20 + Math.floor(random() * 380)]!;
      const year = 2021 + Math.floor(random() * 3);
      const month = 1 + Math.floor(random() * 10);
      const query = base ? `${base[q % base.length]!.text.split(/\s+/).filter((w) => w.length > 4).slice(0, 2).join(' ')} date:${year}` : `${w1} ${w2} date:${year}-${String(month).padStart(2, '0')}..${year}-${String(month + 2).padStart(2, '0')}`;
      const t0 = performance.now();
      const page = await store.findArticles({ query, limit: 20 });
      latencies.push(performance.now() - t0);
      hits += page.total;
    }
    latencies.sort((a, b) => a - b);
    console.log(JSON.stringify({
      backend: name, articles: n, writeSeconds: Number(seconds.toFixed(1)), articlesPerSecond: Math.round(n / seconds),
      queries: args.queries, meanTotal: Math.round(hits / args.queries),
      p50ms: Number(percentile(latencies, 50).toFixed(1)), p95ms: Number(percentile(latencies, 95).toFixed(1)),
    }));
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const base = args.corpus ? await corpusTexts(args.corpus, args.n) : null;
  const dir = args.sqlite ? null : mkdtempSync(join(tmpdir(), 'dateline-bench-'));
  try {
    await bench('sqlite', args.sqlite ?? join(dir!, 'bench.sqlite'), args, base);
    if (args.pg) await bench('postgres', args.pg, args, base);
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:store: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
