import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentText } from '../../src/web/highlight-segments.js';

// Marks from a damaged or hostile record must not cut the text wrongly or lose any of it.
const CASES: readonly [string, number, number][] = [
  ['empty span', 4, 4],
  ['reversed span', 8, 2],
  ['past the end', 5, 500],
  ['negative start', -3, 4],
  ['fractional offset', 1.5, 4],
];

for (const [name, start, end] of CASES) {
  test(`a mark with ${name} is dropped`, () => {
    const segments = segmentText(10, [{ start, end, layer: 'time', label: 'x' }]);
    assert.deepEqual(segments, [{ start: 0, end: 10, marks: [] }]);
  });
}

test('an empty text has no runs', () => {
  assert.deepEqual(segmentText(0, [{ start: 0, end: 1, layer: 'time', label: 'x' }]), []);
});
