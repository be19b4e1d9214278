import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bucketCounts, overlay } from '../../src/web/time-buckets.js';

test('dates within 62 days are counted by day, gaps filled with zeros', () => {
  const b = bucketCounts([['"Wang Yi"', ['2023-11-01T08:00:00Z', '2023-11-03', '2023-11-03']], ['ceasefire', ['2023-11-02']]]);
  assert.equal(b.unit, 'day');
  assert.deepEqual(b.buckets, ['2023-11-01', '2023-11-02', '2023-11-03']);
  assert.deepEqual(b.counts.get('"Wang Yi"'), [1, 0, 2]);
  assert.deepEqual(b.counts.get('ceasefire'), [0, 1, 0]);
});

test('dates further apart are counted by month, across a year end', () => {
  const b = bucketCounts([['events', ['2023-11-01', '2023-11-20', '2024-02-14']]]);
  assert.equal(b.unit, 'month');
  assert.deepEqual(b.buckets, ['2023-11', '2023-12', '2024-01', '2024-02']);
  assert.deepEqual(b.counts.get('events'), [2, 0, 0, 1]);
});

test('values without a full day are left out, and none at all gives no buckets', () => {
  const b = bucketCounts([['events', ['2023-11', null, 'PAST_REF']]]);
  assert.deepEqual(b.buckets, []);
  assert.deepEqual(b.counts.get('events'), []);
});

test('a span of centuries is capped, not looped over without end', () => {
  const b = bucketCounts([['events', ['0001-01-01', '9999-12-31']]]);
  assert.ok(b.buckets.length <= 1200);
});

test('query volumes are overlaid on the union of their buckets, as counts or shares', () => {
  const a = { buckets: [{ start: '2023-11-01', count: 2, total: 4, share: 0.5 }, { start: '2023-11-03', count: 1, total: 1, share: 1 }] };
  const b = { buckets: [{ start: '2023-11-02', count: 3, total: 6, share: 0.5 }] };
  assert.deepEqual(overlay([a, b], false), { buckets: ['2023-11-01', '2023-11-02', '2023-11-03'], values: [[2, 0, 1], [0, 3, 0]] });
  assert.deepEqual(overlay([a, b], true).values, [[0.5, 0, 1], [0, 0.5, 0]]);
});

test('weekly volumes are filled week by week between the first and the last', () => {
  const a = { buckets: [{ start: '2023-10-30', count: 1, total: 1, share: 1 }, { start: '2023-11-13', count: 2, total: 4, share: 0.5 }] };
  assert.deepEqual(overlay([a], false, 7), { buckets: ['2023-10-30', '2023-11-06', '2023-11-13'], values: [[1, 0, 2]] });
});
