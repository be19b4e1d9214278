import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashRange, hashString } from '../../src/nlp/feature-hash.js';

test('feature hash: a range of a string hashes as the string sliced there, with or without a seed', () => {
  for (const text of ['Albusaidi', 'ab', 'x', '', 'Zürich-Höngg', '😀ok']) {
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) {
        assert.equal(hashRange(text, start, end), hashString(text.slice(start, end)), `${text}[${start}, ${end})`);
        assert.equal(hashRange(text, start, end, 12345), hashString(text.slice(start, end), 12345));
      }
    }
  }
  assert.notEqual(hashRange('minister', 0, 3), hashRange('minister', 1, 4), 'different ranges hash apart');
});
