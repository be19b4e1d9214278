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

/**
 * Bytes per slot: the bucket key (int32), the row's scale (float32), then the int8 weights, padded
 * so that a slot never straddles more cache lines than needed. One probe touches one place in memory:
 * with separate key, row, scale and value arrays, a lookup cost up to four cache misses.
 */
function slotBytes(nTags: number): number {
  let bytes = 8 + nTags;
  let size = 16;
  while (size < bytes) size *= 2;
  return size;
}

export class CompactWeights implements WeightTable {
  private readonly ints: Int32Array;
  private readonly floats: Float32Array;
  private readonly bytes: Int8Array;
  private readonly stride: number;
  private readonly slotMask: number;
  /**
   * One bit per hash bucket, set when the bucket has a row. Most features of a text were never
   * seen in training; the bitmap (128 KB for 2^20 buckets) answers those without touching the table.
   */
  private readonly present: Uint32Array;
  readonly rows: number;

  /** The table of `rows.buckets.length` rows: bucket ids, a scale per row and int8 values row-major. */
  constructor(rows: QuantisedRows, readonly nTags: number) {
    const count = rows.buckets.length;
    if (rows.scales.length !== count || rows.values.length !== count * nTags) throw new Error('weight rows do not match their buckets');
    this.rows = count;
    this.stride = slotBytes(nTags);
    let capacity = 1024;
    while (capacity < count * 1.6) capacity *= 2;
    this.slotMask = capacity - 1;
    const buffer = new ArrayBuffer(capacity * this.stride);
    this.ints = new Int32Array(buffer);
    this.floats = new Float32Array(buffer);
    this.bytes = new Int8Array(buffer);
    const words = this.stride / 4;
    let maxBucket = 0;
    for (const bucket of rows.buckets) maxBucket = Math.max(maxBucket, bucket);
    this.present = new Uint32Array((maxBucket >>> 5) + 1);
    for (let row = 0; row < count; row++) {
      const bucket = rows.buckets[row]!;
      this.present[bucket >>> 5]! |= 1 << (bucket & 31);
      let slot = this.slotOf(bucket);
      while (this.ints[slot * words] !== 0) slot = (slot + 1) & this.slotMask;
      this.ints[slot * words] = bucket + 1;
      this.floats[slot * words + 1] = rows.scales[row]!;
      this.bytes.set(rows.values.subarray(row * nTags, (row + 1) * nTags), slot * this.stride + 8);
    }
  }

  private slotOf(bucket: number): number {
    return (Math.imul(bucket, 0x9e3779b1) >>> 12) & this.slotMask;
  }

  addRow(bucket: number, scores: Float64Array, at: number): void {
    const bits = this.present[bucket >>> 5];
    if (bits === undefined || (bits & (1 << (bucket & 31))) === 0) return;
    const ints = this.ints;
    const words = this.stride >> 2;
    const key = bucket + 1;
    let slot = this.slotOf(bucket);
    // The table is at most ~60% full, so a probe ends within a few slots.
    for (let probes = 0; probes <= this.slotMask; probes++) {
      const k = ints[slot * words]!;
      if (k === 0) return;
      if (k === key) break;
      slot = (slot + 1) & this.slotMask;
    }
    const scale = this.floats[slot * words + 1]!;
    const base = slot * this.stride + 8;
    const bytes = this.bytes;
    for (let t = 0; t < this.nTags; t++) scores[at + t]! += scale * bytes[base + t]!;
  }
}
