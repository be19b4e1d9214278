/**
 * A pool of extraction worker threads. Each article goes to an idle worker; one that passes its
 * time budget (plus a grace period for start-up) has its worker terminated and is reported as
 * TIMEOUT, and a fresh worker takes its place. Results come back per article; the caller keeps order.
 *
 * @example
 *   const pool = createWorkerPool({ jobs: 2, layers: ['dateline'], limits: DEFAULT_LIMITS });
 *   const record = await pool.extract(article);
 *   await pool.close();
 */
import { Worker } from 'node:worker_threads';
import type { Article } from '../document/document.js';
import type { ErrorRecord, OutputRecord } from '../output/record.js';
import type { WorkerRequest, WorkerSetup } from './extract-worker.js';

export interface WorkerPool {
  extract(article: Article): Promise<OutputRecord | ErrorRecord>;
  close(): Promise<void>;
}

export interface WorkerPoolOptions extends WorkerSetup {
  readonly jobs: number;
  /** Extra time a worker gets beyond the article's budget, for loading data on its first article. */
  readonly graceMs?: number;
}

interface Job {
  readonly request: WorkerRequest;
  readonly resolve: (record: OutputRecord | ErrorRecord) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  warm: boolean;
}

// Under tsx (tests) this module is .ts and so is the worker beside it; once built, both are .js.
// Under tsx (tests) the worker is TypeScript too and registers tsx's loader before importing it.
const RUNNING_SOURCE = import.meta.url.endsWith('.ts');

function startWorker(setup: WorkerSetup): Worker {
  if (!RUNNING_SOURCE) return new Worker(new URL('./extract-worker.js', import.meta.url), { workerData: setup });
  const source = new URL('./extract-worker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(boot, { eval: true, workerData: setup });
}

export function createWorkerPool(options: WorkerPoolOptions): WorkerPool {
  const setup: WorkerSetup = { layers: options.layers, limits: options.limits };
  const grace = options.graceMs ?? 15_000;
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let seq = 0;
  let closing = false;

  const spawn = (): Slot => {
    const slot: Slot = { worker: startWorker(setup), job: null, timer: null, warm: false };
    slot.worker.on('message', (message: { seq: number; record: OutputRecord | ErrorRecord }) => finish(slot, message.record));
    slot.worker.on('error', (error) => retire(slot, 'INTERNAL', `Worker failed: ${error.message}`));
    slot.worker.on('exit', () => retire(slot, 'INTERNAL', 'Worker stopped unexpectedly (out of memory?).'));
    return slot;
  };

  /** Takes a failed or stuck worker out of the pool, reports its article, and starts a fresh one. */
  const retire = (slot: Slot, code: 'TIMEOUT' | 'INTERNAL', message: string): void => {
    const index = slots.indexOf(slot);
    if (index < 0 || closing) return;
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    slots.splice(index, 1, spawn());
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    if (job) job.resolve({ id: job.request.article.id, error: { code, message } });
    pump();
  };

  const finish = (slot: Slot, record: OutputRecord | ErrorRecord): void => {
    const job = slot.job;
    if (!job) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
    slot.warm = true;
    job.resolve(record);
    pump();
  };

  const start = (slot: Slot, job: Job): void => {
    slot.job = job;
    const budget = options.limits.timeBudgetMs + (slot.warm ? 1_000 : grace);
    slot.timer = setTimeout(() => {
      retire(slot, 'TIMEOUT', `Extraction passed the ${options.limits.timeBudgetMs} ms budget and was stopped; raise --time-budget or split the article.`);
    }, budget);
    slot.worker.postMessage(job.request);
  };

  function pump(): void {
    for (const slot of slots) {
      if (slot.job || queue.length === 0) continue;
      start(slot, queue.shift()!);
    }
  }

  for (let i = 0; i < Math.max(1, options.jobs); i++) slots.push(spawn());

  return {
    extract(article: Article) {
      return new Promise((resolve) => {
        queue.push({ request: { seq: seq++, article }, resolve });
        pump();
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
