import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trimChars, trimNonWord } from '../../src/util/trim-chars.js';

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

const NON_WORD_CASES: [string, string][] = [
  ['“Hello,”', 'Hello'],
  ['(R-Wis.)', 'R-Wis'],
  ['2023.', '2023'],
  ['...', ''],
  ['𝒜lpha𝒵', '𝒜lpha𝒵'],
  ['—😀word😀—', 'word'],
  ['\ud800x\udc00', 'x'],
];

for (const [input, expected] of NON_WORD_CASES) {
  test(`trimNonWord(${JSON.stringify(input)})`, () => {
    assert.equal(trimNonWord(input), expected);
  });
}

test('trimNonWord agrees with the regex it replaces on random strings', () => {
  const alphabet = ['a', 'Z', '7', ' ', ',', '“', '—', 'é', '😀', '𝒜'];
  for (let round = 0; round < 500; round++) {
    let text = '';
    const length = (round * 7) % 12;
    for (let i = 0; i < length; i++) text += alphabet[(round * 31 + i * 17) % alphabet.length];
    assert.equal(trimNonWord(text), text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''), JSON.stringify(text));
  }
});

test('trimNonWord is linear on a long run of punctuation', () => {
  assert.equal(trimNonWord(`${'.'.repeat(2_000_000)}x${','.repeat(2_000_000)}`), 'x');
});
