import { test } from 'node:test';
import assert from 'node:assert/strict';
import { worthReading } from '../../../src/components/times/finder-list.js';
import { parseLexicon } from '../../../src/components/times/time-lexicon.js';

// A tiny fictional lexicon: the test's month and weekday words are not English ones.
const lexicon = parseLexicon(['month 04 : quorn', 'weekday 3 : blurday', 'ref PAST_REF : the olden days'].join('\n'), 'small.txt');
const worth = worthReading(lexicon);

test('worth reading: a sentence with a digit anywhere', () => {
  assert.equal(worth('Shares rose 3 pct.'), true);
  assert.equal(worth('The company said output was steady, at 1,250 tonnes'), true);
});

test('worth reading: a lexicon word as a whole word, in any case, without digits', () => {
  assert.equal(worth('The council met on Blurday.'), true);
  assert.equal(worth('Talks resume in QUORN, officials said.'), true);
  assert.equal(worth('Those were the olden days of trade.'), true);
});

test('not worth reading: no digit, and lexicon words only inside other words or weak words alone', () => {
  assert.equal(worth('The minister said talks would go on.'), false);
  assert.equal(worth('Blurdays and quorned fields were mentioned.'), false);
  assert.equal(worth('The end of the talks is near.'), false);
});
