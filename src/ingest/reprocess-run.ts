/**
 * Re-extracts stored articles whose layers another pipeline version made, replacing each one's
 * layers in its own transaction (replace-layers.ts), so a killed run leaves every article either
 * old or new, and a re-run picks up the ones still old.
 *
 * @example await runReprocess(store, { jobs: 2, limits: DEFAULT_LIMITS });
 */
import type { Article } from '../document/document.js';
import type { ErrorRecord, OutputRecord } from '../output/record.js';
import { createPipeline } from '../pipeline/pipeline.js';
import type { Limits } from '../pipeline/run-pipeline.js';
import type { Store } from '../store/store.js';
import { pipelineVersion } from './pipeline-version.js';
import { createRecordExtractor } from './record-extractor.js';

export interface ReprocessOptions {
  readonly jobs: number;
  readonly limits: Limits;
  readonly pipelineVersion?: string;
  readonly onProgress?: (summary: ReprocessSummary) => void;
}

export interface ReprocessSummary {
  readonly pipelineVersion: string;
  readonly stale: number;
  readonly reprocessed: number;
  readonly failed: number;
}

const BATCH = 100;

/** The article a stored record was extracted from (its text and metadata, without layers). */
export function articleOf(record: OutputRecord): Article {
  const { id, text, title, url, source, published, language, author } = record;
  return { id, text, title, url, source, published, language, author };
}

export async function runReprocess(store: Store, options: ReprocessOptions): Promise<ReprocessSummary> {
  const version = options.pipelineVersion ?? pipelineVersion(createPipeline());
  const extractor = createRecordExtractor(options.jobs, options.limits);
  let stale = -1;
  let reprocessed = 0;
  let failed = 0;
  let cursor: string | null = null;
  try {
    // Bounded: each page moves the cursor forward by seq, and pages end when `next` is null.
    do {
      const page = await store.findStale({ pipelineVersion: version, limit: BATCH, cursor });
      if (stale < 0) stale = page.total;
      const records: (OutputRecord | ErrorRecord)[] = await Promise.all(page.items.map((record) => extractor.extract({ ok: true, article: articleOf(record) })));
      for (const record of records) {
        if ('error' in record || !(await store.replaceLayers(record, version))) failed++;
        else reprocessed++;
        options.onProgress?.({ pipelineVersion: version, stale, reprocessed, failed });
      }
      cursor = page.next;
    } while (cursor !== null);
  } finally {
    await extractor.close();
  }
  return { pipelineVersion: version, stale: Math.max(stale, 0), reprocessed, failed };
}
