/**
 * `dateline serve --workers N`: several processes answer on one port, a client's rate limit is
 * counted across all of them (not N times over), and SIGTERM stops them all.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../src/util/free-port.js';

/** GET on a connection of its own, so that the cluster may hand it to any worker; the status, or 0 when refused. */
function status(port: number, path: string): Promise<number> {
  return new Promise((resolve) => {
    const request = get({ host: '127.0.0.1', port, path, agent: false }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', () => resolve(0));
  });
}

test('two workers share one port and one rate limit, and stop on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-workers-'));
  // A file, not -e: node:cluster starts each worker by running the primary's script again.
  const entry = join(dir, 'cli.mjs');
  writeFileSync(entry, `import { main } from ${JSON.stringify(new URL('../../src/cli/main.ts', import.meta.url).href)};\nawait main(process.argv);\n`);
  const port = await freePort();
  const server = spawn(process.execPath, ['--import', 'tsx', entry, 'serve', '--store', join(dir, 'store.sqlite'), '--port', String(port),
    '--workers', '2', '--rate-limit', '6'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  server.stderr.on('data', (chunk: Buffer) => { errors += chunk.toString(); });
  const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
  try {
    // Both workers answer once they are up; until then connections are refused (and not counted).
    // A generous wait: on a loaded machine three processes loading the CLI can take half a minute.
    let first = 0;
    for (let tries = 0; tries < 1200 && first !== 200; tries++) {
      first = await status(port, '/stats');
      if (first !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(first, 200, errors);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const answers: number[] = [];
    for (let i = 0; i < 10; i++) answers.push(await status(port, '/stats'));
    // Six a minute for this client in all: the first request above, then five more, then 429s.
    assert.deepEqual(answers, [200, 200, 200, 200, 200, 429, 429, 429, 429, 429], errors);
  } finally {
    server.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
  assert.equal(await status(port, '/stats'), 0, 'nothing answers after SIGTERM');
});
