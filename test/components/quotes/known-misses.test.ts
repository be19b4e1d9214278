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

test('a quote whose own frame follows a clause after it is not a continuation of the quote before', { todo: 'the frame "because ..., he said" is not read; the quote takes the previous cue' }, () => {
  const text = '"Many would call that an embarrassment," said Ivo Marek, an analyst. "And yet it would seal the deal" because she would widen her lead, he said.';
  const second = quotesIn(text).find((q) => q.text.startsWith('And yet'));
  assert.equal(second?.speaker?.text, 'he');
});

test('a participle after a verb phrase takes the clause subject, not the phrase before it', { todo: 'since quotes.v6 the subject is found, but only the name, without the description before it' }, () => {
  const text = 'One group, Partners for Growth, has run ads in both papers reminding readers that the vote is close.';
  const quote = quotesIn(text).find((q) => q.cue?.text === 'reminding');
  assert.equal(quote?.speaker?.text, 'One group, Partners for Growth');
});
