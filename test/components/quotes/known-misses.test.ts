import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesIn } from './quote-helpers.js';

// Known failures, kept visible: each states what should happen and fails today.

test('nested speech is its own attribution ("X said Y told him that ...")', { todo: 'cues inside another content are skipped' }, () => {
  const text = 'Marek said Kovac told him that the deal was dead.';
  assert.equal(quotesIn(text).length, 2);
});

test('a sentence opening with a place phrase does not put it in the speaker', { todo: 'speaker phrases have no noun-phrase chunker' }, () => {
  const [quote] = quotesIn('In two regions the governors said the roads were closed.');
  assert.equal(quote?.speaker?.text, 'the governors');
});
