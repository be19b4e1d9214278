import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SentenceWords } from '../../src/actors/sentence-words.js';
import { sentenceAt } from '../../src/actors/sentence-words.js';

const sentence = (start: number, end: number): SentenceWords => ({ start, end, keys: [], texts: [], starts: [], ends: [], pieces: [] });
// Three sentences with a paragraph break between the second and the third.
const SENTENCES = [sentence(0, 20), sentence(21, 40), sentence(42, 60)];

// [character, start of the sentence holding it, or null]
const CASES: readonly (readonly [number, number | null])[] = [[0, 0], [19, 0], [20, null], [21, 21], [39, 21], [41, null], [42, 42], [59, 42], [60, null], [-1, null]];

for (const [at, start] of CASES) {
  test(`sentenceAt: character ${at} is in the sentence at ${start}`, () => {
    assert.equal(sentenceAt(SENTENCES, at)?.start ?? null, start);
  });
}

test('sentenceAt: no sentences, no sentence', () => {
  assert.equal(sentenceAt([], 3), undefined);
});
