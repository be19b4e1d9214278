import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesIn } from './quote-helpers.js';

// Quotes with no cue of their own: whose words they are (quotes.v4).
const SUBJECT_CASES: ReadonlyArray<readonly [string, string, string]> = [
  ['Lena Vogt thanked the council for “taking these steps to make us all safer.”', 'taking these', 'Lena Vogt'],
  ['Former Mayor Ivo Marek, for his part, is labeling the plan “a blatant abuse of power by the board.”', 'a blatant', 'Former Mayor Ivo Marek'],
  ['Adler also bemoaned the political climate in which people “literally hate each other” because they differ.', 'literally', 'Adler'],
  ['Marek: Council Must ‘Stop Wasting Money On The Old Bridge’ Before Winter', 'Stop Wasting', 'Marek'],
];

for (const [text, starts, speaker] of SUBJECT_CASES) {
  test(`an uncued quote inside a sentence is its subject's: ${text.slice(0, 50)}`, () => {
    const quote = quotesIn(text).find((q) => q.text.startsWith(starts));
    assert.equal(quote?.speaker?.text, speaker);
    assert.equal(quote?.rule, 'direct.subject');
    assert.equal(quote?.start, text.indexOf(starts));
  });
}

test('the subject is read from the sentence start, over an earlier quote in the sentence', () => {
  const text = 'Adler thought some of the “Vote Local” buzz was artificial, a tribute to “the consummate political skills of her rivals.”';
  const quote = quotesIn(text).find((q) => q.text.startsWith('the consummate'));
  assert.equal(quote?.speaker?.text, 'Adler');
});

test('a later quote in the sentence of a partial quote shares its frame', () => {
  const text = 'Ivo Marek says his “old friend and trusted colleague” Lena Vogt ran “an optimistic campaign focused on the future of our party.”';
  const quotes = quotesIn(text);
  const second = quotes.find((q) => q.text.startsWith('an optimistic'));
  assert.equal(second?.speaker?.text, 'Ivo Marek');
  assert.equal(second?.cue?.text, 'says');
});

test('a quote opening its sentence with no voice before it keeps no speaker', () => {
  const text = 'The river rose all week.\n\n“We have never seen water this high in the old town.”';
  const [quote] = quotesIn(text);
  assert.equal(quote?.speaker, null);
  assert.equal(quote?.rule, 'direct.uncued');
});

test('a fronted phrase without its comma is no subject', () => {
  const [quote] = quotesIn('During that long call the envoy "reasonably waited for a long and lasting peace."');
  assert.equal(quote?.speaker ?? null, null);
});
