import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseText } from '../../src/document/normalise.js';

const CASES: [string, string, string][] = [
  ['byte-order mark and CRLF', '\uFEFFBEIJING,\r\nNov 1', 'BEIJING,\nNov 1'],
  ['control characters become spaces', 'Talks\u0007 ended', 'Talks  ended'],
  ['zero-width joiners vanish', 'Ga\u200Bza', 'Gaza'],
  ['no-break spaces become spaces', 'Wang\u00A0Yi', 'Wang Yi'],
  ['many blank lines become one', 'One.\n\n\n\nTwo.', 'One.\n\nTwo.'],
  ['lone surrogates become replacement characters', 'a\uD800b', 'a\uFFFDb'],
  ['decomposed accents are composed (NFC)', 'Mac\u0327ron', 'Maçron'],
  ['typographic quotes stay', '“Peace,” he said.', '“Peace,” he said.'],
];

for (const [name, input, expected] of CASES) {
  test(`normaliseText: ${name}`, () => assert.equal(normaliseText(input), expected));
}
