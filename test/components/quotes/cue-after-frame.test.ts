import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesIn } from './quote-helpers.js';

test('an inverted speaker after a question keeps its appositive', () => {
  const text = '"Do you want the council reading every letter?" said Lena Vogt, an assistant professor at the university.';
  const [quote] = quotesIn(text);
  assert.equal(quote?.speaker?.text, 'Lena Vogt');
  assert.equal(quote?.cue?.text, 'said');
});

test('an aside between the quote and an inverted frame: "...," like X, said Y', () => {
  const text = '"The most impressive aspect has been the resilience of buyers," like the recent swings of markets, said Ivo Marek, the chief economist.';
  const [quote] = quotesIn(text);
  assert.equal(quote?.speaker?.text, 'Ivo Marek');
  assert.equal(quote?.rule, 'direct.cue-after-inverted');
});

test('a new report after a quote that ended its sentence is not its frame', () => {
  for (const text of [
    '"What about the flood? I was there." He added that praising the mayor for it was wrong.',
    '"We will rebuild the bridge." He said, twice, that he was going to go back to work on it.',
  ]) {
    const quote = quotesIn(text).find((q) => q.direct);
    assert.notEqual(quote?.cue?.text, 'added');
    assert.notEqual(quote?.cue?.text, 'said');
  }
});

test('an infinitive after a quote is no cue: “...” for Vogt to criticize Marek', () => {
  const text = 'Adler said that it was “totally inappropriate” for Vogt to criticize Marek.';
  const quote = quotesIn(text).find((q) => q.direct);
  assert.notEqual(quote?.cue?.text, 'criticize');
});
