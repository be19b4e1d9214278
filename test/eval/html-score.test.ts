import { test } from 'node:test';
import assert from 'node:assert/strict';
import { comparePage, scorePages, shingleCounts, tokenize } from '../../src/eval/html-score.js';

test('tokens are runs of Unicode letters, digits and underscores, case kept', () => {
  assert.deepEqual(tokenize('Port-Lumen, 12 Feb: café_bar über 北京!'), ['Port', 'Lumen', '12', 'Feb', 'café_bar', 'über', '北京']);
});

test('shingles are four tokens wide; a shorter text is one shorter shingle', () => {
  assert.deepEqual([...shingleCounts('a b c d e').keys()].map((k) => k.split('\u0001').join(' ')), ['a b c d', 'b c d e']);
  assert.deepEqual([...shingleCounts('a b').keys()].map((k) => k.split('\u0001').join(' ')), ['a b']);
  assert.equal(shingleCounts('').size, 0);
});

test('identical texts score 1 and disjoint texts 0', () => {
  assert.deepEqual(scorePages([comparePage('one two three four five', 'one two three four five')]), { precision: 1, recall: 1, f1: 1 });
  assert.deepEqual(scorePages([comparePage('one two three four', 'five six seven eight')]), { precision: 0, recall: 0, f1: 0 });
});

test('extra predicted text lowers precision only; counts are normalised per page', () => {
  // truth: 2 shingles; prediction adds boilerplate, giving 2 true and 3 extra shingles.
  const page = comparePage('a b c d e', 'a b c d e x y z');
  assert.deepEqual(page, { tp: 2 / 5, fp: 3 / 5, fn: 0 });
  const scores = scorePages([page]);
  assert.equal(scores.precision, 0.4);
  assert.equal(scores.recall, 1);
  assert.ok(Math.abs(scores.f1 - 0.8 / 1.4) < 1e-12);
});

test('an empty prediction counts for recall but not precision', () => {
  const scores = scorePages([comparePage('a b c d', 'a b c d'), comparePage('a b c d', '')]);
  assert.equal(scores.precision, 1);
  assert.equal(scores.recall, 0.5);
});
