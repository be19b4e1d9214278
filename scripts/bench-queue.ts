/**
 * `node --import tsx scripts/bench-queue.ts [--reuters DIR] [--n 1000] [--warmup 6000] [--chunk 20] [--hold 1,2]
 *   [--workers 1,2] [--skip-in-process] [--worker-args "…"] [--node-args "…"] [--redis redis://…] [--pg postgres://…]`
 *
 * Throughput of queue-backed ingestion (src/queue/) on this machine, into PostgreSQL:
 * 1. in-process: `dateline ingest --store postgres://… --jobs 1` over the same articles (the baseline;
 *    `--skip-in-process` leaves it out);
 * 2. worker processes with one extraction thread each (`dateline worker --concurrency 1`), one and
 *    then two at once (target: two at least 1.7 times one), each with the same settings, for each
 *    `--hold` (jobs a worker holds: 1, each job end to end, one core's worth; 2, storing one job while
 *    extracting the next). `--worker-args` adds worker options and `--node-args` Node/V8 flags to
 *    every worker process alike (for experiments, e.g. `--node-args --max-semi-space-size=16`).
 * Jobs are of `--chunk` articles (default: what `ingest --queue` enqueues by default).
 * Before the measured articles, each worker takes `--warmup` others (not measured): a worker's CPU
 * an article keeps falling long after start-up, as V8 optimises the pipeline's code and its caches
 * fill (extraction thread, Reuters, jobs of 100: 1.18 ms an article after 1,000 stories of warm-up,
 * 0.91 after 3,000, 0.82 after 6,000), and without the default 6,000 each of two workers, having seen
 * half the articles, was measured less warm than one worker and seemed to scale worse.
 * Each run gets a fresh schema and a fresh queue prefix, removed afterwards. Rates are articles/s
 * over the steady part of the run (from 5% to 95% of the articles done); workers start on a paused
 * queue, which resumes once they have loaded their models, so start-up is not measured. The queue
 * overhead per article is 1/rate(one worker) − 1/rate(in-process); enqueueing is timed on its own.
 *
 * The machine may be shared, so wall-clock rates can be noise; what does not depend much on load is
 * the CPU an article costs, printed for every run from /proc (bench-queue-proc.ts), by process and
 * thread: each worker's main thread (queue, storing), its extraction thread (its busiest other
 * thread), the rest of its threads (V8's garbage-collection and compiler helpers, libuv), the
 * PostgreSQL backends serving the workers (found by the workers' TCP ports), all postgres processes
 * (anyone's), and Redis (anyone's). Their sum, times the rate, is how many cores the run kept busy.
 * Articles: the first N stories of Reuters-21578 (--reuters DIR, the folder of .sgm files), else
 * generated wire stories of 1 to 6 paragraphs (test/queue/wire-stories.ts).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import type { Article } from '../src/document/document.js';
import { readReutersArticles } from '../src/eval/reuters-articles.js';
import { runIngest } from '../src/ingest/ingest-run.js';
import { DEFAULT_FETCH_OPTIONS } from '../src/ingest/url-fetcher.js';
import { DEFAULT_LIMITS } from '../src/pipeline/run-pipeline.js';
import { openArticleQueue } from '../src/queue/article-queue.js';
import { DEFAULT_CHUNK, enqueueArticles } from '../src/queue/enqueue-articles.js';
import { enqueueInputs } from '../src/queue/enqueue-sources.js';
import type { ReadResult } from '../src/readers/reader.js';
import { DEFAULT_READ_OPTIONS } from '../src/readers/reader.js';
import { openStore } from '../src/store/open-store.js';
import { freshQueue, freshSchema } from '../test/queue/queue-services.js';
import { toJsonl, wireStories } from '../test/queue/wire-stories.js';
import { MS_PER_TICK, cpuTicks, loadAverage, localPorts, rssMb, sum, threadTicks, ticksOf, ticksSince } from './bench-queue-proc.js';

const { values: args } = parseArgs({ options: {
  reuters: { type: 'string' }, n: { type: 'string', default: '1000' }, chunk: { type: 'string', default: String(DEFAULT_CHUNK) },
  hold: { type: 'string', default: '1,2' }, workers: { type: 'string', default: '1,2' }, warmup: { type: 'string', default: '6000' },
  'skip-in-process': { type: 'boolean', default: false },
  'worker-args': { type: 'string', default: '' }, 'node-args': { type: 'string', default: '' },
  redis: { type: 'string' }, pg: { type: 'string' },
} });
if (args.redis) process.env['DATELINE_TEST_REDIS'] = args.redis;
if (args.pg) process.env['DATELINE_TEST_PG'] = args.pg;
const N = Number(args.n);
const CHUNK = Number(args.chunk);
const WARMUP = Number(args.warmup);
const numbers = (list: string) => list.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
const words = (list: string) => list.split(' ').filter(Boolean);
const CLI = new URL('../test/queue/run-cli.ts', import.meta.url).pathname;

/** The first `count` articles: Reuters-21578 stories, else generated wire stories. */
function articles(count: number): Article[] {
  if (!args.reuters) return wireStories(count, { paragraphs: (i) => 1 + (i % 6) });
  const list: Article[] = [];
  for (const item of readReutersArticles(args.reuters)) {
    if (item.ok) list.push(item.article);
    if (list.length >= count) break;
  }
  return list;
}

