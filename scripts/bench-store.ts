/**
 * `npm run bench:store -- CORPUS... [--n 200000] [--pg postgres://…] [--sqlite PATH] [--jobs 1]
 *   [--batch 200] [--single 1000] [--queries 300] [--records CACHE.jsonl] [--reuse] [--no-sqlite]`
 *
 * Builds a store of N articles from the shared corpora (corpus-articles.ts) and prints, per backend:
 * 1. extraction: every distinct article (by content hash) extracted once, all layers, with --jobs
 *    worker threads; articles/s. With --records, the records are read from CACHE when it exists
 *    (no extraction figure then) and written to it otherwise.
 * 2. store writes alone: the real records, then derived variants (bench-variants.ts) until N are
 *    stored, saved --batch to a transaction with `store.saveArticles`; articles/s and this process's
 *    CPU ms per article (for PostgreSQL also the server's, read from /proc). Also --single more
 *    variants one transaction each with `store.saveArticle`, as `dateline ingest` saves.
 * 3. with extraction: the real records' extraction time plus their writing time; articles/s.
 * 4. search latency p50/p95 for two words of a random stored article with a date filter
 *    (`w1 w2 date:YYYY-MM..YYYY-MM`, three months, first page of 20 in date order, with the total),
 *    at the end and (100 queries) at checkpoints: after the real records and every 50,000 articles.
 * SQLite always (a temporary file, or --sqlite PATH); PostgreSQL too with --pg (its schema must be
 * empty, or hold a bench store with --reuse). --reuse skips building and only queries; --no-sqlite
 * leaves SQLite out.
 */
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { createRecordExtractor } from '../src/ingest/record-extractor.js';
import type { ErrorRecord, OutputRecord } from '../src/output/record.js';
import { DEFAULT_LIMITS } from '../src/pipeline/run-pipeline.js';
import { contentHash } from '../src/store/content-hash.js';
import { ingestMetaFor } from '../src/store/ingest-meta.js';
import { openStore } from '../src/store/open-store.js';
import type { Store } from '../src/store/store.js';
import { corpusArticles } from './corpus-articles.js';
import { rng, variantOf } from './bench-variants.js';

interface Args { corpora: string[]; n: number; single: number; pg: string | null; sqlite: string | null; noSqlite: boolean; jobs: number; batch: number; queries: number; records: string | null; reuse: boolean }

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { corpora: [], n: 200_000, single: 1000, pg: null, sqlite: null, noSqlite: false, jobs: 1, batch: 200, queries: 300, records: null, reuse: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => { const v = argv[++i]; if (v === undefined) throw new Error(`${arg} needs a value`); return v; };
    const whole = () => { const n = Number(value()); if (!Number.isInteger(n) || n < 0) throw new Error(`${arg} needs a whole number`); return n; };
    if (arg === '--n') args.n = whole();
    else if (arg === '--single') args.single = whole();
    else if (arg === '--pg') args.pg = value();
    else if (arg === '--sqlite') args.sqlite = value();
    else if (arg === '--jobs') args.jobs = whole();
    else if (arg === '--batch') args.batch = Math.max(1, whole());
    else if (arg === '--queries') args.queries = Math.max(1, whole());
    else if (arg === '--records') args.records = value();
    else if (arg === '--reuse') args.reuse = true;
    else if (arg === '--no-sqlite') args.noSqlite = true;
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else args.corpora.push(arg);
  }
  if (args.corpora.length === 0 && !(args.records && existsSync(args.records))) throw new Error('give the corpus folders (or --records CACHE)');
  return args;
}


const log = (line: string) => process.stderr.write(`bench:store: ${line}\n`);
const perSecond = (n: number, ms: number) => Math.round(n / (ms / 1000));

