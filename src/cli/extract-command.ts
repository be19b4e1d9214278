/**
 * `dateline extract`: reads inputs, runs the pipeline, and streams one record per article.
 * Every input item yields exactly one output record, in input order; failures become
 * `{"id", "error": {"code", "message"}}` and the run goes on.
 */
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import type { OutputLayerName } from '../document/layers.js';
import { OUTPUT_LAYERS } from '../document/layers.js';
import { describeError } from '../errors.js';
import type { ErrorRecord, OutputRecord } from '../output/record.js';
import { toOutputRecord } from '../output/record.js';
import { createPipeline } from '../pipeline/pipeline.js';
import type { Limits } from '../pipeline/run-pipeline.js';
import { runPipeline, selectComponents, warmUp } from '../pipeline/run-pipeline.js';
import type { ReadOptions, ReadResult } from '../readers/reader.js';
import { readInputs } from '../readers/read-inputs.js';
import { BATCH_ARTICLES, createWorkerPool } from '../pipeline/worker-pool.js';

export interface ExtractOptions {
  readonly read: ReadOptions;
  readonly limits: Limits;
  readonly layers: readonly OutputLayerName[];
  readonly output: 'json' | 'jsonl';
  /** Worker threads; 0 runs in this thread (no hard stop for a stuck article). */
  readonly jobs: number;
}

export interface ExtractSummary {
  readonly read: number;
  readonly failed: number;
}

/** Parses `--layers dateline,times` into output layer names; throws on an unknown name. */
export function parseLayers(value: string | undefined): OutputLayerName[] {
  if (!value || value === 'all') return [...OUTPUT_LAYERS];
  const names = value.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(OUTPUT_LAYERS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`Unknown layer(s): ${unknown.join(', ')}. Choose from ${OUTPUT_LAYERS.join(', ')}.`);
  return names as OutputLayerName[];
}

/** Extracts one read result into its output record; never throws. */
export function extractOne(item: ReadResult, run: (result: ReadResult & { ok: true }) => OutputRecord): OutputRecord | ErrorRecord {
  if (!item.ok) return { id: item.id, error: item.error };
  try {
    return run(item);
  } catch (error) {
    return { id: item.article.id, error: describeError(error) };
  }
}

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** Turns read results into records: in this thread, or through a pool of worker threads. */
function createExtractor(options: ExtractOptions): { extract: (item: ReadResult) => Promise<OutputRecord | ErrorRecord>; close: () => Promise<void> } {
  if (options.jobs > 0) {
    const pool = createWorkerPool({ jobs: options.jobs, layers: options.layers, limits: options.limits });
    return {
      extract: async (item) => (item.ok ? pool.extract(item.article) : { id: item.id, error: item.error }),
      close: () => pool.close(),
    };
  }
  const components = selectComponents(createPipeline(), options.layers);
  warmUp(components);
  const toRecord = (item: ReadResult & { ok: true }) =>
    toOutputRecord(runPipeline(item.article, components, options.limits), options.layers);
  return { extract: async (item) => extractOne(item, toRecord), close: async () => {} };
}

/**
 * Streams records to `out`: JSON Lines, or one JSON array (still written record by record, so
 * memory stays constant either way). With worker threads, a bounded window of articles is in
 * flight at once and records are written in input order.
 */
export async function runExtract(paths: readonly string[], options: ExtractOptions, out: Writable): Promise<ExtractSummary> {
  const extractor = createExtractor(options);
  const window: Promise<OutputRecord | ErrorRecord>[] = [];
  // Two batches a worker: one it runs, one queued for it (worker-pool.ts).
  const windowSize = Math.max(1, options.jobs * 2 * BATCH_ARTICLES);
  const pretty = options.output === 'json';
  let read = 0;
  let failed = 0;
  const flushOne = async (): Promise<void> => {
    const record = await window.shift()!;
    if ('error' in record) failed++;
    const body = pretty ? JSON.stringify(record, null, 2) : JSON.stringify(record);
    await write(out, pretty ? `${read > 0 ? ',\n' : ''}${body}` : `${body}\n`);
    read++;
  };
  try {
    if (pretty) await write(out, '[\n');
    for await (const item of readInputs(paths, options.read)) {
      window.push(extractor.extract(item));
      if (window.length >= windowSize) await flushOne();
    }
    while (window.length > 0) await flushOne();
    if (pretty) await write(out, `${read > 0 ? '\n' : ''}]\n`);
  } finally {
    await extractor.close();
  }
  return { read, failed };
}
