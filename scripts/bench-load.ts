/**
 * `npx tsx scripts/bench-load.ts [CORPUS] [--n 20000] [--distinct 2000] [--store PATH] [--duration 30] [--connections 50] [--repeat 10] [--workers N]`
 *
 * The API under load. Builds a SQLite store of N articles (or reuses the one at --store when it
 * already holds N): up to --distinct articles are read from CORPUS (any reader input; without one,
 * the bundled examples) and extracted with the whole pipeline, then stored again and again with
 * fresh ids, dates and a copy number appended to the text (which keeps every span valid) until
 * there are N. Then it starts `dateline serve` on the store in a process of its own (so that the
 * load generator does not take the server's event loop), and from this process:
 *
 * 1. times every request path one at a time (--repeat times each; the median wall time, and the
 *    server's CPU time a request, read from /proc on Linux), one JSON line a path;
 * 2. drives `/search` and `/events` with autocannon, each for --duration seconds over
 *    --connections connections, cycling through the paths, one JSON line a route: requests/s,
 *    errors, non-2xx answers, timeouts, p50/p99 latency, and the load average.
 *
 * The rate limit is lifted for the run (`--rate-limit`: every request comes from one address); all
 * else is as `dateline serve` runs it, with `--workers N` passed on when given.
 *
 * @example
 *   npx tsx scripts/bench-load.ts ../shared/data/corpora/reuters21578 --store /tmp/load.sqlite
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannonModule from 'autocannon';
import { main as datelineMain } from '../src/cli/main.js';
import { exampleFiles } from '../src/cli/demo-command.js';
import { OUTPUT_LAYERS } from '../src/document/layers.js';
import type { OutputRecord } from '../src/output/record.js';
import { toOutputRecord } from '../src/output/record.js';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { DEFAULT_LIMITS, runPipeline } from '../src/pipeline/run-pipeline.js';
import { DEFAULT_READ_OPTIONS } from '../src/readers/reader.js';
import { readInputs } from '../src/readers/read-inputs.js';
import { ingestMetaFor } from '../src/store/ingest-meta.js';
import { openStore } from '../src/store/open-store.js';
import type { Store } from '../src/store/store.js';
import { freePort } from '../src/util/free-port.js';

interface Args {
  corpus: string | null; n: number; distinct: number; store: string | null; duration: number; connections: number;
  repeat: number; workers: number | null;
}

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  errors: number; timeouts: number; non2xx: number;
}
type Cannon = (options: { url: string; connections: number; duration: number; requests: { method: 'GET'; path: string }[] }) => Promise<CannonResult>;
const autocannon = autocannonModule as unknown as Cannon;

/** The flag that makes this script the server process (see serveChild). */
const SERVE_FLAG = '--serve-child';

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { corpus: null, n: 20_000, distinct: 2_000, store: null, duration: 30, connections: 50, repeat: 10, workers: null };
  const numeric = {
    '--n': 'n', '--distinct': 'distinct', '--duration': 'duration', '--connections': 'connections', '--repeat': 'repeat', '--workers': 'workers',
  } as const;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => { const v = argv[++i]; if (v === undefined) throw new Error(`${arg} needs a value`); return v; };
    if (arg in numeric) {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new Error(`${arg} must be a positive whole number`);
      args[numeric[arg as keyof typeof numeric]] = n;
    } else if (arg === '--store') args.store = value();
    else args.corpus = arg;
  }
  return args;
}

/** Extracts up to `limit` articles of the inputs with every layer. */
async function extractBase(inputs: readonly string[], limit: number): Promise<OutputRecord[]> {
  const components = createPipeline();
  const base: OutputRecord[] = [];
  for await (const item of readInputs(inputs, DEFAULT_READ_OPTIONS)) {
    if (!item.ok) continue;
    try {
      base.push(toOutputRecord(runPipeline(item.article, components, DEFAULT_LIMITS), OUTPUT_LAYERS));
      if (base.length % 500 === 0) process.stderr.write(`bench-load: ${base.length} extracted\n`);
    } catch { /* an article over its limits is simply not part of the load */ }
    if (base.length >= limit) break;
  }
  if (base.length === 0) throw new Error(`No article could be extracted from ${inputs.join(', ')}`);
  return base;
}

