/**
 * Read results into output records, in worker threads (with a hard time budget per article) or,
 * with `jobs: 0`, in this thread. Never throws for an article: failures become ErrorRecords.
 */
import { OUTPUT_LAYERS } from '../document/layers.js';
import type { ErrorRecord, OutputRecord } from '../output/record.js';
import { toOutputRecord } from '../output/record.js';
import { createPipeline } from '../pipeline/pipeline.js';
import type { Limits } from '../pipeline/run-pipeline.js';
import { runPipeline, warmUp } from '../pipeline/run-pipeline.js';
import { createWorkerPool } from '../pipeline/worker-pool.js';
import type { ReadResult } from '../readers/reader.js';
import { extractOne } from '../cli/extract-command.js';

export interface RecordExtractor {
  extract(item: ReadResult): Promise<OutputRecord | ErrorRecord>;
  close(): Promise<void>;
}

export function createRecordExtractor(jobs: number, limits: Limits): RecordExtractor {
  if (jobs > 0) {
    const pool = createWorkerPool({ jobs, layers: OUTPUT_LAYERS, limits });
    return {
      extract: async (item) => (item.ok ? pool.extract(item.article) : { id: item.id, error: item.error }),
      close: () => pool.close(),
    };
  }
  const components = createPipeline();
  warmUp(components);
  const run = (item: ReadResult & { ok: true }) => toOutputRecord(runPipeline(item.article, components, limits), OUTPUT_LAYERS);
  return { extract: async (item) => extractOne(item, run), close: async () => {} };
}
