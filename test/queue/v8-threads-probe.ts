// Run by worker-v8.test.ts in a process of its own (V8 flags are process-wide):
// `node --import tsx test/queue/v8-threads-probe.ts on|off`. A worker thread makes many functions
// hot enough for V8 to optimise them; prints the CPU ticks (from /proc) that thread used, and those
// every thread besides it and the main one used meanwhile, as JSON, or {} where there is no /proc.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { keepV8OnItsThreads } from '../../src/queue/worker-v8.js';

if (process.argv[2] === 'on') keepV8OnItsThreads();

const HOT_FUNCTIONS = `
const { parentPort } = require('node:worker_threads');
let total = 0;
for (let i = 0; i < 300; i++) {
  const f = new Function('a', 'b', 'let s = ' + i + '; for (let k = 0; k < a.length; k++) { s = (s * 31 + a.charCodeAt(k) + b) | 0; if (s % ' + (i + 3) + ' === 0) s ^= k; } return s;');
  for (let j = 0; j < 20000; j++) total ^= f('the minister said on Monday', j);
}
parentPort.postMessage(total);
setInterval(() => {}, 1000);
`;

/** CPU ticks by thread id besides the main thread, or null where there is no /proc. */
function threadTicks(): Map<string, number> | null {
  if (!existsSync(`/proc/${process.pid}/task`)) return null;
  const byThread = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${process.pid}/task`)) {
    if (Number(tid) === process.pid) continue;
    const stat = readFileSync(`/proc/${process.pid}/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    byThread.set(tid, Number(fields[11]) + Number(fields[12]));
  }
  return byThread;
}

const before = threadTicks();
const worker = new Worker(HOT_FUNCTIONS, { eval: true });
worker.once('message', () => {
  const after = threadTicks();
  if (!before || !after) {
    console.log('{}');
  } else {
    const used = [...after].map(([tid, n]) => n - (before.get(tid) ?? 0)).sort((a, b) => b - a);
    console.log(JSON.stringify({ thread: used[0] ?? 0, helpers: used.slice(1).reduce((sum, n) => sum + n, 0) }));
  }
  void worker.terminate();
});
