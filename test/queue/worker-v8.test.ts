// keepV8OnItsThreads (src/queue/worker-v8.ts): after it, a worker thread's optimising compilation
// runs on that thread, with no CPU in V8's helper threads; without it (the control, which shows the
// probe can see helpers at work) the helpers do a good share of it. Linux only (/proc).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const PROBE = new URL('./v8-threads-probe.ts', import.meta.url).pathname;

async function probe(mode: 'on' | 'off'): Promise<{ thread?: number; helpers?: number }> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', PROBE, mode], { timeout: 60_000 });
  return JSON.parse(stdout) as { thread?: number; helpers?: number };
}

test('a worker thread\'s optimising compilation stays on that thread', async (t) => {
  const [off, on] = [await probe('off'), await probe('on')];
  if (off.thread === undefined || on.thread === undefined) return t.skip('no /proc: thread CPU cannot be read');
  assert.ok(off.helpers! >= off.thread / 10, `without it, helpers used ${off.helpers} ticks beside the thread's ${off.thread}`);
  assert.ok(on.helpers! <= on.thread / 50, `with it, helpers used ${on.helpers} ticks beside the thread's ${on.thread}`);
});
