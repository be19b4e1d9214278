/**
 * `npx tsx scripts/time-api-paths.ts STORE PATHS [--repeat 20]`
 *
 * CPU time a request for each API path, one request at a time, through Fastify's inject (no
 * sockets, no load generator): less noisy than a load test on a shared machine, and comparable
 * before and after a change when run alternately. PATHS is a file with one path a line, or the
 * JSON lines scripts/bench-load.ts prints (their `path` fields). Prints `ms  total  path` a line.
 *
 * @example
 *   npx tsx scripts/bench-load.ts --store /tmp/load.sqlite --duration 1 > bench.jsonl
 *   npx tsx scripts/time-api-paths.ts /tmp/load.sqlite bench.jsonl
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { buildServer } from '../src/api/build-server.js';
import { openStore } from '../src/store/open-store.js';

function pathsIn(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean).flatMap((line) => {
    if (line.startsWith('/')) return [line];
    const path = (JSON.parse(line) as { path?: unknown }).path;
    return typeof path === 'string' ? [path] : [];
  });
}

async function main(): Promise<void> {
  const [storePath, pathsFile] = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--') && all[i - 1] !== '--repeat');
  if (!storePath || !pathsFile) throw new Error('usage: time-api-paths.ts STORE PATHS [--repeat 20]');
  const at = process.argv.indexOf('--repeat');
  const repeat = at > 0 ? Number(process.argv[at + 1]) : 20;
  const store = await openStore(storePath);
  const app = await buildServer(store, { rateLimit: { max: Number.MAX_SAFE_INTEGER, windowMs: 60_000 } });
  try {
    for (const path of pathsIn(pathsFile)) {
      await app.inject({ method: 'GET', url: path });
      let total: unknown = null;
      const started = process.cpuUsage();
      for (let i = 0; i < repeat; i++) {
        const response = await app.inject({ method: 'GET', url: path });
        if (response.statusCode !== 200) throw new Error(`${path}: ${response.statusCode} ${response.body}`);
        total = (response.json() as { total?: unknown }).total;
      }
      const used = process.cpuUsage(started);
      console.log(`${((used.user + used.system) / 1000 / repeat).toFixed(2).padStart(7)} ms  ${String(total).padStart(7)}  ${path}`);
    }
    console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  } finally {
    await app.close();
    await store.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`time-api-paths: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
