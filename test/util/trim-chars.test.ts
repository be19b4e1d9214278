import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trimChars } from '../../src/util/trim-chars.js';

const CASES: [string, string, 'both' | 'end', string][] = [
  ['Gaza, - ', ' ,-', 'both', 'Gaza'],
  ['  "quoted."  ', ' ".', 'both', 'quoted'],
  [', WASHINGTON, -', ' ,-', 'end', ', WASHINGTON'],
  ['\t\nline\n', ' ', 'both', 'line'],
  ['keep', ' ,', 'both', 'keep'],
  [',,,', ',', 'both', ''],
];

for (const [input, chars, sides, expected] of CASES) {
  test(`trimChars(${JSON.stringify(input)}, ${JSON.stringify(chars)}, ${sides})`, () => {
    assert.equal(trimChars(input, chars, sides), expected);
  });
}

test('trimChars is linear on a long run of trimmed characters', () => {
  const long = `${'-'.repeat(2_000_000)}x${' '.repeat(2_000_000)}`;
  assert.equal(trimChars(long, ' -'), 'x');
});
