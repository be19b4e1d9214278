import { test } from 'node:test';
import assert from 'node:assert/strict';
import { iobSpans, parseConll } from '../../src/nlp/conll-reader.js';

test('parseConll: documents, sentences and IOB2 names', () => {
  const text = '-DOCSTART- -X- -X- O\n\nZorvia NNP B-NP B-LOC\nhires VBZ B-VP O\nTam NNP B-NP B-PER\nOkafor NNP I-NP I-PER\n\n-DOCSTART- -X- -X- O\n\nBlix NNP B-NP B-ORG\n';
  const docs = parseConll(text);
  assert.equal(docs.length, 2);
  assert.deepEqual(docs[0]!.sentences[0]!.words, ['Zorvia', 'hires', 'Tam', 'Okafor']);
  assert.deepEqual(docs[0]!.sentences[0]!.names, [{ start: 0, end: 1, type: 'LOC' }, { start: 2, end: 4, type: 'PER' }]);
  assert.deepEqual(docs[1]!.sentences[0]!.names, [{ start: 0, end: 1, type: 'ORG' }]);
});

test('iobSpans: IOB1 (I- after O, B- between adjacent names of one type)', () => {
  assert.deepEqual(iobSpans(['I-PER', 'I-PER', 'B-PER', 'O', 'I-LOC']), [
    { start: 0, end: 2, type: 'PER' }, { start: 2, end: 3, type: 'PER' }, { start: 4, end: 5, type: 'LOC' },
  ]);
});

test('parseConll: a malformed tag is reported with its line', () => {
  assert.throws(() => parseConll('Zorvia NNP B-NP X-LOC\n'), /line 1/);
});
