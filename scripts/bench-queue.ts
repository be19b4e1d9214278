/**
 * `npx tsx scripts/bench-queue.ts [--reuters DIR] [--n 1000] [--chunk 1] [--redis redis://…] [--pg postgres://…]`
 *
 * Throughput of queue-backed ingestion (src/queue/) on this machine, into PostgreSQL:
 * 1. in-process: `dateline ingest --store postgres://… --jobs 1` over the same articles (the baseline);
 * 2. worker processes with one extraction thread each (`dateline worker --concurrency 1`), one and
 *    then two at once (target: two at least 1.7 times one), in two configurations:
 *    - the default, which holds two jobs (`--hold 2`): storing one job overlaps extracting the next,
 *      so one such worker uses a little more than one core;
 *    - one core's worth (`--hold 1`): each job end to end, extraction then storing.
 * Each run gets a fresh schema and a fresh queue prefix, removed afterwards. Rates are articles/s
 * over the steady part of the run (from 5% to 95% of the articles done); workers start on a paused
 * queue, which resumes once they have loaded their models, so start-up is not measured. The queue
 * overhead per article is 1/rate(one default worker) − 1/rate(in-process); enqueueing is timed on its own.
 * The machine may be shared, so each run also prints the load average before and after, and the CPU
 * time per article of each worker process (main and extraction threads) and of all PostgreSQL and
 * Redis server processes on the machine (which includes anyone else's use of them).
 * Articles: the first N stories of Reuters-21578 (--reuters DIR, the folder of .sgm files), else
 * generated wire stories of 1 to 6 paragraphs (test/queue/wire-stories.ts).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
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
import { enqueueInputs } from '../src/queue/enqueue-sources.js';
import { DEFAULT_READ_OPTIONS } from '../src/readers/reader.js';
import { openStore } from '../src/store/open-store.js';
import { freshQueue, freshSchema } from '../test/queue/queue-services.js';
import { toJsonl, wireStories } from '../test/queue/wire-stories.js';

const { values: args } = parseArgs({ options: {
  reuters: { type: 'string' }, n: { type: 'string', default: '1000' }, chunk: { type: 'string', default: '1' },
  redis: { type: 'string' }, pg: { type: 'string' },
} });
if (args.redis) process.env['DATELINE_TEST_REDIS'] = args.redis;
if (args.pg) process.env['DATELINE_TEST_PG'] = args.pg;
const N = Number(args.n);
const CHUNK = Number(args.chunk);
const CLI = new URL('../test/queue/run-cli.ts', import.meta.url).pathname;

function articles(): Article[] {
  if (!args.reuters) return wireStories(N, { paragraphs: (i) => 1 + (i % 6) });
  const list: Article[] = [];
  for (const item of readReutersArticles(args.reuters)) {
    if (item.ok) list.push(item.article);
    if (list.length >= N) break;
  }
  return list;
}

/** Articles/s between 5% and 95% of `total` stored, sampling `stored()` every 100 ms until `total`. */
async function steadyRate(total: number, stored: () => Promise<number>): Promise<number> {
  const marks: { at: number; n: number }[] = [];
  for (;;) {
    const n = await stored();
    marks.push({ at: performance.now(), n });
    if (n >= total) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const from = marks.find((mark) => mark.n >= total * 0.05)!;
  const to = marks.find((mark) => mark.n >= total * 0.95)!;
  return (to.n - from.n) / ((to.at - from.at) / 1000);
}

async function inProcess(file: string, total: number): Promise<number> {
  const schema = await freshSchema();
  const store = await openStore(schema.url);
  let read = 0;
  try {
    const run = runIngest([file], { read: DEFAULT_READ_OPTIONS, fetch: DEFAULT_FETCH_OPTIONS, limits: DEFAULT_LIMITS, jobs: 1, onProgress: (s) => { read = s.read; } }, store);
    const rate = await steadyRate(total, async () => read);
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

/** A process's resident memory in MB from /proc (Linux), or 0 where there is none. */
function rssMb(pid: number | undefined): number {
  try {
    return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** CPU ticks a process (or one thread: `pid/task/tid`) has used (user + system), from /proc (Linux), or 0. */
function cpuTicks(pid: number | string | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** CPU ticks of every process whose command is `name` (postgres, redis-server), by pid. */
function ticksOf(name: string): Map<number, number> {
  const ticks = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === name) ticks.set(Number(entry), cpuTicks(Number(entry)));
    } catch {
      // The process ended meanwhile.
    }
  }
  return ticks;
}

/** Ticks used between two readings of ticksOf (processes started meanwhile count from zero). */
function ticksUsed(before: Map<number, number>, after: Map<number, number>): number {
  let sum = 0;
  for (const [pid, ticks] of after) sum += ticks - (before.get(pid) ?? 0);
  return sum;
}

/** Local TCP ports of a process's sockets (from /proc/PID/fd and /proc/PID/net/tcp{,6}). */
function localPorts(pid: number | undefined): Set<number> {
  const ports = new Set<number>();
  try {
    const inodes = new Set<string>();
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      try {
        const link = readlinkSync(`/proc/${pid}/fd/${fd}`);
        const inode = /^socket:\[(\d+)\]$/.exec(link)?.[1];
        if (inode) inodes.add(inode);
      } catch {
        // Closed meanwhile.
      }
    }
    for (const table of ['tcp', 'tcp6']) {
      for (const line of readFileSync(`/proc/${pid}/net/${table}`, 'utf8').split('\n').slice(1)) {
        const fields = line.trim().split(/\s+/);
        if (fields.length > 9 && inodes.has(fields[9]!)) ports.add(parseInt(fields[1]!.split(':')[1]!, 16));
      }
    }
  } catch {
    // No /proc: no ports.
  }
  return ports;
}

/** The PostgreSQL backends serving the given client processes (matched by the clients' TCP ports). */
async function backendsOf(pool: { query<R>(sql: string): Promise<{ rows: R[] }> }, clients: readonly (number | undefined)[]): Promise<number[]> {
  const ports = new Set(clients.flatMap((pid) => [...localPorts(pid)]));
  const { rows } = await pool.query<{ pid: number; client_port: number | null }>('SELECT pid, client_port FROM pg_stat_activity');
  return rows.filter((row) => row.client_port !== null && ports.has(row.client_port)).map((row) => row.pid);
}

function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return '?';
  }
}