/** Copy `i` of a base record: appended text leaves every span where it was. */
function copyOf(record: OutputRecord, i: number): OutputRecord {
  const day = new Date(Date.UTC(2021, 0, 1) + (i % 1095) * 86_400_000).toISOString().slice(0, 10);
  return { ...record, id: `load-${i}`, url: null, published: day, text: `${record.text}\n\n[copy ${i}]` };
}

async function fill(store: Store, args: Args): Promise<void> {
  const have = (await store.stats()).articles;
  if (have >= args.n) {
    process.stderr.write(`bench-load: reusing the store (${have} articles)\n`);
    return;
  }
  const base = await extractBase(args.corpus ? [args.corpus] : exampleFiles(), args.distinct);
  const seen = new Date();
  for (let i = have; i < args.n; i++) {
    await store.saveArticle(copyOf(base[i % base.length]!, i), ingestMetaFor(copyOf(base[i % base.length]!, i), seen));
    if ((i + 1) % 5_000 === 0) process.stderr.write(`bench-load: ${i + 1} stored\n`);
  }
}

/** Queries and filters drawn from what the store holds, so that most of them match something. */
async function requestPaths(store: Store): Promise<{ search: string[]; events: string[] }> {
  const events = (await store.findEvents({ limit: 200 })).items;
  const openings = (await store.findArticles({ query: '', limit: 200 })).items.map((hit) => `${hit.title ?? ''} ${hit.snippet}`);
  const words = [...new Set(openings.flatMap((t) => t.split(/[^\p{L}]+/u)).filter((w) => w.length > 5))].slice(0, 12);
  const search = [
    ...words.map((w) => `/search?q=${encodeURIComponent(w)}`),
    ...words.slice(0, 6).map((w, i) => `/search?q=${encodeURIComponent(`${w} date:${2021 + (i % 3)}`)}&order=relevance`),
    ...words.slice(0, 4).map((w, i) => `/search?q=${encodeURIComponent(`${w} OR ${words[(i + 1) % words.length]}`)}`),
    '/search', '/search?q=%22prime%20minister%22',
  ];
  const actors = [...new Set(events.flatMap((e) => [e.source?.name, e.target?.name]).filter((n): n is string => !!n))].slice(0, 6);
  const countries = [...new Set(events.flatMap((e) => [e.source?.country, e.target?.country]).filter((c): c is string => !!c))].slice(0, 4);
  const eventPaths = [
    '/events', '/events?code=04', '/events?code=1', '/events?from=2022-01-01&to=2022-06-30',
    ...actors.map((a) => `/events?actor=${encodeURIComponent(a)}`),
    ...countries.map((c) => `/events?country=${c}`),
    // Filters together (GET /events takes no search: an unknown `q` is dropped, and counted all events).
    `/events?country=${countries[0] ?? 'GBR'}&code=1`, `/events?actor=${encodeURIComponent(actors[0] ?? 'minister')}&from=2022-01-01&to=2023-12-31`,
    '/events?code=04&from=2021-01-01&to=2021-12-31',
  ];
  return { search, events: eventPaths };
}

/** `dateline serve` on the store in a process of its own; resolves once it answers. */
async function startServer(location: string, port: number, workers: number | null): Promise<ChildProcess> {
  const serveArgs = ['--store', location, '--port', String(port), '--rate-limit', String(Number.MAX_SAFE_INTEGER),
    ...(workers === null ? [] : ['--workers', String(workers)])];
  // Its request log goes nowhere, but is still written, as a deployment's would be.
  const child = fork(fileURLToPath(import.meta.url), [SERVE_FLAG, ...serveArgs], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`the server exited (${code})`))));
  for (let tries = 0; tries < 600; tries++) {
    const up = await Promise.race([fetch(`http://127.0.0.1:${port}/stats`).then((r) => r.ok, () => false), exited]);
    if (up) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error('the server did not answer within 60 s');
}

