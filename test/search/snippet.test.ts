import { test } from 'node:test';
import assert from 'node:assert/strict';
import { snippetOf } from '../../src/search/snippet.js';

const LEAD = 'Officials in the capital spent the whole of Monday morning discussing the budget, the harbour, the schools and the trains. ';
const STORY = `${LEAD}Later the convoy reached Rafah at dawn, aid workers said, after a night of delays at the crossing.`;

test('a snippet opens at a word near the first matched word and marks what it cut', () => {
  const snippet = snippetOf(STORY, ['rafah']);
  assert.match(snippet, /^…\S/);
  assert.ok(snippet.includes('Rafah at dawn'));
  const opening = snippet.slice(1).split(' ')[0]!;
  assert.ok(STORY.includes(` ${opening} `), `"${opening}" is a whole word`);
});

test('the earliest of several words wins; matching is by word start, case-insensitive', () => {
  assert.match(snippetOf(STORY, ['crossing', 'officials']), /^Officials in the capital/);
  // "aid" inside "said" is not a word start; the word "aid" later is.
  const text = 'He said nothing. Then the aid arrived.';
  assert.equal(snippetOf(text, ['aid']), text);
});

test('no hit, or no words, gives the opening of the text', () => {
  assert.equal(snippetOf('Short text.', ['absent']), 'Short text.');
  const long = snippetOf(`${'word '.repeat(100)}end`, []);
  assert.ok(long.length >= 235 && long.length <= 241, String(long.length));
  assert.match(snippetOf(`${'word '.repeat(100)}end`, []), /…$/);
});
