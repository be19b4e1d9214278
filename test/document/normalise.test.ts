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

test('normaliseText: a hard-wrapped story is read as paragraphs', () => {
  const wrapped = [
    'ARDEN, March 3 - The Velmar port authority said on Tuesday it\r',
    'would delay the sale of its container terminal until the\r',
    'summer, citing weak demand from shipping lines and a pending\r',
    'review by the competition board.\r',
    '    The chairman, Tomas Reyna, told reporters after a board\r',
    'meeting that there was no hurry to sell at the bottom of the\r',
    'market.',
  ].join('\n');
  const text = normaliseText(wrapped);
  assert.match(text, /said on Tuesday it would delay the sale/);
  assert.match(text, /board\.\n {4}The chairman/);
  assert.match(text, /after a board meeting that/);
});
