/**
 * The queue at a glance, for `dateline queue status` and monitoring: jobs waiting (including
 * delayed retries), active, done and failed, the workers connected, the throughput over the last
 * minute, and the latest failures with their reasons. Also re-running failed jobs.
 *
 * @example const status = await queueStatus(queue); // { waiting: 120, active: 4, done: 1880, … }
 */
import type { ArticleQueue } from './article-queue.js';

export interface FailedJob {
  readonly id: string;
  readonly mode: string;
  readonly attempts: number;
  readonly reason: string;
}

export interface QueueStatus {
  readonly queue: string;
  readonly prefix: string;
  /** Jobs waiting to run, including retries waiting out their backoff (`delayed`). */
  readonly waiting: number;
  readonly delayed: number;
  readonly active: number;
  /** Jobs completed since the queue was created. */
  readonly done: number;
  /** Jobs failed for good (kept, with their reasons, until re-run or removed). */
  readonly failed: number;
  readonly workers: number;
  readonly throughput: {
    /** The window measured, in seconds (a minute, or less when the queue is that young or that fast). */
    readonly windowSeconds: number;
    readonly jobs: number;
    readonly articles: number;
    readonly articlesPerSecond: number;
  };
  readonly recentFailures: readonly FailedJob[];
}

const WINDOW_MS = 60_000;
/** Completed jobs read for the throughput; at higher rates the window shrinks to what they cover. */
const SAMPLE = 2_000;

async function throughput(queue: ArticleQueue, now: number): Promise<QueueStatus['throughput']> {
  const recent = await queue.getCompleted(0, SAMPLE - 1);
  const finished = recent.filter((job) => (job.finishedOn ?? 0) > now - WINDOW_MS);
  const oldest = Math.min(...finished.map((job) => job.finishedOn ?? now));
  const windowMs = finished.length === SAMPLE ? Math.max(1, now - oldest) : WINDOW_MS;
  const articles = finished.reduce((sum, job) => sum + (job.returnvalue?.articles ?? 0), 0);
  return {
    windowSeconds: Math.round(windowMs / 100) / 10,
    jobs: finished.length,
    articles,
    articlesPerSecond: Math.round((articles / (windowMs / 1000)) * 10) / 10,
  };
}

export async function queueStatus(queue: ArticleQueue, prefix: string, now: number = Date.now()): Promise<QueueStatus> {
  const [counts, metrics, workers, failures, rate] = await Promise.all([
    queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed'),
    queue.getMetrics('completed'),
    queue.getWorkersCount(),
    queue.getFailed(0, 9),
    throughput(queue, now),
  ]);
  const n = (key: string) => counts[key] ?? 0;
  return {
    queue: queue.name,
    prefix,
    waiting: n('waiting') + n('prioritized') + n('delayed'),
    delayed: n('delayed'),
    active: n('active'),
    // Metrics count every completion; the completed set itself is trimmed (article-jobs.ts).
    done: Math.max(metrics.meta.count, n('completed')),
    failed: n('failed'),
    workers,
    throughput: rate,
    recentFailures: failures.map((job) => ({ id: job.id ?? '', mode: job.name, attempts: job.attemptsMade, reason: job.failedReason })),
  };
}

/** Moves every failed job back to the queue for another full set of attempts; returns how many. */
export async function retryFailed(queue: ArticleQueue): Promise<number> {
  const failed = await queue.getJobCountByTypes('failed');
  if (failed > 0) await queue.retryJobs({ state: 'failed', count: 1_000 });
  return failed;
}
