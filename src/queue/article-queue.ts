/**
 * Opening the article queue for the one-shot commands (enqueue, status, retry) and closing it with
 * its connection. Workers open their own (queue-worker.ts), with a connection that never gives up.
 *
 * @example
 *   const { queue, close } = openArticleQueue(queueTarget('redis://127.0.0.1:6379'));
 *   try { console.log(await queue.getJobCounts()); } finally { await close(); }
 */
import { Queue } from 'bullmq';
import type { ArticleJobData, ArticleJobResult, JobMode } from './article-jobs.js';
import type { QueueTarget } from './queue-target.js';
import { connectRedis } from './queue-target.js';

export type ArticleQueue = Queue<ArticleJobData, ArticleJobResult, JobMode>;

export interface OpenQueue {
  readonly queue: ArticleQueue;
  close(): Promise<void>;
}

export function openArticleQueue(target: QueueTarget): OpenQueue {
  const connection = connectRedis(target, false);
  const queue: ArticleQueue = new Queue(target.name, { connection, prefix: target.prefix });
  // The connection already reports its errors once each (queue-target.ts); the command then fails with the error.
  queue.on('error', () => {});
  return {
    queue,
    async close() {
      await queue.close();
      connection.disconnect();
    },
  };
}
