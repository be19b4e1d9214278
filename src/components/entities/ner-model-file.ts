/**
 * The shipped model file (data/models/ner/*.bin.gz): gzip of
 *   "DLNER1\n", a 4-byte little-endian header length, the header as JSON, then the weights as
 *   little-endian 16-bit integers (`2^hashBits × tags`, dense; pruned weights are 0 and compress away).
 * The header holds the name types, hash size, transitions (in weight units), the word-cluster
 * table and training notes. Scores are only compared, so the int16 scale needs no undoing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { countryGazetteer } from './country-gazetteer.js';
import type { NerModel } from './ner-model.js';
import { createTagSet } from './ner-tags.js';

const MAGIC = 'DLNER1\n';

interface ModelHeader {
  readonly format: 1;
  readonly types: readonly string[];
  readonly hashBits: number;
  readonly scale: number;
  readonly transitions: readonly number[];
  /** "word<TAB>bits" lines. */
  readonly clusters: string;
  readonly notes: Record<string, unknown>;
}

/** Quantises weights to int16 after zeroing those under `prune` × the largest, and writes the file. */
export function saveNerModel(model: NerModel, path: string, notes: Record<string, unknown>, prune = 0.002): { bytes: number; nonZero: number } {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max / 32767 || 1;
  const weights = new Int16Array(model.weights.length);
  let nonZero = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = model.weights[i]!;
    if (Math.abs(w) < prune * max) continue;
    weights[i] = Math.round(w / scale);
    if (weights[i] !== 0) nonZero++;
  }
  const clusters = [...model.resources.clusters].map(([w, b]) => `${w}\t${b}`).join('\n');
  const header: ModelHeader = {
    format: 1, types: model.tagSet.types, hashBits: model.hashBits, scale,
    transitions: Array.from(model.transitions, (t) => t / scale), clusters, notes,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  const body = Buffer.concat([Buffer.from(MAGIC, 'utf8'), length, json, Buffer.from(weights.buffer, weights.byteOffset, weights.byteLength)]);
  const packed = gzipSync(body, { level: 9 });
  writeFileSync(path, packed);
  return { bytes: packed.length, nonZero };
}

/** Keeps only the rows (buckets) with a non-zero weight. */
function compactRows(dense: Int16Array, nTags: number): { rowOf: Int32Array; weights: Int16Array } {
  const buckets = dense.length / nTags;
  const rowOf = new Int32Array(buckets).fill(-1);
  let rows = 0;
  for (let b = 0; b < buckets; b++) {
    for (let t = 0; t < nTags; t++) {
      if (dense[b * nTags + t] !== 0) {
        rowOf[b] = rows++;
        break;
      }
    }
  }
  const weights = new Int16Array(rows * nTags);
  for (let b = 0; b < buckets; b++) {
    const r = rowOf[b]!;
    if (r >= 0) weights.set(dense.subarray(b * nTags, (b + 1) * nTags), r * nTags);
  }
  return { rowOf, weights };
}

/** Reads a model file; throws an Error naming the file when it is not one. */
export function loadNerModel(path: string): NerModel & { readonly notes: Record<string, unknown> } {
  const body = gunzipSync(readFileSync(path));
  if (body.subarray(0, MAGIC.length).toString('utf8') !== MAGIC) throw new Error(`${path} is not a dateline name model (bad magic)`);
  const headerLength = body.readUInt32LE(MAGIC.length);
  const start = MAGIC.length + 4;
  const header = JSON.parse(body.subarray(start, start + headerLength).toString('utf8')) as ModelHeader;
  if (header.format !== 1) throw new Error(`${path}: model format ${String(header.format)} is not supported`);
  const tagSet = createTagSet(header.types);
  const size = (1 << header.hashBits) * tagSet.tags.length;
  const offset = start + headerLength;
  if (body.length - offset !== size * 2) throw new Error(`${path}: expected ${size} weights, the file is truncated or corrupt`);
  // Copy into an aligned buffer: the slice after the header may start at an odd byte.
  const dense = new Int16Array(size);
  Buffer.from(dense.buffer).set(body.subarray(offset));
  const { rowOf, weights } = compactRows(dense, tagSet.tags.length);
  const clusters = new Map<string, string>();
  for (const line of header.clusters.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) clusters.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return {
    tagSet, hashBits: header.hashBits, rowOf, weights, transitions: Float32Array.from(header.transitions), scale: header.scale,
    resources: { clusters, gazetteer: countryGazetteer() }, notes: header.notes,
  };
}