async function writeLines(path: string, records: readonly OutputRecord[]): Promise<void> {
  const out = createWriteStream(path);
  for (const record of records) if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/** Every distinct article of the corpora, extracted once; and the extraction time (null when cached). */
async function extractedRecords(args: Args): Promise<{ records: OutputRecord[]; extractMs: number | null; read: number }> {
  if (args.records && existsSync(args.records)) {
    const records: OutputRecord[] = [];
    for await (const line of createInterface({ input: createReadStream(args.records, 'utf8'), crlfDelay: Infinity })) {
      if (line !== '') records.push(JSON.parse(line) as OutputRecord);
    }
    return { records, extractMs: null, read: records.length };
  }
  const extractor = createRecordExtractor(args.jobs, DEFAULT_LIMITS);
  const records: OutputRecord[] = [];
  const seen = new Set<string>();
  const window: Promise<OutputRecord | ErrorRecord>[] = [];
  const take = async () => { const record = await window.shift()!; if (!('error' in record)) records.push(record); };
  let read = 0;
  const start = performance.now();
  try {
    for (const dir of args.corpora) {
      for await (const article of corpusArticles(dir)) {
        read++;
        const hash = contentHash(article.text);
        if (seen.has(hash)) continue;
        seen.add(hash);
        window.push(extractor.extract({ ok: true, article }));
        if (window.length >= Math.max(1, args.jobs * 4)) await take();
        if (seen.size % 10_000 === 0) log(`${seen.size} extracted`);
      }
    }
    while (window.length > 0) await take();
  } finally {
    await extractor.close();
  }
  const extractMs = performance.now() - start;
  if (args.records) await writeLines(args.records, records);
  return { records, extractMs, read };
}

/** CPU milliseconds used so far by the database server for this process's store (0 for SQLite). */
type ServerCpu = () => Promise<number>;
const noServer: ServerCpu = async () => 0;
/** CPU time in /proc/PID/stat is in clock ticks (getconf CLK_TCK: 100 on Linux). */
const MS_PER_TICK = 10;

/**
 * The PostgreSQL server's CPU time for the store's connections, found by their application_name in
 * pg_stat_activity and read from /proc (the server runs on this machine). A connection that closes
 * keeps the time last read for it.
 */
function postgresServerCpu(location: string, applicationName: string): { cpu: ServerCpu; close: () => Promise<void> } {
  const url = new URL(location);
  url.searchParams.delete('schema');
  url.searchParams.delete('application_name');
  const pool = new pg.Pool({ connectionString: url.toString(), max: 1 });
  const lastMs = new Map<number, number>();
  const cpu = async () => {
    const { rows } = await pool.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [applicationName]);
    for (const { pid } of rows) {
      try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        lastMs.set(pid, (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK); // utime, stime
      } catch { /* the connection closed meanwhile */ }
    }
    return [...lastMs.values()].reduce((sum, ms) => sum + ms, 0);
  };
  return { cpu, close: () => pool.end() };
}

/** Stored-article counts at which the build pauses to measure search (and the end). */
const CHECKPOINT_EVERY = 50_000;

type Checkpoint = (stored: number, writeMs: number) => Promise<void>;

/**
 * The real records, then their variants round-robin, until `n` are stored; returns the writing
 * milliseconds each part took (checkpoints, which measure search on the store so far, excluded).
 */
async function build(store: Store, records: readonly OutputRecord[], args: Args, checkpoint: Checkpoint, serverCpuMs: ServerCpu) {
  const seen = new Date();
  const random = rng(42);
  let stored = 0;
  let pausedMs = 0;
  let saveCpuMs = 0;
  const server0 = await serverCpuMs();
  const start = performance.now();
  const writeMs = () => performance.now() - start - pausedMs;
  const pause = async () => { const t = performance.now(); await checkpoint(stored, writeMs()); pausedMs += performance.now() - t; };
  const save = async (batch: OutputRecord[]) => {
    const items = batch.map((record) => ({ record, ingest: ingestMetaFor(record, seen) }));
    const cpu0 = process.cpuUsage();
    const results = await store.saveArticles(items);
    const used = process.cpuUsage(cpu0);
    saveCpuMs += (used.user + used.system) / 1000;
    stored += results.filter((result) => result.status === 'created').length;
  };
  for (let i = 0; i < records.length && stored < args.n; i += args.batch) await save(records.slice(i, Math.min(records.length, i + args.batch, i + args.n - stored)));
  const realMs = writeMs();
  const realCpu = { stored, client: saveCpuMs, server: await serverCpuMs() - server0 };
  await pause();
  const variant = (i: number) => variantOf(records[i % records.length]!, Math.floor(i / records.length) + 1, records[Math.floor(random() * records.length)]!, random);
  let i = 0;
  while (stored < args.n) {
    const batch: OutputRecord[] = [];
    while (batch.length < Math.min(args.batch, args.n - stored)) batch.push(variant(i++));
    const before = stored;
    await save(batch);
    if (Math.floor(stored / 10_000) !== Math.floor(before / 10_000)) log(`${stored} stored`);
    if (Math.floor(stored / CHECKPOINT_EVERY) !== Math.floor(before / CHECKPOINT_EVERY) && stored < args.n) await pause();
  }
  const allMs = writeMs();
  const cpu = { client: saveCpuMs, server: await serverCpuMs() - server0 };
  const singleStart = performance.now();
  let singleCpuMs = 0;
  for (let k = 0; k < args.single; k++) {
    const record = variant(i++);
    const ingest = ingestMetaFor(record, seen);
    const cpu0 = process.cpuUsage();
    await store.saveArticle(record, ingest);
    const used = process.cpuUsage(cpu0);
    singleCpuMs += (used.user + used.system) / 1000;
  }
  const perArticle = (ms: number, n: number) => Number((ms / Math.max(1, n)).toFixed(2));
  return {
    realMs, allMs, stored, singleRate: perSecond(args.single, performance.now() - singleStart),
    cpuMsPerArticle: { real: perArticle(realCpu.client, realCpu.stored), all: perArticle(cpu.client, stored), single: perArticle(singleCpuMs, args.single) },
    ...(serverCpuMs === noServer ? {} : { serverCpuMsPerArticle: { real: perArticle(realCpu.server, realCpu.stored), all: perArticle(cpu.server, stored) } }),
  };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Two words of five or more letters from a random record, and a three-month window in 2019-2023. */
function queriesFor(records: readonly OutputRecord[], count: number): string[] {
  const random = rng(7);
  const queries: string[] = [];
  while (queries.length < count) {
    const words = records[Math.floor(random() * records.length)]!.text.split(/[^\p{L}]+/u).filter((word) => word.length >= 5);
    if (words.length < 2) continue;
    const w1 = words[Math.floor(random() * words.length)]!;
    const w2 = words[Math.floor(random() * words.length)]!;
    const year = 2019 + Math.floor(random() * 5);
    const month = 1 + Math.floor(random() * 10);
    queries.push(`${w1.toLowerCase()} ${w2.toLowerCase()} date:${year}-${String(month).padStart(2, '0')}..${year}-${String(month + 2).padStart(2, '0')}`);
  }
  return queries;
}

/**
 * Wall-clock latency, and this process's CPU time per query: on SQLite (in process) the CPU time is
 * the query's own cost, apart from waiting for a busy machine's cores.
 */
async function measureSearch(store: Store, queries: readonly string[]) {
  for (const query of queries.slice(0, 20)) await store.findArticles({ query, limit: 20 }); // warm the caches
  const wall: number[] = [];
  const cpu: number[] = [];
  let hits = 0;
  for (const query of queries) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const page = await store.findArticles({ query, limit: 20 });
    wall.push(performance.now() - t0);
    const used = process.cpuUsage(cpu0);
    cpu.push((used.user + used.system) / 1000);
    hits += page.total;
  }
  const ms = (values: number[], p: number) => Number(percentile([...values].sort((a, b) => a - b), p).toFixed(1));
  return {
    queries: queries.length, meanTotal: Math.round(hits / queries.length),
    p50ms: ms(wall, 50), p95ms: ms(wall, 95), maxMs: ms(wall, 100), cpuP50ms: ms(cpu, 50), cpuP95ms: ms(cpu, 95),
  };
}

