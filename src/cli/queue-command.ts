/**
 * `dateline queue status|retry`: the article queue that `ingest --queue` and `reprocess --queue`
 * fill and `dateline worker` drains (src/queue/). Also the queue options those verbs share.
 *
 * @example dateline queue status --queue redis://127.0.0.1:6379 --json
 */
import type { Writable } from 'node:stream';
import { Command, Option } from 'commander';
import { openArticleQueue } from '../queue/article-queue.js';
import type { QueueStatus } from '../queue/queue-status.js';
import { queueStatus, retryFailed } from '../queue/queue-status.js';
import type { QueueTarget } from '../queue/queue-target.js';
import { DEFAULT_QUEUE_PREFIX, queueTarget } from '../queue/queue-target.js';

/**
 * `--queue <url>`: mandatory for the queue and worker verbs (which also read $DATELINE_QUEUE); for
 * ingest and reprocess a switch to enqueueing, given explicitly only, so that a worker machine's
 * environment never turns a local ingest into an enqueue.
 */
export function queueOption(mandatory: boolean, what = 'Redis URL of the article queue'): Option {
  const option = new Option('--queue <url>', `${what} (redis://host:port/db)`);
  return mandatory ? option.env('DATELINE_QUEUE').makeOptionMandatory() : option;
}

export function queuePrefixOption(): Option {
  return new Option('--queue-prefix <prefix>', 'prefix of the queue\'s Redis keys, to keep deployments (or test runs) apart')
    .env('DATELINE_QUEUE_PREFIX').default(DEFAULT_QUEUE_PREFIX);
}

export interface QueueCliOptions {
  readonly queue: string;
  readonly queuePrefix: string;
  readonly json?: boolean;
}

export function targetOf(opts: { queue: string; queuePrefix?: string }): QueueTarget {
  return queueTarget(opts.queue, opts.queuePrefix ?? DEFAULT_QUEUE_PREFIX);
}

export function statusText(status: QueueStatus): string {
  const rate = status.throughput;
  const lines = [
    `queue ${status.prefix}:${status.queue} · ${status.workers} worker connection${status.workers === 1 ? '' : 's'}`,
    `  waiting  ${status.waiting}${status.delayed > 0 ? ` (${status.delayed} waiting to retry)` : ''}`,
    `  active   ${status.active}`,
    `  done     ${status.done}`,
    `  failed   ${status.failed}${status.failed > 0 ? ' (dateline queue retry re-runs them)' : ''}`,
    `  throughput ${rate.articlesPerSecond} articles/s (${rate.articles} articles in ${rate.jobs} jobs over the last ${rate.windowSeconds} s)`,
  ];
  if (status.recentFailures.length > 0) {
    lines.push('latest failures:');
    for (const job of status.recentFailures) lines.push(`  ${job.mode} ${job.id} after ${job.attempts} attempt(s): ${job.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Prints the queue's status to `out`, as text or one JSON object. */
export async function printQueueStatus(opts: QueueCliOptions, out: Writable): Promise<QueueStatus> {
  const target = targetOf(opts);
  const { queue, close } = openArticleQueue(target);
  try {
    const status = await queueStatus(queue, target.prefix);
    out.write(opts.json ? `${JSON.stringify(status)}\n` : statusText(status));
    return status;
  } finally {
    await close();
  }
}

async function retry(opts: QueueCliOptions, out: Writable): Promise<void> {
  const { queue, close } = openArticleQueue(targetOf(opts));
  try {
    const retried = await retryFailed(queue);
    out.write(opts.json ? `${JSON.stringify({ retried })}\n` : `${retried} failed job${retried === 1 ? '' : 's'} back on the queue\n`);
  } finally {
    await close();
  }
}

export function buildQueueCommand(): Command {
  const withQueue = (command: Command) => command
    .addOption(queueOption(true)).addOption(queuePrefixOption()).option('--json', 'print JSON');
  return new Command('queue')
    .description('Inspect the article queue that ingest --queue fills and workers drain.')
    .addCommand(withQueue(new Command('status'))
      .description('Jobs waiting, active, done and failed (with reasons), workers, and throughput.')
      .action(async (opts: QueueCliOptions) => { await printQueueStatus(opts, process.stdout); }))
    .addCommand(withQueue(new Command('retry'))
      .description('Put every failed job back on the queue, with a fresh set of attempts.')
      .action(async (opts: QueueCliOptions) => { await retry(opts, process.stdout); }));
}
