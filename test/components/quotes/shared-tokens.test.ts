import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/components/sentences/sentence-component.js';
import { windowOf, windowOfTokens } from '../../../src/components/quotes/token-window.js';
import { extractQuotes } from '../../../src/components/quotes/quote-component.js';
import { sentenceTokens } from '../../../src/nlp/sentence-tokens.js';

const META = { id: 't', title: null, url: null, source: null, published: '2024-03-05', language: 'en', author: null };
const TEXT = 'The port reopened on Monday. Harbour master Ivo Marek said the Bolgravian ships could dock again. "We are ready," he added.';

test('a window over a sentence\'s shared tokens is the window over its text', () => {
  const sentences = splitSentences(TEXT);
  const tokens = sentenceTokens(TEXT, sentences);
  sentences.forEach((sentence, k) => assert.deepEqual(windowOfTokens(tokens[k]!), windowOf(TEXT, sentence.start, sentence.end)));
  assert.deepEqual(windowOfTokens(tokens[1]!).lower.slice(0, 3), ['harbour', 'master', 'ivo']);
});

test('reported speech is the same whether the sentences were tokenised before the quotes layer or not', () => {
  const fresh = splitSentences(TEXT);
  const shared = splitSentences(TEXT);
  // As in the pipeline, where the entities layer has tokenised every sentence first.
  sentenceTokens(TEXT, shared);
  const fromFresh = extractQuotes({ meta: META, text: TEXT, layers: { sentences: fresh } });
  const fromShared = extractQuotes({ meta: META, text: TEXT, layers: { sentences: shared } });
  assert.deepEqual(fromShared, fromFresh);
  const reported = fromShared.find((quote) => !quote.direct);
  assert.equal(reported?.text, 'the Bolgravian ships could dock again');
  assert.equal(reported?.speaker?.text, 'Harbour master Ivo Marek');
});
