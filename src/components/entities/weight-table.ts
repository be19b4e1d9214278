/**
 * Where the name model keeps its weights: one row of per-tag weights per hash bucket.
 * Training needs a dense float table it can update; the shipped model keeps only non-zero rows,
 * as 8-bit integers with a scale per row, behind a small open-addressing index, so that the whole
 * table stays in the processor cache (a dense table made decoding memory-bound).
 */

export interface WeightTable {
  /** Adds the row of `bucket` into `scores[at .. at + tags)`; a missing row adds nothing. */
  addRow(bucket: number, scores: Float64Array, at: number): void;
}

export class DenseWeights implements WeightTable {
  constructor(readonly values: Float32Array, readonly nTags: number) {}

  addRow(bucket: number, scores: Float64Array, at: number): void {
    const base = bucket * this.nTags;
    const values = this.values;
    for (let t = 0; t < this.nTags; t++) scores[at + t]! += values[base + t]!;
  }
}

/** Non-zero rows quantised to 8 bits, each with its own scale: what the model file stores. */
export interface QuantisedRows {
  readonly buckets: Uint32Array;
  readonly scales: Float32Array;
  readonly values: Int8Array;
}

/**
 * Quantises a dense table, dropping the rows whose largest weight is under `prune` × the largest
 * of all (on CoNLL-2003, 0.03 drops over half the rows at no cost in F1, and fewer rows decode faster).
 */
export function quantiseRows(dense: Float32Array, nTags: number, prune: number): QuantisedRows {
  let max = 0;
  for (const w of dense) max = Math.max(max, Math.abs(w));
  const floor = prune * max;
  const buckets: number[] = [];
  const scales: number[] = [];
  const values: number[] = [];
  for (let b = 0; b * nTags < dense.length; b++) {
    let rowMax = 0;
    for (let t = 0; t < nTags; t++) rowMax = Math.max(rowMax, Math.abs(dense[b * nTags + t]!));
    if (rowMax < floor || rowMax === 0) continue;
    const scale = rowMax / 127;
    buckets.push(b);
    scales.push(scale);
    for (let t = 0; t < nTags; t++) {
      const w = dense[b * nTags + t]!;
      values.push(Math.round(w / scale));
    }
  }
  return { buckets: Uint32Array.from(buckets), scales: Float32Array.from(scales), values: Int8Array.from(values) };
}

/** Bytes per row: its scale (float32), then the int8 weights, padded to keep the next scale aligned. */
function rowBytes(nTags: number): number {
  return 4 + Math.ceil(nTags / 4) * 4;
}

/** The number of set bits of a 32-bit integer. */
function bitCount(bits: number): number {
  let x = bits - ((bits >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/**
 * The shipped table: rows sorted by bucket, packed (scale then weights, 24 bytes for 17 tags: 0.9 MB
 * for 37,000 rows), found without hashing or probing through a bitmap of the buckets that have a row.
 * Most features of a text were never seen in training, and the bitmap (128 KB for 2^20 buckets)
 * answers those at once; for the others, the number of rows before the bucket is the count kept
 * beside each bitmap word plus the set bits below the bucket in it. Two places in memory per
 * look-up, both small enough to stay in the processor cache: a hashed table of padded slots was
 * twice the size, and decoding waited on memory.
 */
export class CompactWeights implements WeightTable {
  /** Per 32 buckets: `index[2w]` the bitmap word, `index[2w + 1]` the rows of all buckets before it. */
  private readonly index: Uint32Array;
  private readonly floats: Float32Array;
  private readonly bytes: Int8Array;
  private readonly stride: number;
  readonly rows: number;

  /** The table of `rows.buckets.length` rows: bucket ids, a scale per row and int8 values row-major. */
  constructor(rows: QuantisedRows, readonly nTags: number) {
    const count = rows.buckets.length;
    if (rows.scales.length !== count || rows.values.length !== count * nTags) throw new Error('weight rows do not match their buckets');
    this.rows = count;
    this.stride = rowBytes(nTags);
    const order = Array.from(rows.buckets.keys()).sort((a, b) => rows.buckets[a]! - rows.buckets[b]!);
    let maxBucket = 0;
    for (const bucket of rows.buckets) maxBucket = Math.max(maxBucket, bucket);
    this.index = new Uint32Array(2 * ((maxBucket >>> 5) + 1));
    const buffer = new ArrayBuffer(count * this.stride);
    this.floats = new Float32Array(buffer);
    this.bytes = new Int8Array(buffer);
    order.forEach((row, rank) => {
      const bucket = rows.buckets[row]!;
      if (rank > 0 && bucket === rows.buckets[order[rank - 1]!]) throw new Error(`weight bucket ${bucket} has two rows`);
      this.index[2 * (bucket >>> 5)]! |= 1 << (bucket & 31);
      this.floats[(rank * this.stride) >> 2] = rows.scales[row]!;
      this.bytes.set(rows.values.subarray(row * nTags, (row + 1) * nTags), rank * this.stride + 4);
    });
    let before = 0;
    for (let w = 0; 2 * w < this.index.length; w++) {
      this.index[2 * w + 1] = before;
      before += bitCount(this.index[2 * w]!);
    }
  }

  addRow(bucket: number, scores: Float64Array, at: number): void {
    const w = (bucket >>> 5) << 1;
    const bits = this.index[w];
    const bit = 1 << (bucket & 31);
    if (bits === undefined || (bits & bit) === 0) return;
    const rank = this.index[w + 1]! + bitCount(bits & (bit - 1));
    const base = rank * this.stride;
    const scale = this.floats[base >> 2]!;
    const bytes = this.bytes;
    for (let t = 0; t < this.nTags; t++) scores[at + t]! += scale * bytes[base + 4 + t]!;
  }
}
