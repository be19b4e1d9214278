/**
 * A queue worker: takes jobs from the article queue and runs them through a processor
 * (job-processor.ts), several at once. Two guarantees come from how it holds jobs:
 * - a job is locked while a worker holds it, and the lock is renewed every `lockDurationMs / 2`;
 *   a worker that dies (even by SIGKILL) stops renewing, and within `lockDurationMs +
 *   stalledIntervalMs` another worker's stalled-job check puts the job back on the queue;
 * - `stop()` takes no new job, lets the jobs in hand finish for up to `drainTimeoutMs`, then
 *   returns the rest to the queue, so a deploy or a Ctrl-C loses nothing and blocks nothing.
 *
 * @example
 *   const worker = startQueueWorker(target, processor, DEFAULT_WORKER_SETTINGS);
 *   process.once('SIGTERM', () => void worker.stop());
 */
import { hostname } from 'node:os';
import { Worker } from 'bullmq';
import type { ArticleJobData, ArticleJobResult, JobMode } from './article-jobs.js';
import type { JobProcessor } from './job-processor.js';
import type { QueueTarget } from './queue-target.js';
import { connectRedis } from './queue-target.js';

export interface WorkerSettings {
  /** Jobs held at once. */
  readonly concurrency: number;
  /** How long a job's lock lasts without renewal. */
  readonly lockDurationMs: number;
  /** How often this worker looks for jobs whose holder died. */
  readonly stalledIntervalMs: number;
  /** Times a job may be recovered from a dead worker before it fails (a job that kills its workers). */
  readonly maxStalledCount: number;
  /** How long `stop()` waits for jobs in hand before returning them to the queue. */
  readonly drainTimeoutMs: number;
}

export const DEFAULT_WORKER_SETTINGS: WorkerSettings = Object.freeze({
  concurrency: 2, lockDurationMs: 30_000, stalledIntervalMs: 30_000, maxStalledCount: 2, drainTimeoutMs: 30_000,
});

/** How long past the drain timeout `stop()` waits for the queue to acknowledge before it lets go. */
const GIVE_UP_AFTER_MS = 5_000;

export interface WorkerTally {
  jobs: number;
  articles: number;
  failedJobs: number;
}

export interface QueueWorker {
  readonly worker: Worker<ArticleJobData, ArticleJobResult, JobMode>;
  readonly tally: Readonly<WorkerTally>;
  /** Stops taking jobs, finishes or returns those in hand, and closes the connection. Idempotent. */
  stop(): Promise<void>;
}

export function startQueueWorker(target: QueueTarget, processor: JobProcessor, settings: WorkerSettings, onFailure?: (message: string) => void): QueueWorker {
  const connection = connectRedis(target, true);
  const worker = new Worker<ArticleJobData, ArticleJobResult, JobMode>(target.name, processor, {
    connection,
    prefix: target.prefix,
    name: `${hostname()}:${process.pid}`,
    concurrency: settings.concurrency,
    lockDuration: settings.lockDurationMs,
    stalledInterval: settings.stalledIntervalMs,
    maxStalledCount: settings.maxStalledCount,
    // Finished jobs per minute, read by `dateline queue status`.
    metrics: { maxDataPoints: 24 * 60 },
  });
  const tally: WorkerTally = { jobs: 0, articles: 0, failedJobs: 0 };
  worker.on('completed', (_job, result) => { tally.jobs++; tally.articles += result.articles; });
  worker.on('failed', (job, error) => {
    tally.failedJobs++;
    onFailure?.(`job ${job?.id ?? '?'} (attempt ${job?.attemptsMade ?? '?'}): ${error.message}`);
  });
  let lastError = '';
  worker.on('error', (error) => {
    // While Redis is away the same error repeats on every reconnection attempt; say it once.
    if (error.message !== lastError) onFailure?.(`worker: ${error.message}`);
    lastError = error.message;
  });
  let stopping: Promise<void> | null = null;
  return {
    worker,
    tally,
    stop() {
      stopping ??= (async () => {
        const cancel = setTimeout(() => worker.cancelAllJobs('the worker is shutting down'), settings.drainTimeoutMs);
        // With Redis unreachable, closing would wait for it for ever; past this, jobs still held are
        // left to the stalled-job check of the workers that remain.
        let giveUp: NodeJS.Timeout | undefined;
        const deadline = new Promise<void>((resolve) => { giveUp = setTimeout(resolve, settings.drainTimeoutMs + GIVE_UP_AFTER_MS); });
        try {
          await Promise.race([worker.close().catch(() => {}), deadline]);
        } finally {
          clearTimeout(cancel);
          clearTimeout(giveUp);
          connection.disconnect();
        }
      })();
      return stopping;
    },
  };
}
