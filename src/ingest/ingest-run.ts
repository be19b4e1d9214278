/**
 * One ingest run: read every input, extract each article, save it in its own transaction, and
 * log what happened to it in the ledger. Saving per article is what makes a killed run safe: an
 * article is either wholly stored or not at all, and a re-run skips what is already there (by id,
 * canonical URL or content hash), so each article ends up stored exactly once.
 *
 * @example const summary = await runIngest(['wires/'], options, store);
 */
import { randomUUID } from 'node:crypto';
import type { ErrorRecord, OutputRecord } from '../output/record.js';
import type { Limits } from '../pipeline/run-pipeline.js';
import type { ReadOptions } from '../readers/reader.js';
import type { Store } from '../store/store.js';
import { ingestInputs } from './ingest-inputs.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { pipelineVersion } from './pipeline-version.js';
import { BATCH_ARTICLES } from '../pipeline/worker-pool.js';
import { createRecordExtractor } from './record-extractor.js';
import { saveAndLog } from './save-and-log.js';
import type { FetchOptions } from './url-fetcher.js';

export interface IngestOptions {
  readonly read: ReadOptions;
  readonly fetch: FetchOptions;
  readonly limits: Limits;
  /** Worker threads; 0 extracts in this thread. */
  readonly jobs: number;
  /** Called after every item, for a progress line. */
  readonly onProgress?: (summary: IngestSummary) => void;
  readonly now?: () => Date;
  /** Stored on each article; default: the current pipeline's (pipeline-version.ts). */
  readonly pipelineVersion?: string;
}

export interface IngestSummary {
  readonly runId: string;
  readonly read: number;
  readonly stored: number;
  readonly duplicates: number;
  readonly failed: number;
}

export async function runIngest(inputs: readonly string[], options: IngestOptions, store: Store): Promise<IngestSummary> {
  const runId = randomUUID();
  const version = options.pipelineVersion ?? pipelineVersion(createPipeline());
  const now = options.now ?? (() => new Date());
  const extractor = createRecordExtractor(options.jobs, options.limits);
  const counts = { read: 0, stored: 0, duplicates: 0, failed: 0 };
  // A bounded window keeps the workers busy while saves stay in input order, one at a time.
  const window: Promise<OutputRecord | ErrorRecord>[] = [];
  // Two batches a worker: one it runs, one queued for it (worker-pool.ts).
  const windowSize = Math.max(1, options.jobs * 2 * BATCH_ARTICLES);
  const saveNext = async (): Promise<void> => {
    const entry = await saveAndLog(store, runId, await window.shift()!, now(), version);
    counts.read++;
    if (entry.status === 'stored') counts.stored++;
    else if (entry.status === 'duplicate') counts.duplicates++;
    else counts.failed++;
    options.onProgress?.({ runId, ...counts });
  };
  try {
    for await (const item of ingestInputs(inputs, options.read, options.fetch)) {
      window.push(extractor.extract(item));
      if (window.length >= windowSize) await saveNext();
    }
    while (window.length > 0) await saveNext();
  } finally {
    await extractor.close();
  }
  return { runId, ...counts };
}
