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

/** Quantises a dense table, dropping weights under `prune` × the largest (they only add noise and bytes). */
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
      values.push(Math.abs(w) < floor ? 0 : Math.round(w / scale));
    }
  }
  return { buckets: Uint32Array.from(buckets), scales: Float32Array.from(scales), values: Int8Array.from(values) };
}

export class CompactWeights implements WeightTable {
  /** bucket + 1 per slot (0 = empty). */
  private readonly keys: Int32Array;
  private readonly rowOfSlot: Int32Array;
  private readonly values: Int8Array;
  private readonly scales: Float32Array;
  private readonly slotMask: number;
  readonly rows: number;

  /** The table of `rows.buckets.length` rows: bucket ids, a scale per row and int8 values row-major. */
  constructor(rows: QuantisedRows, readonly nTags: number) {
    const count = rows.buckets.length;
    if (rows.scales.length !== count || rows.values.length !== count * nTags) throw new Error('weight rows do not match their buckets');
    this.rows = count;
    let capacity = 1024;
    while (capacity < count * 2) capacity *= 2;
    this.slotMask = capacity - 1;
    this.keys = new Int32Array(capacity);
    this.rowOfSlot = new Int32Array(capacity);
    this.values = rows.values;
    this.scales = rows.scales;
    for (let row = 0; row < count; row++) {
      const bucket = rows.buckets[row]!;
      let slot = this.slotOf(bucket);
      while (this.keys[slot] !== 0) slot = (slot + 1) & this.slotMask;
      this.keys[slot] = bucket + 1;
      this.rowOfSlot[slot] = row;
    }
  }

  private slotOf(bucket: number): number {
    return Math.imul(bucket, 0x9e3779b1) >>> 0 & this.slotMask;
  }

  addRow(bucket: number, scores: Float64Array, at: number): void {
    const keys = this.keys;
    const key = bucket + 1;
    let slot = this.slotOf(bucket);
    // The table is at most half full, so a probe ends within a few slots.
    for (let probes = 0; probes <= this.slotMask; probes++) {
      const k = keys[slot]!;
      if (k === 0) return;
      if (k === key) break;
      slot = (slot + 1) & this.slotMask;
    }
    const row = this.rowOfSlot[slot]!;
    const scale = this.scales[row]!;
    const base = row * this.nTags;
    const values = this.values;
    for (let t = 0; t < this.nTags; t++) scores[at + t]! += scale * values[base + t]!;
  }
}
