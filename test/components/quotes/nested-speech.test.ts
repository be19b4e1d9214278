import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesIn } from './quote-helpers.js';

test('a quote after a stance verb of nested speech belongs to the outer report', () => {
  const text = 'Paul Pike, a delegate from Tarn, said he wanted “common-sense solutions to the problem of the old bridge.”';
  const quote = quotesIn(text).find((q) => q.direct);
  assert.equal(quote?.cue?.text, 'said');
  assert.equal(quote?.speaker?.text, 'Paul Pike, a delegate from Tarn');
  assert.equal(quote?.rule, 'direct.partial');
});

test('a quote after a pronoun subject of nested speech belongs to the outer report', () => {
  const text = 'Adler said, however, that he hopes “somebody else takes up the cause” against the board.';
  const quote = quotesIn(text).find((q) => q.direct);
  assert.equal(quote?.cue?.text, 'said');
  assert.equal(quote?.speaker?.text, 'Adler');
});

test('a named inner speaker keeps the words: they are reported as hers', () => {
  const text = 'Ivo Marek said that Vogt urged members to stay “closely coordinated on the budget.”';
  const quote = quotesIn(text).find((q) => q.direct);
  assert.equal(quote?.cue?.text, 'urged');
  assert.equal(quote?.speaker?.text, 'Vogt');
});

test('reported content ends where a subordinate clause with its own speaker and cue begins', () => {
  const text = 'The ministry admitted it made a mistake when a local doctor reported high lead levels in the water.';
  const quotes = quotesIn(text);
  const admitted = quotes.find((q) => q.cue?.text === 'admitted');
  const reported = quotes.find((q) => q.cue?.text === 'reported');
  assert.equal(admitted?.text, 'it made a mistake');
  assert.equal(reported?.speaker?.text, 'a local doctor');
  assert.equal(reported?.text, 'high lead levels in the water');
});