async function bench(backend: string, location: string, args: Args, records: readonly OutputRecord[], extractMs: number | null): Promise<void> {
  const applicationName = `dateline_bench_${process.pid}`;
  const server = backend === 'postgres' ? postgresServerCpu(location, applicationName) : null;
  const store = await openStore(server ? `${location}${location.includes('?') ? '&' : '?'}application_name=${applicationName}` : location);
  try {
    const queries = queriesFor(records, args.queries);
    const checkpoint: Checkpoint = async (stored, writeMs) => {
      console.log(JSON.stringify({ backend, checkpoint: stored, writesPerSecond: perSecond(stored, writeMs), search: await measureSearch(store, queries.slice(0, 100)) }));
    };
    const built = args.reuse ? null : await build(store, records, args, checkpoint, server?.cpu ?? noServer);
    const articles = (await store.stats()).articles;
    const real = Math.min(records.length, args.n);
    console.log(JSON.stringify({
      backend, articles,
      ...(built ? {
        writesPerSecond: perSecond(built.stored, built.allMs), batch: args.batch, buildSeconds: Math.round(built.allMs / 1000), realArticlesWriteSeconds: Math.round(built.realMs / 1000),
        singleTransactionWritesPerSecond: built.singleRate,
        cpuMsPerArticle: built.cpuMsPerArticle, ...(built.serverCpuMsPerArticle ? { serverCpuMsPerArticle: built.serverCpuMsPerArticle } : {}),
        ...(extractMs === null ? {} : { withExtractionPerSecond: perSecond(real, extractMs * (real / records.length) + built.realMs) }),
      } : {}),
      search: await measureSearch(store, queries),
    }));
  } finally {
    await store.close();
    await server?.close();
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const { records, extractMs, read } = await extractedRecords(args);
  console.log(JSON.stringify({ read, distinct: records.length, jobs: args.jobs, ...(extractMs === null ? {} : { extractSeconds: Math.round(extractMs / 1000), extractedPerSecond: perSecond(records.length, extractMs) }) }));
  const dir = args.sqlite ? null : mkdtempSync(join(tmpdir(), 'dateline-bench-'));
  try {
    if (!args.noSqlite) await bench('sqlite', args.sqlite ?? join(dir!, 'bench.sqlite'), args, records, extractMs);
    if (args.pg) await bench('postgres', args.pg, args, records, extractMs);
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:store: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
});
