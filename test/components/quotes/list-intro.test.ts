import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/components/sentences/sentence-component.js';
import { findListIntros } from '../../../src/components/quotes/list-intro-finder.js';
import { loadQuoteLexicon } from '../../../src/components/quotes/quote-lexicon.js';
import { at, entity, quotesIn } from './quote-helpers.js';

const TEXT = 'Below are Marek’s key statements that the agency put together.\n\nTaxes will not rise. "We will keep our promise to every family in the country."\n\nThe country will not be "pecking" at its allies.';

test('findListIntros: "Below are Marek’s key statements." names Marek, from the sentence end on', () => {
  const intros = findListIntros(TEXT, splitSentences(TEXT), loadQuoteLexicon().speakers);
  assert.equal(intros.length, 1);
  assert.equal(intros[0]!.speaker.text, 'Marek');
  assert.equal(intros[0]!.speaker.start, at(TEXT, 'Marek'));
  assert.equal(intros[0]!.at, at(TEXT, 'put together.') + 'put together.'.length);
});

test('uncued quotes after a list introduction are that person’s, short ones included', () => {
  const quotes = quotesIn(TEXT, [entity(TEXT, 'e1', 'Jan Marek', 'PERSON', ['Marek'])]);
  assert.deepEqual(quotes.map((q) => q.text), ['We will keep our promise to every family in the country.', 'pecking']);
  for (const q of quotes) {
    assert.equal(q.speaker?.entity, 'e1');
    assert.equal(q.rule, 'direct.listed');
    assert.equal(q.cue, null);
  }
});

test('findListIntros: a possessive without a list noun introduces nothing', () => {
  const text = 'Below are Marek’s plans for the city.\n\n"We will win."';
  assert.deepEqual(findListIntros(text, splitSentences(text), loadQuoteLexicon().speakers), []);
});