/** Waits until the processes have used no CPU for a second (their models are loaded), at most 3 minutes. */
async function whenIdle(pids: readonly (number | undefined)[]): Promise<void> {
  let last = -1;
  for (let i = 0; i < 180; i++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const ticks = pids.reduce((sum, pid) => sum + cpuTicks(pid), 0);
    if (ticks === last) return;
    last = ticks;
  }
}

interface WorkersRun {
  readonly rate: number;
  readonly enqueueMs: number;
  readonly bytesPerJob: number;
  readonly peakRssMb: number;
  /** CPU ms an article, per worker process, and of its main thread alone (storing and the queue). */
  readonly cpuMsPerArticle: readonly number[];
  readonly mainThreadMsPerArticle: readonly number[];
  /** CPU of the PostgreSQL backends serving the workers, and of every postgres process (anyone's). */
  readonly backendsMsPerArticle: number;
  readonly postgresMsPerArticle: number;
  readonly redisMsPerArticle: number;
  readonly load: string;
}

async function withWorkers(file: string, total: number, workers: number, hold: number): Promise<WorkersRun> {
  const schema = await freshSchema();
  await (await openStore(schema.url)).close();
  const queue = freshQueue();
  const children: ReturnType<typeof spawn>[] = [];
  try {
    // The queue stays paused until every worker has loaded its models, so that start-up is not measured.
    const paused = openArticleQueue(queue);
    await paused.queue.pause();
    const memoryBefore = await redisMemory(queue.url);
    const started = performance.now();
    const { jobs } = await enqueueInputs(queue, [file], { read: DEFAULT_READ_OPTIONS, fetch: DEFAULT_FETCH_OPTIONS, chunk: CHUNK });
    const enqueueMs = performance.now() - started;
    const bytesPerJob = ((await redisMemory(queue.url)) - memoryBefore) / jobs;
    for (let i = 0; i < workers; i++) {
      children.push(spawn(process.execPath, ['--import', 'tsx', CLI, 'worker', '--queue', queue.url, '--queue-prefix', queue.prefix,
        '--store', schema.url, '--concurrency', '1', '--hold', String(hold)], { stdio: 'ignore' }));
    }
    // Items the workers have finished with (stored, or found to be copies: Reuters-21578 repeats some stories).
    const count = async () => Number((await schema.pool.query<{ n: string }>('SELECT count(DISTINCT item) AS n FROM ingest_ledger')).rows[0]!.n);
    await whenIdle(children.map((child) => child.pid));
    await paused.queue.resume();
    await paused.close();
    const pids = children.map((child) => child.pid);
    const ticksBefore = pids.map((pid) => cpuTicks(pid));
    const mainBefore = pids.map((pid) => cpuTicks(`${pid}/task/${pid}`));
    const servers = { postgres: ticksOf('postgres'), redis: ticksOf('redis-server') };
    const loadBefore = loadAverage();
    let peakRssMb = 0;
    const sampler = setInterval(() => { for (const child of children) peakRssMb = Math.max(peakRssMb, rssMb(child.pid)); }, 200);
    const rate = await steadyRate(total, count).finally(() => clearInterval(sampler));
    // The workers' pools open connections as they need them, so their backends are found at the end
    // (those opened during the run count from zero).
    const backends = await backendsOf(schema.pool, pids);
    const backendsMsPerArticle = (backends.reduce((sum, pid) => sum + cpuTicks(pid) - (servers.postgres.get(pid) ?? 0), 0) * 10) / total;
    // Linux counts CPU in ticks of 10 ms (CLK_TCK 100).
    const cpuMsPerArticle = pids.map((pid, i) => ((cpuTicks(pid) - ticksBefore[i]!) * 10) / total);
    const mainThreadMsPerArticle = pids.map((pid, i) => ((cpuTicks(`${pid}/task/${pid}`) - mainBefore[i]!) * 10) / total);
    const postgresMsPerArticle = (ticksUsed(servers.postgres, ticksOf('postgres')) * 10) / total;
    const redisMsPerArticle = (ticksUsed(servers.redis, ticksOf('redis-server')) * 10) / total;
    const load = `${loadBefore} → ${loadAverage()}`;
    await Promise.all(children.map((child) => new Promise((resolve) => { child.once('exit', resolve); child.kill('SIGTERM'); })));
    return { rate, enqueueMs, bytesPerJob, peakRssMb, cpuMsPerArticle, mainThreadMsPerArticle, backendsMsPerArticle, postgresMsPerArticle, redisMsPerArticle, load };
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await queue.remove();
    await schema.remove();
  }
}

