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
import { runPipeline, selectComponents } from '../pipeline/run-pipeline.js';
import type { ReadOptions, ReadResult } from '../readers/reader.js';
import { readInputs } from '../readers/read-inputs.js';

export interface ExtractOptions {
  readonly read: ReadOptions;
  readonly limits: Limits;
  readonly layers: readonly OutputLayerName[];
  readonly output: 'json' | 'jsonl';
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

/**
 * Streams records to `out`: JSON Lines, or one JSON array (still written record by record, so
 * memory stays constant either way).
 */
export async function runExtract(paths: readonly string[], options: ExtractOptions, out: Writable): Promise<ExtractSummary> {
  const components = selectComponents(createPipeline(), options.layers);
  const toRecord = (item: ReadResult & { ok: true }) =>
    toOutputRecord(runPipeline(item.article, components, options.limits), options.layers);
  let read = 0;
  let failed = 0;
  const pretty = options.output === 'json';
  if (pretty) await write(out, '[\n');
  for await (const item of readInputs(paths, options.read)) {
    const record = extractOne(item, toRecord);
    if ('error' in record) failed++;
    const body = pretty ? JSON.stringify(record, null, 2) : JSON.stringify(record);
    await write(out, pretty ? `${read > 0 ? ',\n' : ''}${body}` : `${body}\n`);
    read++;
  }
  if (pretty) await write(out, `${read > 0 ? '\n' : ''}]\n`);
  return { read, failed };
}