/** As read results, for enqueueArticles. */
async function* readResults(list: readonly Article[]): AsyncGenerator<ReadResult> {
  for (const article of list) yield { ok: true, article };
}

/** Where the steady part of a run starts or ends: articles done, and when. */
interface Mark { readonly at: number; readonly n: number }

/**
 * The steady part of a run, from 5% to 95% of `total` done, sampling `done()` every 100 ms until
 * `total`; `atMark` is called as each end is reached (to read CPU counters over the same span).
 */
async function steadySpan(total: number, done: () => Promise<number>, atMark: (which: 'from' | 'to') => void = () => {}): Promise<{ rate: number; articles: number }> {
  let from: Mark | null = null;
  let to: Mark | null = null;
  for (;;) {
    const mark = { n: await done(), at: performance.now() };
    if (!from && mark.n >= total * 0.05) { from = mark; atMark('from'); }
    if (!to && mark.n >= total * 0.95) { to = mark; atMark('to'); }
    if (mark.n >= total) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { rate: (to!.n - from!.n) / ((to!.at - from!.at) / 1000), articles: to!.n - from!.n };
}

async function inProcess(file: string, total: number): Promise<number> {
  const schema = await freshSchema();
  const store = await openStore(schema.url);
  let read = 0;
  try {
    const run = runIngest([file], { read: DEFAULT_READ_OPTIONS, fetch: DEFAULT_FETCH_OPTIONS, limits: DEFAULT_LIMITS, jobs: 1, onProgress: (s) => { read = s.read; } }, store);
    const { rate } = await steadySpan(total, async () => read);
    await run;
    return rate;
  } finally {
    await store.close();
    await schema.remove();
  }
}

async function redisMemory(url: string): Promise<number> {
  const redis = new Redis(url);
  try {
    return Number(/used_memory:(\d+)/.exec(await redis.info('memory'))?.[1] ?? 0);
  } finally {
    redis.disconnect();
  }
}

/** The PostgreSQL backends serving the given client processes (matched by the clients' TCP ports). */
async function backendsOf(pool: { query<R>(sql: string): Promise<{ rows: R[] }> }, clients: readonly (number | undefined)[]): Promise<number[]> {
  const ports = new Set(clients.flatMap((pid) => [...localPorts(pid)]));
  const { rows } = await pool.query<{ pid: number; client_port: number | null }>('SELECT pid, client_port FROM pg_stat_activity');
  return rows.filter((row) => row.client_port !== null && ports.has(row.client_port)).map((row) => row.pid);
}

/** Waits until the processes have used no CPU for a second (their models are loaded), at most 3 minutes. */
async function whenIdle(pids: readonly (number | undefined)[]): Promise<void> {
  let last = -1;
  for (let i = 0; i < 180; i++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const ticks = sum(pids.map((pid) => cpuTicks(pid)));
    if (ticks === last) return;
    last = ticks;
  }
}

/** CPU ms an article of one worker process, by thread. */
interface WorkerCpu {
  readonly main: number;
  /** Its busiest thread besides the main one: the extraction thread (with `--concurrency 1`). */
  readonly extraction: number;
  /** Every other thread: V8's garbage-collection and compiler helpers, libuv's. */
  readonly helpers: number;
}

/** CPU counters at one end of the steady span: each worker's threads, every postgres and redis process. */
interface CpuReading {
  readonly threads: readonly Map<number, number>[];
  readonly postgres: Map<number, number>;
  readonly redis: Map<number, number>;
  readonly load: string;
}

function readCpu(pids: readonly (number | undefined)[]): CpuReading {
  return { threads: pids.map((pid) => threadTicks(pid)), postgres: ticksOf('postgres'), redis: ticksOf('redis-server'), load: loadAverage() };
}

/** A worker process's ticks by thread between two readings, as CPU ms an article. */
function workerCpu(pid: number | undefined, before: Map<number, number>, after: Map<number, number>, articles: number): WorkerCpu {
  const used = ticksSince(before, after);
  const main = used.get(pid!) ?? 0;
  used.delete(pid!);
  const extraction = Math.max(0, ...used.values());
  const perArticle = (ticks: number) => (ticks * MS_PER_TICK) / articles;
  return { main: perArticle(main), extraction: perArticle(extraction), helpers: perArticle(sum(used.values()) - extraction) };
}

interface WorkersRun {
  readonly rate: number;
  readonly enqueueMs: number;
  readonly bytesPerJob: number;
  readonly peakRssMb: number;
  readonly workers: readonly WorkerCpu[];
  /** CPU ms an article of the PostgreSQL backends serving the workers, of every postgres process (anyone's), of Redis. */
  readonly backends: number;
  readonly postgres: number;
  readonly redis: number;
  readonly load: string;
}

type CpuFigures = Pick<WorkersRun, 'workers' | 'backends' | 'postgres' | 'redis' | 'load'>;

/** CPU ms an article over the steady span, `backends` being the postgres pids that served the workers. */
function cpuFigures(pids: readonly (number | undefined)[], from: CpuReading, to: CpuReading, articles: number, backends: readonly number[]): CpuFigures {
  const perArticle = (ticks: number) => (ticks * MS_PER_TICK) / articles;
  const postgres = ticksSince(from.postgres, to.postgres);
  return {
    workers: pids.map((pid, i) => workerCpu(pid, from.threads[i]!, to.threads[i]!, articles)),
    backends: perArticle(sum(backends.map((pid) => postgres.get(pid) ?? 0))),
    postgres: perArticle(sum(postgres.values())),
    redis: perArticle(sum(ticksSince(from.redis, to.redis).values())),
    load: `${from.load} → ${to.load}`,
  };
}

/** CPU ms an article of everything the workers used: their processes, their backends, Redis. */
const cpuInAll = (run: WorkersRun) => sum(run.workers.map((w) => w.main + w.extraction + w.helpers)) + run.backends + run.redis;

function startWorkers(count: number, queue: ReturnType<typeof freshQueue>, storeUrl: string, hold: number): ReturnType<typeof spawn>[] {
  return Array.from({ length: count }, () => spawn(process.execPath, [...words(args['node-args']), '--import', 'tsx', CLI, 'worker',
    '--queue', queue.url, '--queue-prefix', queue.prefix, '--store', storeUrl, '--concurrency', '1', '--hold', String(hold),
    ...words(args['worker-args'])], { stdio: 'ignore' }));
}

/**
 * `workers` worker processes drain the articles of `file` (`total` of them) from a fresh queue into a
 * fresh schema. Before those, each worker's share of `warm` articles (WARMUP a worker, enqueued first
 * and not measured) lets V8 compile the pipeline's hot code, as in a long-running worker.
 */
async function withWorkers(file: string, warm: readonly Article[], total: number, workers: number, hold: number): Promise<WorkersRun> {
  const schema = await freshSchema();
  await (await openStore(schema.url)).close();
  const queue = freshQueue();
  const children: ReturnType<typeof spawn>[] = [];
  // The queue stays paused until every worker has loaded its models, so that start-up is not measured.
  const paused = openArticleQueue(queue);
  try {
    await paused.queue.pause();
    await enqueueArticles(paused.queue, readResults(warm.slice(0, WARMUP * workers)), { mode: 'ingest', chunk: CHUNK });
    // Taken after the warm-up's jobs are in, so that the bytes a job are the measured jobs' alone.
    const memoryBefore = await redisMemory(queue.url);
    const started = performance.now();
    const { jobs, runId } = await enqueueInputs(queue, [file], { read: DEFAULT_READ_OPTIONS, fetch: DEFAULT_FETCH_OPTIONS, chunk: CHUNK });
    const enqueueMs = performance.now() - started;
    const bytesPerJob = ((await redisMemory(queue.url)) - memoryBefore) / jobs;
    children.push(...startWorkers(workers, queue, schema.url, hold));
    // Articles the workers have finished with, from the queue's counts of finished jobs (the warm-up's
    // jobs finish first: they were enqueued first). Polled every 100 ms, this costs Redis a few
    // microseconds; counting the ledger's rows instead cost PostgreSQL about a millisecond a poll
    // (4,000 lines), CPU that two workers had to share their two cores with, where one worker's run
    // left it to the idle core.
    const warmJobs = Math.ceil(Math.min(warm.length, WARMUP * workers) / CHUNK);
    // (The completed-jobs metric counts every job, where the completed set keeps only the latest 10,000.)
    const count = async () => {
      const [metrics, failed] = await Promise.all([paused.queue.getMetrics('completed', 0, 0), paused.queue.getFailedCount()]);
      return Math.min(total, Math.max(0, (metrics.meta.count + failed - warmJobs) * CHUNK));
    };
    // Items in the run's ledger lines (stored, or found to be copies: Reuters-21578 repeats some stories).
    const logged = async () => Number((await schema.pool.query<{ n: string }>('SELECT count(DISTINCT item) AS n FROM ingest_ledger WHERE run_id = $1', [runId])).rows[0]!.n);
    const pids = children.map((child) => child.pid);
    // A worker that exits before it is stopped (a crash) ends the run instead of leaving it waiting for ever.
    const crash = new Promise<never>((_, reject) => {
      for (const child of children) child.once('exit', (code, signal) => reject(new Error(`a worker exited early (${code ?? signal})`)));
    });
    crash.catch(() => {}); // seen by the races below; a stop by SIGTERM afterwards is no crash
    await Promise.race([whenIdle(pids), crash]);
    await paused.queue.resume();
    const readings: Partial<Record<'from' | 'to', CpuReading>> = {};
    let peakRssMb = 0;
    const sampler = setInterval(() => { for (const pid of pids) peakRssMb = Math.max(peakRssMb, rssMb(pid)); }, 200);
    const span = await Promise.race([steadySpan(total, count, (which) => { readings[which] = readCpu(pids); }), crash]).finally(() => clearInterval(sampler));
    const inLedger = await logged();
    if (inLedger !== total) throw new Error(`the ledger holds ${inLedger} of the run's ${total} articles once its jobs are done`);
    // The workers' pools open connections as they need them, so their backends are found at the end.
    const backends = await backendsOf(schema.pool, pids);
    const run = { rate: span.rate, enqueueMs, bytesPerJob, peakRssMb, ...cpuFigures(pids, readings.from!, readings.to!, span.articles, backends) };
    await Promise.all(children.map((child) => new Promise((resolve) => { child.once('exit', resolve); child.kill('SIGTERM'); })));
    return run;
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await paused.close();
    await queue.remove();
    await schema.remove();
  }
}

// Two decimals: a change of a tenth of a millisecond an article in one process is worth seeing.
const ms = (n: number) => n.toFixed(2);

function describe(label: string, run: WorkersRun): void {
  const all = cpuInAll(run);
  console.log(`${label} ${run.rate.toFixed(1)} articles/s  [load ${run.load}]`);
  console.log(`    CPU ms an article: ${run.workers.map((w) => `worker ${ms(w.main + w.extraction + w.helpers)} (main ${ms(w.main)}, extraction ${ms(w.extraction)}, V8 helpers and others ${ms(w.helpers)})`).join(' + ')}`);
  console.log(`      + PostgreSQL backends ${ms(run.backends)} + redis ${ms(run.redis)} = ${ms(all)} in all → ${(all * run.rate / 1000).toFixed(2)} cores busy; (all postgres processes, anyone's: ${ms(run.postgres)})`);
}

async function main(file: string, list: readonly Article[], warm: readonly Article[]): Promise<void> {
  const chars = list.reduce((total, article) => total + article.text.length, 0);
  console.log(`${list.length} articles (${args.reuters ? 'Reuters-21578' : 'generated'}), ${Math.round(chars / list.length)} characters on average; chunk ${CHUNK}; warm-up ${WARMUP} a worker`
    + `${args['worker-args'] ? `; worker ${args['worker-args']}` : ''}${args['node-args'] ? `; node ${args['node-args']}` : ''}`);
  let local = 0;
  if (!args['skip-in-process']) {
    const loadBefore = loadAverage();
    local = await inProcess(file, list.length);
    console.log(`in-process ingest (--jobs 1): ${local.toFixed(1)} articles/s  [load ${loadBefore} → ${loadAverage()}]`);
  }
  const runs: { hold: number; byWorkers: Map<number, WorkersRun> }[] = [];
  for (const hold of numbers(args.hold)) {
    const byWorkers = new Map<number, WorkersRun>();
    for (const workers of numbers(args.workers)) {
      const run = await withWorkers(file, warm, list.length, workers, hold);
      describe(`${workers} worker(s) (--concurrency 1 --hold ${hold}):`, run);
      byWorkers.set(workers, run);
    }
    runs.push({ hold, byWorkers });
  }
  const first = runs[0]?.byWorkers.values().next().value as WorkersRun | undefined;
  if (!first) return;
  console.log(`enqueueing took ${(first.enqueueMs / list.length).toFixed(2)} ms an article; Redis holds ${Math.round(first.bytesPerJob)} bytes a waiting job`);
  console.log(`peak resident memory of one worker process (one thread): ${Math.round(Math.max(...runs.flatMap((run) => [...run.byWorkers.values()].map((w) => w.peakRssMb))))} MB`);
  ratios(runs, local);
}

/**
 * Two / one for each --hold and for the best of each; and, for --hold 1, what the CPU figures allow:
 * a worker's article is a chain (all its CPU but its helper threads'), so two workers with a core
 * each reach at most 2 × chain / all times one (a figure that does not depend on the machine's load).
 */
function ratios(runs: readonly { hold: number; byWorkers: Map<number, WorkersRun> }[], local: number): void {
  const best = (workers: number) => Math.max(0, ...runs.map((run) => run.byWorkers.get(workers)?.rate ?? 0));
  for (const { hold, byWorkers } of runs) {
    const one = byWorkers.get(1);
    const two = byWorkers.get(2);
    if (one && two) console.log(`two / one (--hold ${hold}): ${(two.rate / one.rate).toFixed(2)}x (target 1.7x); CPU in all an article ${ms(cpuInAll(one))} → ${ms(cpuInAll(two))} ms`);
    if (one && hold === 1) console.log(`  ceiling from CPU (--hold 1): 2 × chain / all = ${(2 * (1 - sum(one.workers.map((w) => w.helpers)) / cpuInAll(one))).toFixed(2)}x`);
    if (one && local > 0) console.log(`queue overhead (--hold ${hold}): ${(1000 / one.rate - 1000 / local).toFixed(2)} ms an article (one worker vs in-process)`);
  }
  if (runs.length > 1 && best(1) > 0 && best(2) > 0) console.log(`best two / best one: ${(best(2) / best(1)).toFixed(2)}x`);
}

const all = articles(N + WARMUP * Math.max(...numbers(args.workers)));
const list = all.slice(0, N);
const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-queue-'));
const file = join(dir, 'articles.jsonl');
writeFileSync(file, toJsonl(list));
try {
  await main(file, list, all.slice(N));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