const list = articles();
const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-queue-'));
const file = join(dir, 'articles.jsonl');
writeFileSync(file, toJsonl(list));
const chars = list.reduce((sum, article) => sum + article.text.length, 0);
const ms = (n: number) => n.toFixed(1);
function describe(label: string, run: WorkersRun): void {
  console.log(`${label} ${run.rate.toFixed(1)} articles/s  [load ${run.load}]`);
  console.log(`    CPU ms an article: worker process${run.cpuMsPerArticle.length > 1 ? 'es' : ''} ${run.cpuMsPerArticle.map(ms).join(' + ')} (main thread${run.cpuMsPerArticle.length > 1 ? 's' : ''} ${run.mainThreadMsPerArticle.map(ms).join(' + ')}), their PostgreSQL backends ${ms(run.backendsMsPerArticle)} (all postgres processes ${ms(run.postgresMsPerArticle)}), redis ${ms(run.redisMsPerArticle)}`);
}
try {
  console.log(`${list.length} articles (${args.reuters ? 'Reuters-21578' : 'generated'}), ${Math.round(chars / list.length)} characters on average; chunk ${CHUNK}`);
  const loadBefore = loadAverage();
  const local = await inProcess(file, list.length);
  console.log(`in-process ingest (--jobs 1):        ${local.toFixed(1)} articles/s  [load ${loadBefore} → ${loadAverage()}]`);
  const runs: { hold: number; name: string; one: WorkersRun; two: WorkersRun }[] = [];
  for (const [hold, name] of [[2, 'default, --hold 2'], [1, 'one core, --hold 1']] as const) {
    const one = await withWorkers(file, list.length, 1, hold);
    describe(`one worker (--concurrency 1, ${name}): `, one);
    const two = await withWorkers(file, list.length, 2, hold);
    describe(`two workers (--concurrency 1, ${name}):`, two);
    runs.push({ hold, name, one, two });
  }
  const first = runs[0]!.one;
  console.log(`enqueueing took ${(first.enqueueMs / list.length).toFixed(2)} ms an article; Redis holds ${Math.round(first.bytesPerJob)} bytes a waiting job`);
  console.log(`peak resident memory of one worker process (one thread): ${Math.round(Math.max(...runs.flatMap((run) => [run.one.peakRssMb, run.two.peakRssMb])))} MB`);
  for (const run of runs) console.log(`two / one (${run.name}): ${(run.two.rate / run.one.rate).toFixed(2)}x (target 1.7x)`);
  console.log(`queue overhead: ${(1000 / first.rate - 1000 / local).toFixed(2)} ms an article (one default worker vs in-process)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
