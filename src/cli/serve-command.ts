/**
 * `dateline serve`: the REST API (src/api/) over a store, until interrupted.
 */
import { Command, InvalidArgumentError } from 'commander';
import { buildServer, DEFAULT_SERVER_OPTIONS } from '../api/build-server.js';
import { openStore } from '../store/open-store.js';
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

interface ServeOptions extends WatchFlags { store: string; port: number; host: string; rateLimit: number; bodyLimit: number; trustProxy: boolean; watch?: string | true }

export function buildServeCommand(): Command {
  return withWatchOptions(new Command('serve')
    .description('Serve the REST API over a store (OpenAPI document at /openapi.json)')
    .addOption(storeOption())
    .option('-p, --port <n>', 'port to listen on', port, 8080)
    .option('--host <address>', 'address to listen on (0.0.0.0 for every interface)', '127.0.0.1')
    .option('--rate-limit <n>', 'requests per minute per client', positive, DEFAULT_SERVER_OPTIONS.rateLimit.max)
    .option('--body-limit <bytes>', 'largest request body', positive, DEFAULT_SERVER_OPTIONS.bodyLimit)
    .option('--trust-proxy', 'take client addresses from X-Forwarded-For (only behind your own proxy)', false)
    .option('--watch [feeds]', 'also run the feed watcher (see `dateline watch`) in this process, adding the feeds of this list'))
    .action(async (opts: ServeOptions) => {
      const store = await openStore(opts.store);
      const app = await buildServer(store, {
        logger: true,
        bodyLimit: opts.bodyLimit,
        rateLimit: { max: opts.rateLimit, windowMs: 60_000 },
        trustProxy: opts.trustProxy,
      });
      const watching = opts.watch ? await startWatching(store, watchOptionsOf(opts, typeof opts.watch === 'string' ? opts.watch : undefined)) : null;
      const stop = async () => {
        await app.close();
        await watching?.stop();
        await store.close();
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
      await app.listen({ port: opts.port, host: opts.host });
    });
}
