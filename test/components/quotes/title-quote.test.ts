import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesIn } from './quote-helpers.js';

// Quoted titles in running text are names, not speech; speech in title case or in a headline stays.
const NOT_QUOTES: string[] = [
  'He has been reading the memoir, “Bridges Over Quiet Water: A Life in Tarn,” for clues about his plans.',
  'She is now host of “The Late Hour with Ana Pike” on a cable channel.',
  'The book is entitled, “Why Tarn Matters More Than Ever Before.”',
];

for (const text of NOT_QUOTES) {
  test(`not speech: ${text.slice(0, 60)}`, () => {
    assert.deepEqual(quotesIn(text).filter((q) => q.direct).map((q) => q.text), []);
  });
}

const STILL_QUOTES: [string, string][] = [
  // An uncued quote continuing its speaker is kept even in title case.
  ['“We will vote no,” Marek said. “Never Again Will Tarn Bow To Threats.”', 'Never Again Will Tarn Bow To Threats.'],
  // A chant, with an exclamation, is speech.
  ['The crowd gathered at noon. “Hey, Hey! Marek Must Go!” The police watched.', 'Hey, Hey! Marek Must Go!'],
];

for (const [text, quote] of STILL_QUOTES) {
  test(`still a quote: ${text.slice(0, 60)}`, () => {
    assert.ok(quotesIn(text).some((q) => q.direct && q.text === quote));
  });
}

test('a quote with a frame after it that ends in its hearer: “...?” Lenz asked the minister.', () => {
  const text = '“Did you know who wrote it?” Lenz asked the foreign minister. “It is fine,” he said.';
  const quote = quotesIn(text).find((q) => q.text === 'Did you know who wrote it?');
  assert.equal(quote?.speaker?.text, 'Lenz');
  assert.equal(quote?.cue?.text, 'asked');
});

test('a manner-of-speaking verb next to a quote is its cue: “...,” Pike fumed.', () => {
  const quote = quotesIn('“They were never serious about this,” Pike fumed on Tuesday.')[0];
  assert.equal(quote?.cue?.text, 'fumed');
  assert.equal(quote?.speaker?.text, 'Pike');
});
