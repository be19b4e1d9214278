import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceTokens } from '../../src/nlp/sentence-tokens.js';
import { tokenize } from '../../src/nlp/tokenizer.js';

const TEXT = 'Wang Yi met his Omani counterpart. He said talks would resume.';
const SENTENCES = [{ start: 0, end: 34, text: TEXT.slice(0, 34) }, { start: 35, end: TEXT.length, text: TEXT.slice(35) }];

test('each sentence is tokenised as tokenize would, in order', () => {
  const tokens = sentenceTokens(TEXT, SENTENCES);
  assert.deepEqual(tokens, SENTENCES.map((s) => tokenize(TEXT, s.start, s.end)));
  assert.deepEqual(tokens[1]!.slice(0, 2).map((t) => [t.text, t.start]), [['He', 35], ['said', 38]]);
});

test('a second call for the same layer and text returns the same arrays, not new ones', () => {
  const first = sentenceTokens(TEXT, SENTENCES);
  assert.equal(sentenceTokens(TEXT, SENTENCES), first);
});

test('the same layer over another text is tokenised afresh', () => {
  const other = 'Beijing has urged restraint in Gaza. Cairo hosted talks on Monday.';
  const before = sentenceTokens(TEXT, SENTENCES);
  const tokens = sentenceTokens(other, SENTENCES);
  assert.notEqual(tokens, before);
  assert.equal(tokens[0]![0]!.text, 'Beijing');
});
