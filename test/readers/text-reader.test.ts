import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readText } from '../../src/readers/text-reader.js';
import { articleOf, collect, streamOf } from './collect.js';
import { fixture } from './fixture-path.js';

test('the seed header gives the publication date and leaves the story text', () => {
  const article = articleOf(readText('date 2024-03-05 VALDORIA, March 5. /TASS/. Talks resumed.', 'seed'));
  assert.equal(article.published, '2024-03-05');
  assert.equal(article.text, 'VALDORIA, March 5. /TASS/. Talks resumed.');
  assert.equal(article.text.indexOf('VALDORIA'), 0);
});

test('text without the seed header is kept whole, with no date', () => {
  const raw = 'PORT LUMEN (Reuters) - The quay reopened.';
  const article = articleOf(readText(raw, 'a'));
  assert.equal(article.text, raw);
  assert.equal(article.published, null);
});

test('an impossible header date is not a header', () => {
  const raw = 'date 2023-02-30 BEIJING, November 1. /TASS/.';
  const article = articleOf(readText(raw, 'a'));
  assert.equal(article.published, null);
  assert.equal(article.text, raw);
});

test('a header with no story after it is EMPTY', () => {
  const result = readText('date 2024-03-05   \n', 'bare');
  assert.equal(result.ok, false);
  assert.equal(!result.ok && result.error.code, 'EMPTY');
});

test('a seed-layout file is read with its date, id from the file name', async () => {
  const [result] = await collect([fixture('seed.txt')]);
  const article = articleOf(result);
  assert.equal(article.id, 'seed');
  assert.equal(article.published, '2024-03-05');
  assert.ok(article.text.startsWith('VALDORIA, March 5. /TASS/.'));
});

test('the seed header is recognised on standard input', async () => {
  const stdin = streamOf('date 2024-03', '-05 VALDORIA, March 5. /TASS/. Talks resumed.\n');
  const [result] = await collect(['-'], { stdin });
  const article = articleOf(result);
  assert.equal(article.id, 'stdin');
  assert.equal(article.published, '2024-03-05');
  assert.equal(article.text, 'VALDORIA, March 5. /TASS/. Talks resumed.\n');
});

test('the seed header is recognised in a JSONL text, and an explicit published wins', async () => {
  const stdin = streamOf(
    '{"id":"a","text":"date 2024-03-05 VALDORIA, March 5. /TASS/. Talks."}\n',
    '{"id":"b","text":"date 2024-03-05 VALDORIA, March 5. /TASS/. Talks.","published":"2024-03-06"}\n',
  );
  const [a, b] = await collect(['-'], { stdin });
  assert.equal(articleOf(a).published, '2024-03-05');
  assert.equal(articleOf(a).text, 'VALDORIA, March 5. /TASS/. Talks.');
  assert.equal(articleOf(b).published, '2024-03-06');
});
