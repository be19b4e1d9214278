/**
 * The two things that fill the queue: ingest inputs (files, directories, URLs, `-`) and a stored
 * archive's stale articles (those an older pipeline version extracted). Each opens the queue,
 * enqueues, and closes it.
 *
 * @example await enqueueInputs(target, ['wires/'], { read, fetch, chunk: 20 });
 */
import { ingestInputs } from '../ingest/ingest-inputs.js';
import { articleOf } from '../ingest/reprocess-run.js';
import type { FetchOptions } from '../ingest/url-fetcher.js';
import type { ReadOptions, ReadResult } from '../readers/reader.js';
import type { Store } from '../store/store.js';
import { openArticleQueue } from './article-queue.js';
import type { EnqueueSummary } from './enqueue-articles.js';
import { enqueueArticles } from './enqueue-articles.js';
import type { QueueTarget } from './queue-target.js';

export interface InputsToQueue {
  readonly read: ReadOptions;
  readonly fetch: FetchOptions;
  readonly chunk: number;
  readonly onUnreadable?: (item: ReadResult & { ok: false }) => void;
}

export async function enqueueInputs(target: QueueTarget, inputs: readonly string[], options: InputsToQueue): Promise<EnqueueSummary> {
  const { queue, close } = openArticleQueue(target);
  try {
    return await enqueueArticles(queue, ingestInputs(inputs, options.read, options.fetch), {
      mode: 'ingest', chunk: options.chunk, ...(options.onUnreadable ? { onUnreadable: options.onUnreadable } : {}),
    });
  } finally {
    await close();
  }
}

/** Every stored article whose pipeline version is not `version`, page by page, as read results. */
async function* staleArticles(store: Store, version: string): AsyncGenerator<ReadResult> {
  let cursor: string | null = null;
  do {
    const page = await store.findStale({ pipelineVersion: version, limit: 200, cursor });
    for (const record of page.items) yield { ok: true, article: articleOf(record) };
    cursor = page.next;
  } while (cursor !== null);
}

export async function enqueueStale(target: QueueTarget, store: Store, version: string, chunk: number): Promise<EnqueueSummary> {
  const { queue, close } = openArticleQueue(target);
  try {
    return await enqueueArticles(queue, staleArticles(store, version), { mode: 'reprocess', chunk, pipelineVersion: version });
  } finally {
    await close();
  }
}
