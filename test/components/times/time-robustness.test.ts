import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { timesIn } from './time-helpers.js';

const PIECES = ['on', 'Friday', 'May', '2023', '3', 'p.m.', '-', '1', 'last', 'week', 'ago', 'two', 'years', '"', ',', '.', 'the', 'third', 'quarter', 'of', 'Nov.', '14:00', "'90s", 'every', 'é', '\n'];

test('times: every span indexes the text, in order, without overlap, on any input', () => {
  const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 40 }).map((parts) => parts.join(' '));
  fc.assert(fc.property(text, fc.constantFrom('2023-11-01', null), (input, published) => {
    const found = timesIn(input, published);
    let last = -1;
    for (const t of found) {
      assert.equal(input.slice(t.start, t.end), t.text);
      assert.ok(t.start >= last, 'sorted and not overlapping');
      assert.ok(t.value.length > 0);
      last = t.end;
    }
  }), { numRuns: 300 });
});
