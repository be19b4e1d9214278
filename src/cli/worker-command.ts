/**
 * `dateline worker --queue redis://… --store postgres://…`: takes article jobs from the queue,
 * extracts them in worker threads and stores them, until SIGTERM or SIGINT. Start one per machine
 * (or several); see docs/deploy.md for how many threads per core. The first signal stops it
 * gracefully (jobs in hand finish, or go back to the queue after --drain-timeout); a second one
 * exits at once, and the jobs it held are recovered as stalled. V8 optimises code on the extraction
 * threads themselves, not in helper threads beside them, unless --v8-helpers (src/queue/worker-v8.ts).
 */
import { Command, InvalidArgumentError } from 'commander';
import { createPipeline } from '../pipeline/pipeline.js';
import { DEFAULT_LIMITS } from '../pipeline/run-pipeline.js';
import { pipelineVersion } from '../ingest/pipeline-version.js';
import { createRecordExtractor } from '../ingest/record-extractor.js';
import { createJobProcessor } from '../queue/job-processor.js';
import type { WorkerSettings } from '../queue/queue-worker.js';
import { DEFAULT_WORKER_SETTINGS, startQueueWorker } from '../queue/queue-worker.js';
import { keepV8OnItsThreads } from '../queue/worker-v8.js';
import { openStore } from '../store/open-store.js';
import { queueOption, queuePrefixOption, targetOf } from './queue-command.js';
import { storeOption } from './store-option.js';

function wholeNumber(min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected a whole number, ${min} or more`);
    return n;
  };
}

interface WorkerCommandOptions {
  readonly queue: string;
  readonly queuePrefix: string;
  readonly store: string;
  readonly concurrency: number;
  /** Jobs held at once; default twice `concurrency`. */
  readonly hold?: number;
  readonly timeBudget: number;
  readonly lockDuration: number;
  readonly stalledInterval: number;
  readonly maxStalled: number;
  readonly drainTimeout: number;
  /** Let V8 compile and collect garbage in helper threads too (worker-v8.ts). */
  readonly v8Helpers?: boolean;
}

const log = (message: string) => process.stderr.write(`dateline worker ${process.pid}: ${message}\n`);

/** Runs until a signal stops it; resolves once jobs in hand are finished or returned. */
export async function runWorker(opts: WorkerCommandOptions): Promise<void> {
  const target = targetOf(opts);
  // Before the extraction threads start, whose isolates read V8's flags when they are created.
  if (!opts.v8Helpers) keepV8OnItsThreads();
  const store = await openStore(opts.store);
  // Extraction is CPU-bound and runs in threads, which also enforce the time budget.
  const extractor = createRecordExtractor(opts.concurrency, { ...DEFAULT_LIMITS, timeBudgetMs: opts.timeBudget });
  const settings: WorkerSettings = {
    // By default twice as many jobs as threads, so that storing one job's articles overlaps extracting
    // the next (the worker then uses more than one core per thread, when there is one); `--hold` equal to
    // `--concurrency` runs each job end to end, one core's worth per thread.
    concurrency: opts.hold ?? opts.concurrency * 2, lockDurationMs: opts.lockDuration, stalledIntervalMs: opts.stalledInterval,
    maxStalledCount: opts.maxStalled, drainTimeoutMs: opts.drainTimeout,
  };
  const version = pipelineVersion(createPipeline());
  const worker = startQueueWorker(target, createJobProcessor({ store, extractor, pipelineVersion: version }), settings, log);
  log(`taking jobs from ${target.prefix}:${target.name} with ${opts.concurrency} thread(s), holding ${settings.concurrency} job(s)${opts.v8Helpers ? ', V8 helper threads on' : ''}, pipeline ${version}`);
  const signalled = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });
  log(`${signalled}: finishing jobs in hand (up to ${opts.drainTimeout} ms, then returning them); signal again to exit at once`);
  const again = () => process.exit(130);
  process.once('SIGTERM', again);
  process.once('SIGINT', again);
  try {
    await worker.stop();
  } finally {
    await extractor.close();
    await store.close();
  }
  const { jobs, articles, failedJobs } = worker.tally;
  log(`stopped after ${jobs} jobs (${articles} articles), ${failedJobs} failed attempts`);
}

export function buildWorkerCommand(): Command {
  const d = DEFAULT_WORKER_SETTINGS;
  return new Command('worker')
    .description('Take article jobs from the queue, extract and store them (run any number, on any machines); stops on SIGTERM/SIGINT.')
    .addOption(queueOption(true))
    .addOption(queuePrefixOption())
    .addOption(storeOption())
    .option('-c, --concurrency <n>', 'extraction threads (one per core to give it); by default the worker holds twice as many jobs (--hold)', wholeNumber(1), 1)
    .option('--hold <n>', 'jobs held at once (default twice --concurrency, so that storing overlaps extracting; equal to --concurrency for one core per thread)', wholeNumber(1))
    .option('--time-budget <ms>', 'time budget for one article, in milliseconds', wholeNumber(1), DEFAULT_LIMITS.timeBudgetMs)
    .option('--lock-duration <ms>', 'a held job returns to the queue this long after its worker dies', wholeNumber(1000), d.lockDurationMs)
    .option('--stalled-interval <ms>', 'how often to look for jobs held by dead workers', wholeNumber(100), d.stalledIntervalMs)
    .option('--max-stalled <n>', 'times a job may be recovered from a dead worker before it fails', wholeNumber(0), d.maxStalledCount)
    .option('--v8-helpers', 'let V8 compile and collect garbage in helper threads beside each extraction thread (the worker then uses more than one core per thread)')
    .option('--drain-timeout <ms>', 'on SIGTERM/SIGINT, wait this long for jobs in hand, then return them to the queue', wholeNumber(0), d.drainTimeoutMs)
    .action(async (opts: WorkerCommandOptions) => {
      await runWorker(opts);
      // Everything is closed; but a connection BullMQ made for itself may still be retrying an
      // unreachable Redis, and would keep the process alive.
      process.exit(0);
    });
}
