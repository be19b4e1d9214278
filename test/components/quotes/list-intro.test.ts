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

test('in a list of someone’s statements, quoted words recounting another’s speech are still theirs', () => {
  const text = 'Below are Marek’s key statements that the agency put together.\n\n'
    + 'Back in 2019, Premier Ola Lind suggested "waiting five years before any vote on the bridge."\n\n'
    + 'The mayor said the bridge would open in May. "We will open it on time," he said.';
  const quotes = quotesIn(text, [entity(text, 'e1', 'Jan Marek', 'PERSON', ['Marek']), entity(text, 'e2', 'Ola Lind', 'PERSON', ['Premier Ola Lind'])]);
  const recounted = quotes.find((q) => q.text.startsWith('waiting five years'));
  assert.equal(recounted?.speaker?.entity, 'e1');
  assert.equal(recounted?.rule, 'direct.listed');
  assert.equal(recounted?.cue, null);
  // A pronoun's own cue is kept: "he" is resolved as ever, not replaced.
  const own = quotes.find((q) => q.text.startsWith('We will open it'));
  assert.equal(own?.cue?.text, 'said');
});

test('outside a list, quoted words keep the speaker of their own cue', () => {
  const text = 'Back in 2019, Premier Ola Lind suggested "waiting five years before any vote on the bridge."';
  const [quote] = quotesIn(text, [entity(text, 'e2', 'Ola Lind', 'PERSON', ['Premier Ola Lind'])]);
  assert.equal(quote?.speaker?.entity, 'e2');
  assert.equal(quote?.cue?.text, 'suggested');
});