/** User plus system CPU time so far of a process and its children (the workers), in ms, or null where /proc is not there. */
function cpuMs(pid: number | undefined): number | null {
  if (pid === undefined || !existsSync(`/proc/${pid}/stat`)) return null;
  // Fields after the command name (which may hold spaces); utime and stime are the 12th and 13th, in ticks of 10 ms.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const own = (Number(fields[11]) + Number(fields[12])) * 10;
  const listed = `/proc/${pid}/task/${pid}/children`;
  const children = existsSync(listed) ? readFileSync(listed, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number) : [];
  return children.reduce((sum, child) => sum + (cpuMs(child) ?? 0), own);
}

/** Each path on its own, one request at a time: less noisy than the load figures. */
async function timeEachPath(base: string, paths: readonly string[], repeat: number, server: ChildProcess): Promise<void> {
  for (const path of paths) {
    await fetch(base + path).then((r) => r.arrayBuffer());
    const wall: number[] = [];
    let total: number | undefined;
    const cpuBefore = cpuMs(server.pid);
    for (let i = 0; i < repeat; i++) {
      const started = performance.now();
      const response = await fetch(base + path);
      const body = await response.json() as { total?: number };
      wall.push(performance.now() - started);
      total = body.total;
    }
    const cpuAfter = cpuMs(server.pid);
    wall.sort((x, y) => x - y);
    console.log(JSON.stringify({
      path, total, medianMs: Number(wall[Math.floor(wall.length / 2)]!.toFixed(1)),
      serverCpuMsPerRequest: cpuBefore === null || cpuAfter === null ? null : Number(((cpuAfter - cpuBefore) / repeat).toFixed(1)),
      loadAverage: loadavg().map((l) => Number(l.toFixed(2))),
    }));
  }
}

async function drive(base: string, args: Args, articles: number, paths: { search: string[]; events: string[] }): Promise<void> {
  for (const [route, list] of Object.entries(paths)) {
    const result = await autocannon({
      url: base, connections: args.connections, duration: args.duration,
      requests: list.map((path) => ({ method: 'GET', path })),
    });
    console.log(JSON.stringify({
      route: `/${route}`, articles, paths: list.length, connections: args.connections, seconds: args.duration, workers: args.workers ?? 1,
      requestsPerSecond: Math.round(result.requests.average), requests: result.requests.total,
      errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx,
      p50ms: result.latency.p50, p99ms: result.latency.p99, maxMs: result.latency.max,
      loadAverage: loadavg().map((l) => Number(l.toFixed(2))),
    }));
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const dir = args.store ? null : mkdtempSync(join(tmpdir(), 'dateline-load-'));
  const location = args.store ?? join(dir!, 'load.sqlite');
  if (args.store && existsSync(args.store)) process.stderr.write(`bench-load: opening ${args.store}\n`);
  let server: ChildProcess | null = null;
  try {
    const store = await openStore(location);
    let articles = 0;
    let paths: { search: string[]; events: string[] };
    try {
      await fill(store, args);
      articles = (await store.stats()).articles;
      paths = await requestPaths(store);
    } finally {
      await store.close();
    }
    const port = await freePort();
    server = await startServer(location, port, args.workers);
    const base = `http://127.0.0.1:${port}`;
    await timeEachPath(base, [...paths.search, ...paths.events], args.repeat, server);
    await drive(base, args, articles, paths);
  } finally {
    if (server) {
      const stopped = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGTERM');
      await stopped;
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

/** The server process: `dateline serve` with the arguments after SERVE_FLAG. */
async function serveChild(): Promise<void> {
  const serveArgs = process.argv.slice(process.argv.indexOf(SERVE_FLAG) + 1);
  await datelineMain([process.argv[0]!, 'dateline', 'serve', ...serveArgs]);
}

const run = process.argv.includes(SERVE_FLAG) ? serveChild : main;
run().catch((error: unknown) => {
  process.stderr.write(`bench-load: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
