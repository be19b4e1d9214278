/**
 * `dateline serve`: the REST API (src/api/) over a store, until interrupted; with `--workers N`,
 * in N processes sharing the port.
 */
import cluster from 'node:cluster';
import { Command, InvalidArgumentError } from 'commander';
import { buildServer, DEFAULT_SERVER_OPTIONS } from '../api/build-server.js';
import type { ServerOptions } from '../api/build-server.js';
import { createWindowCounter } from '../api/rate-limiter.js';
import { answerRateCounts, askPrimary } from '../api/shared-rate-limit.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { storeOption } from './store-option.js';
import { startWatching } from '../feeds/watch-setup.js';
import type { WatchFlags } from './watch-command.js';
import { watchOptionsOf, withWatchOptions } from './watch-command.js';

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number, 0-65535');
  return n;
}

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

interface ServeOptions extends WatchFlags {
  store: string; port: number; host: string; rateLimit: number; bodyLimit: number; trustProxy: boolean; workers: number; watch?: string | true;
}

function serverOptions(opts: ServeOptions): ServerOptions {
  return { logger: true, bodyLimit: opts.bodyLimit, rateLimit: { max: opts.rateLimit, windowMs: 60_000 }, trustProxy: opts.trustProxy };
}

async function startWatcher(store: Store, opts: ServeOptions): Promise<{ stop(): Promise<void> } | null> {
  return opts.watch ? startWatching(store, watchOptionsOf(opts, typeof opts.watch === 'string' ? opts.watch : undefined)) : null;
}

/** One process: the API (and the watcher, if asked) on one store connection. */
async function serveAlone(opts: ServeOptions): Promise<void> {
  const store = await openStore(opts.store);
  const app = await buildServer(store, serverOptions(opts));
  const watching = await startWatcher(store, opts);
  const stop = async () => {
    await app.close();
    await watching?.stop();
    await store.close();
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  await app.listen({ port: opts.port, host: opts.host });
}

/**
 * `--workers N`: N processes (node:cluster) answer requests on one port, each with its own store
 * connection; a request's database work blocks only its own process, and SQLite in WAL mode lets
 * them all read at once (writes wait for one another: busy_timeout). The primary answers no
 * requests: it counts every client's rate limit for all workers (shared-rate-limit.ts), runs the
 * feed watcher when asked, replaces a worker that dies, and stops them all on SIGINT or SIGTERM.
 */
async function servePrimary(opts: ServeOptions): Promise<void> {
  answerRateCounts(createWindowCounter({ max: opts.rateLimit, windowMs: 60_000 }));
  // Migrate once, before the workers open the store.
  const store = await openStore(opts.store);
  const watching = await startWatcher(store, opts);
  let stopping = false;
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    process.stderr.write(`dateline serve: worker ${worker.process.pid} stopped (${signal ?? code}); starting another\n`);
    cluster.fork();
  });
  for (let i = 0; i < opts.workers; i++) cluster.fork();
  const stop = async () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    await watching?.stop();
    await store.close();
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

async function serveWorker(opts: ServeOptions): Promise<void> {
  const store = await openStore(opts.store);
  const app = await buildServer(store, { ...serverOptions(opts), rateCounter: askPrimary() });
  const stop = async () => {
    await app.close();
    await store.close();
    process.disconnect();
  };
  process.once('SIGTERM', () => void stop());
  // The primary handles ^C for the whole group.
  process.once('SIGINT', () => undefined);
  await app.listen({ port: opts.port, host: opts.host });
}

export function buildServeCommand(): Command {
  return withWatchOptions(new Command('serve')
    .description('Serve the REST API over a store (OpenAPI document at /openapi.json)')
    .addOption(storeOption())
    .option('-p, --port <n>', 'port to listen on', port, 8080)
    .option('--host <address>', 'address to listen on (0.0.0.0 for every interface)', '127.0.0.1')
    .option('--rate-limit <n>', 'requests per minute per client', positive, DEFAULT_SERVER_OPTIONS.rateLimit.max)
    .option('--body-limit <bytes>', 'largest request body', positive, DEFAULT_SERVER_OPTIONS.bodyLimit)
    .option('--trust-proxy', 'take client addresses from X-Forwarded-For (only behind your own proxy)', false)
    .option('--workers <n>', 'processes answering requests on the port (the rate limit counts across them)', positive, 1)
    .option('--watch [feeds]', 'also run the feed watcher (see `dateline watch`) in this process, adding the feeds of this list'))
    .action(async (opts: ServeOptions) => {
      if (cluster.isWorker) return serveWorker(opts);
      return opts.workers > 1 ? servePrimary(opts) : serveAlone(opts);
    });
}
