import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotedSpans } from '../../../src/components/quotes/mark-finder.js';

const CASES: [string, string[]][] = [
  ['"Straight marks," he said.', ['Straight marks,']],
  ['“Typographic marks,” he said.', ['Typographic marks,']],
  ['«Guillemets» are used too.', ['Guillemets']],
  ["Lin says 'we will win'", ['we will win']],
  ['‘Single typographic’ marks.', ['Single typographic']],
  ["The country's rulers don't agree.", []],
  ['The ministers’ meeting ended.', []],
  ['"One," then "two."', ['One,', 'two.']],
];

for (const [text, expected] of CASES) {
  test(`findQuotedSpans: ${text}`, () => {
    const spans = findQuotedSpans(text);
    assert.deepEqual(spans.map((s) => text.slice(s.open + 1, s.close)), expected);
    for (const s of spans) assert.ok(s.open < s.close);
  });
}

test('findQuotedSpans: a quote runs over paragraphs when the next one reopens it', () => {
  const text = '“First paragraph.\n\n“Second paragraph.”';
  const [span] = findQuotedSpans(text);
  assert.equal(span?.open, 0);
  assert.equal(span?.close, text.length - 1);
  assert.equal(span?.breaks, 1);
});

test('findQuotedSpans: an open quote ends at a paragraph that does not reopen it', () => {
  const text = '“Never closed.\n\nPlain text. "Closed."';
  assert.deepEqual(findQuotedSpans(text).map((s) => s.open), [text.indexOf('"Closed')]);
});
