import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompactWeights, DenseWeights, quantiseRows } from '../../../src/components/entities/weight-table.js';

const TAGS = 5;
const BUCKETS = 256;

/** A dense table with rows in scattered buckets (some in the same 32-bucket word, one at the very end). */
function denseTable(): Float32Array {
  const dense = new Float32Array(BUCKETS * TAGS);
  for (const bucket of [0, 1, 5, 31, 32, 33, 64, 100, 131, 200, 255]) {
    for (let t = 0; t < TAGS; t++) dense[bucket * TAGS + t] = Math.sin(bucket * 7 + t) * (t + 1);
  }
  return dense;
}

function rowOf(table: CompactWeights, bucket: number): number[] {
  const scores = new Float64Array(TAGS + 2);
  table.addRow(bucket, scores, 1);
  return Array.from(scores);
}

test('compact weights: every bucket adds its quantised row (scale × int8, in float64), and nothing where there is none', () => {
  const rows = quantiseRows(denseTable(), TAGS, 0);
  const expected = new Map<number, number[]>();
  rows.buckets.forEach((bucket, r) => {
    expected.set(bucket, [0, ...Array.from(rows.values.subarray(r * TAGS, (r + 1) * TAGS), (q) => rows.scales[r]! * q), 0]);
  });
  const compact = new CompactWeights(rows, TAGS);
  assert.equal(compact.rows, 11);
  for (let bucket = 0; bucket < BUCKETS + 64; bucket++) {
    assert.deepEqual(rowOf(compact, bucket), expected.get(bucket) ?? new Array(TAGS + 2).fill(0), `bucket ${bucket}`);
  }
});

test('compact weights: rows add into what is there, like the dense table', () => {
  const dense = denseTable();
  const compact = new CompactWeights(quantiseRows(dense, TAGS, 0), TAGS);
  const scores = new Float64Array(TAGS);
  compact.addRow(5, scores, 0);
  compact.addRow(5, scores, 0);
  const once = new Float64Array(TAGS);
  compact.addRow(5, once, 0);
  assert.deepEqual(Array.from(scores), Array.from(once, (x) => 2 * x));
  const denseScores = new Float64Array(TAGS);
  new DenseWeights(dense, TAGS).addRow(5, denseScores, 0);
  // 8-bit weights stay within half a step (1/254 of the row's largest) of the float ones.
  const step = Math.max(...Array.from(denseScores, Math.abs)) / 127;
  once.forEach((x, t) => assert.ok(Math.abs(x - denseScores[t]!) <= step / 2 + 1e-9, `tag ${t}`));
});

test('compact weights: rows given out of bucket order are found all the same; a bucket given twice is refused', () => {
  const rows = quantiseRows(denseTable(), TAGS, 0);
  const order = Array.from(rows.buckets.keys()).reverse();
  const shuffled = {
    buckets: Uint32Array.from(order, (r) => rows.buckets[r]!),
    scales: Float32Array.from(order, (r) => rows.scales[r]!),
    values: Int8Array.from(order.flatMap((r) => Array.from(rows.values.subarray(r * TAGS, (r + 1) * TAGS)))),
  };
  const inOrder = new CompactWeights(rows, TAGS);
  const reversed = new CompactWeights(shuffled, TAGS);
  for (let bucket = 0; bucket < BUCKETS; bucket++) assert.deepEqual(rowOf(reversed, bucket), rowOf(inOrder, bucket));
  const twice = { buckets: Uint32Array.of(7, 7), scales: Float32Array.of(1, 1), values: new Int8Array(2 * TAGS) };
  assert.throws(() => new CompactWeights(twice, TAGS), /two rows/);
});
