/**
 * The shipped model file (data/models/ner/*.bin.gz): gzip of
 *   "DLNER2\n", a 4-byte little-endian header length, the header as JSON, then the non-zero weight
 *   rows: `rows` uint32 bucket ids, `rows` float32 scales, `rows × tags` int8 values (little-endian).
 * The header holds the name types, hash size, transitions, the word-cluster table and training notes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { countryGazetteer } from './country-gazetteer.js';
import type { NerModel } from './ner-model.js';
import { WordScoreCache } from './ner-model.js';
import { createTagSet } from './ner-tags.js';
import type { TrainedModel } from './perceptron-trainer.js';
import { CompactWeights, quantiseRows } from './weight-table.js';

const MAGIC = 'DLNER2\n';

interface ModelHeader {
  readonly format: 2;
  readonly types: readonly string[];
  readonly hashBits: number;
  readonly rows: number;
  readonly transitions: readonly number[];
  /** "word<TAB>bits" lines. */
  readonly clusters: string;
  readonly notes: Record<string, unknown>;
}

export type LoadedNerModel = NerModel & { readonly notes: Record<string, unknown> };

/** Writes the model, pruning rows whose weights are all under `prune` × the largest; returns the file size and row count. */
export function saveNerModel(model: TrainedModel, path: string, notes: Record<string, unknown>, prune = 0.03): { bytes: number; rows: number } {
  const nTags = model.tagSet.tags.length;
  const rows = quantiseRows(model.weights.values, nTags, prune);
  const clusters = [...model.resources.clusters].map(([w, b]) => `${w}\t${b}`).join('\n');
  const header: ModelHeader = {
    format: 2, types: model.tagSet.types, hashBits: model.hashBits, rows: rows.buckets.length,
    transitions: Array.from(model.transitions), clusters, notes,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  const bytes = (a: ArrayBufferView): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  const body = Buffer.concat([Buffer.from(MAGIC, 'utf8'), length, json, bytes(rows.buckets), bytes(rows.scales), bytes(rows.values)]);
  const packed = gzipSync(body, { level: 9 });
  writeFileSync(path, packed);
  return { bytes: packed.length, rows: rows.buckets.length };
}

/** Copies `count` elements of a typed array type out of `body` at `offset` (which may be unaligned). */
function slice<T extends Uint32Array | Float32Array | Int8Array>(body: Buffer, offset: number, make: (n: number) => T, count: number): T {
  const out = make(count);
  Buffer.from(out.buffer).set(body.subarray(offset, offset + out.byteLength));
  return out;
}

/** Reads a model file; throws an Error naming the file when it is not one. */
export function loadNerModel(path: string): LoadedNerModel {
  const body = gunzipSync(readFileSync(path));
  if (body.subarray(0, MAGIC.length).toString('utf8') !== MAGIC) throw new Error(`${path} is not a dateline name model (bad magic); retrain it with scripts/train-ner.ts`);
  const headerLength = body.readUInt32LE(MAGIC.length);
  const start = MAGIC.length + 4;
  const header = JSON.parse(body.subarray(start, start + headerLength).toString('utf8')) as ModelHeader;
  const tagSet = createTagSet(header.types);
  const nTags = tagSet.tags.length;
  const rows = header.rows;
  let offset = start + headerLength;
  if (body.length - offset !== rows * (8 + nTags)) throw new Error(`${path}: expected ${rows} weight rows; the file is truncated or corrupt`);
  const buckets = slice(body, offset, (n) => new Uint32Array(n), rows);
  offset += rows * 4;
  const scales = slice(body, offset, (n) => new Float32Array(n), rows);
  offset += rows * 4;
  const values = slice(body, offset, (n) => new Int8Array(n), rows * nTags);
  const clusters = new Map<string, string>();
  for (const line of header.clusters.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) clusters.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return {
    tagSet, hashBits: header.hashBits, weights: new CompactWeights({ buckets, scales, values }, nTags),
    transitions: Float32Array.from(header.transitions), wordScores: new WordScoreCache(), resources: { clusters, gazetteer: countryGazetteer() }, notes: header.notes,
  };
}
