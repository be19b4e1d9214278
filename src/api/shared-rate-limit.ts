/**
 * One rate limit across the processes of `dateline serve --workers N` (node:cluster): the primary
 * keeps every client's window (rate-limiter.ts) and each worker asks it, over the cluster's IPC
 * channel, to count a request. Without it, a client whose connections the cluster spreads over N
 * workers would get N times its limit.
 *
 * @example
 *   // primary: answerRateCounts(createWindowCounter(options));  worker: createRateLimiter(options, Date.now, askPrimary())
 */
import cluster from 'node:cluster';
import type { Worker } from 'node:cluster';
import type { RateCounter, RateWindow } from './rate-limiter.js';

interface CountRequest { readonly kind: 'dateline-rate-count'; readonly id: number; readonly key: string; readonly at: number }
interface CountAnswer { readonly kind: 'dateline-rate-window'; readonly id: number; readonly window: RateWindow }

function isCountRequest(message: unknown): message is CountRequest {
  return (message as CountRequest | null)?.kind === 'dateline-rate-count';
}

function isCountAnswer(message: unknown): message is CountAnswer {
  return (message as CountAnswer | null)?.kind === 'dateline-rate-window';
}

/** In the primary: counts the workers' requests with `counter`, for as long as the cluster runs. */
export function answerRateCounts(counter: RateCounter): void {
  cluster.on('message', (worker: Worker, message: unknown) => {
    if (!isCountRequest(message)) return;
    void Promise.resolve(counter(message.key, message.at)).then((window) => {
      if (worker.isConnected()) worker.send({ kind: 'dateline-rate-window', id: message.id, window } satisfies CountAnswer);
    });
  });
}

/** In a worker: a counter that asks the primary. */
export function askPrimary(): RateCounter {
  const waiting = new Map<number, (window: RateWindow) => void>();
  let next = 0;
  process.on('message', (message: unknown) => {
    if (!isCountAnswer(message)) return;
    waiting.get(message.id)?.(message.window);
    waiting.delete(message.id);
  });
  return (key, at) => new Promise<RateWindow>((resolve, reject) => {
    const id = next++;
    waiting.set(id, resolve);
    process.send!({ kind: 'dateline-rate-count', id, key, at } satisfies CountRequest, undefined, undefined, (error: Error | null) => {
      if (error) {
        waiting.delete(id);
        reject(error);
      }
    });
  });
}
