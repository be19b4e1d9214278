/**
 * A pool of extraction worker threads. Queued articles go to an idle worker in batches (up to
 * BATCH_ARTICLES articles and BATCH_CHARS characters), which it runs component by component (see
 * runPipelineBatch for why). A worker that passes the time budget (plus a grace period for
 * start-up) is terminated and a fresh one takes its place: an article it held alone is reported as
 * TIMEOUT; a batch is queued again one article at a time, so only the stuck article times out.
 * Results come back per article; the caller keeps order.
 *
 * @example
 *   const pool = createWorkerPool({ jobs: 2, layers: ['dateline'], limits: DEFAULT_LIMITS });
 *   const record = await pool.extract(article);
 *   await pool.close();
 */
import { Worker } from 'node:worker_threads';
import type { Article } from '../document/document.js';
import type { ErrorRecord, OutputRecord } from '../output/record.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './extract-worker.js';

/**
 * Most articles a worker is given at once; callers keep about twice this many in flight per worker.
 * Over all of Reuters-21578 (all layers, quiet machine) batches of 32 ran at a median 0.99 MB/s and
 * of 128 at 1.06: each component's code and tables stay in the caches for longer runs.
 */
export const BATCH_ARTICLES = 128;
/** Most characters a batch holds, so that a batch takes well under one article's time budget. */
const BATCH_CHARS = 200_000;

export interface WorkerPool {
  extract(article: Article): Promise<OutputRecord | ErrorRecord>;
  close(): Promise<void>;
}

export interface WorkerPoolOptions extends WorkerSetup {
  readonly jobs: number;
  /** Extra time a worker gets beyond the article's budget, for loading data on its first article. */
  readonly graceMs?: number;
  /** Most articles a worker takes at once (default BATCH_ARTICLES); 1 sends them one by one. */
  readonly batch?: number;
}

interface Job {
  readonly article: Article;
  readonly resolve: (record: OutputRecord | ErrorRecord) => void;
  /** Run alone: its batch was stopped, so it is run again on its own. */
  readonly alone: boolean;
}

interface Slot {
  worker: Worker;
  jobs: Job[];
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

/** The next batch from the front of the queue: one article to run alone, or articles up to the limits. */
function takeBatch(queue: Job[], most: number): Job[] {
  if (queue[0]!.alone) return [queue.shift()!];
  const batch: Job[] = [];
  let chars = 0;
  while (queue.length > 0 && batch.length < most && !queue[0]!.alone) {
    chars += queue[0]!.article.text.length;
    if (batch.length > 0 && chars > BATCH_CHARS) break;
    batch.push(queue.shift()!);
  }
  return batch;
}

export function createWorkerPool(options: WorkerPoolOptions): WorkerPool {
  const setup: WorkerSetup = { layers: options.layers, limits: options.limits };
  const grace = options.graceMs ?? 15_000;
  const most = Math.max(1, options.batch ?? BATCH_ARTICLES);
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let seq = 0;
  let closing = false;

  const spawn = (): Slot => {
    const slot: Slot = { worker: startWorker(setup), jobs: [], timer: null, warm: false };
    slot.worker.on('message', (reply: WorkerReply) => finish(slot, reply.records));
    slot.worker.on('error', (error) => retire(slot, 'INTERNAL', `Worker failed: ${error.message}`));
    slot.worker.on('exit', () => retire(slot, 'INTERNAL', 'Worker stopped unexpectedly (out of memory?).'));
    return slot;
  };

  /** Takes a failed or stuck worker out of the pool, reports or requeues its articles, and starts a fresh one. */
  const retire = (slot: Slot, code: 'TIMEOUT' | 'INTERNAL', message: string): void => {
    const index = slots.indexOf(slot);
    if (index < 0 || closing) return;
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    slots.splice(index, 1, spawn());
    if (slot.timer) clearTimeout(slot.timer);
    const [only, ...more] = slot.jobs;
    if (only && more.length === 0) only.resolve({ id: only.article.id, error: { code, message } });
    else queue.unshift(...slot.jobs.map((job) => ({ ...job, alone: true })));
    pump();
  };

  const finish = (slot: Slot, records: readonly (OutputRecord | ErrorRecord)[]): void => {
    const jobs = slot.jobs;
    if (jobs.length === 0) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.jobs = [];
    slot.timer = null;
    slot.warm = true;
    jobs.forEach((job, i) => job.resolve(records[i]!));
    pump();
  };

  const start = (slot: Slot, jobs: Job[]): void => {
    slot.jobs = jobs;
    const budget = options.limits.timeBudgetMs + (slot.warm ? 1_000 : grace);
    slot.timer = setTimeout(() => {
      retire(slot, 'TIMEOUT', `Extraction passed the ${options.limits.timeBudgetMs} ms budget and was stopped; raise --time-budget or split the article.`);
    }, budget);
    const request: WorkerRequest = { seq: seq++, articles: jobs.map((job) => job.article) };
    slot.worker.postMessage(request);
  };

  function pump(): void {
    for (const slot of slots) {
      if (slot.jobs.length > 0 || queue.length === 0) continue;
      start(slot, takeBatch(queue, most));
    }
  }

  for (let i = 0; i < Math.max(1, options.jobs); i++) slots.push(spawn());

  return {
    extract(article: Article) {
      return new Promise((resolve) => {
        queue.push({ article, resolve, alone: false });
        // Let the caller queue the rest of its window before an idle worker takes a batch.
        queueMicrotask(pump);
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
