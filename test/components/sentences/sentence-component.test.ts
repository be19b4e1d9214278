import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/components/sentences/sentence-component.js';

const CASES: [string, string[]][] = [
  ['Wang Yi spoke. He said more.', ['Wang Yi spoke.', 'He said more.']],
  ['Mr. Biden met Dr. Smith in the U.S. capital. They talked.', ['Mr. Biden met Dr. Smith in the U.S. capital.', 'They talked.']],
  ['"It is over," he said. "We won."', ['"It is over," he said.', '"We won."']],
  ['George W. Bush spoke on Nov. 3 in Texas.', ['George W. Bush spoke on Nov. 3 in Texas.']],
  ['First paragraph without a stop\nSecond paragraph.', ['First paragraph without a stop', 'Second paragraph.']],
  ['Is it true? Yes! It is.', ['Is it true?', 'Yes!', 'It is.']],
  ['Prices rose 3.5 percent. Shares fell.', ['Prices rose 3.5 percent.', 'Shares fell.']],
];

for (const [text, expected] of CASES) {
  test(`splitSentences: ${text.slice(0, 40)}`, () => {
    const sentences = splitSentences(text);
    assert.deepEqual(sentences.map((s) => s.text), expected);
    for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
  });
}

test('splitSentences: no sentence in empty or blank text', () => {
  assert.deepEqual(splitSentences(''), []);
  assert.deepEqual(splitSentences(' \n\n '), []);
});
