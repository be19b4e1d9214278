import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchSyntaxError } from '../../src/search/search-errors.js';
import { MAX_DEPTH, MAX_QUERY_LENGTH, MAX_TERMS, parseSearch } from '../../src/search/search-parser.js';

test('queries that do not parse say what is wrong and where', () => {
  const cases: [string, RegExp, number][] = [
    ['"unclosed phrase', /quotation mark is not closed/, 0],
    ['talks "unclosed', /quotation mark is not closed/, 6],
    ['(gaza OR rafah', /\( is not closed/, 0],
    ['gaza)', /\) has no matching \(/, 4],
    [')', /\) has no matching \(/, 0],
    ['gaza OR', /ends where a word was expected/, 7],
    ['OR gaza', /OR must stand between two terms/, 0],
    ['gaza AND AND rafah', /AND must stand between two terms/, 9],
    ['NOT', /ends where a word was expected/, 3],
    ['NEAR gaza', /NEAR needs a word before it/, 0],
    ['gaza NEAR/x rafah', /NEAR takes a distance/, 5],
    ['gaza NEAR/99 rafah', /NEAR distance is at most 20/, 5],
    ['gaza NEAR/2 (a OR b)', /NEAR joins two words/, 5],
    ['gaza NEAR/2 title:rafah', /NEAR joins two words/, 5],
    ['a NEAR/2 b NEAR/2 c', /NEAR joins two terms/, 11],
    ['source:', /source: needs a value/, 0],
    ['title: gaza', /title: needs a value/, 0],
    ['country:France', /alpha-3/, 0],
    ['event:"04 protest"', /CAMEO code prefix/, 0],
    ['lang:english!', /language code/, 0],
    ['date:yesterday', /not a date/, 0],
    ['date:2023-13', /not a date/, 0],
    ['date:2023-02-30', /not a day of that month/, 0],
    ['date:2023-11-01..2023-10-01', /ends \(2023-10-01\) before it starts/, 0],
    ['date:..', /at least one end/, 0],
  ];
  for (const [input, message, position] of cases) {
    assert.throws(() => parseSearch(input), (error: unknown) => {
      assert.ok(error instanceof SearchSyntaxError, input);
      assert.match(error.message, message, input);
      assert.equal(error.position, position, input);
      assert.equal(error.code, 'BAD_QUERY');
      return true;
    }, input);
  }
});

test('limits: length, nesting and number of terms', () => {
  assert.throws(() => parseSearch('a '.repeat(MAX_QUERY_LENGTH)), /longer than/);
  assert.throws(() => parseSearch(`${'('.repeat(MAX_DEPTH + 1)}a${')'.repeat(MAX_DEPTH + 1)}`), /nests deeper/);
  assert.throws(() => parseSearch(`${'NOT '.repeat(MAX_DEPTH + 1)}a`), /nests deeper/);
  assert.throws(() => parseSearch(Array.from({ length: MAX_TERMS + 1 }, (_, i) => `w${i}`).join(' ')), /more than 64 terms/);
  assert.doesNotThrow(() => parseSearch(`${'('.repeat(MAX_DEPTH)}a${')'.repeat(MAX_DEPTH)}`));
  assert.doesNotThrow(() => parseSearch(Array.from({ length: MAX_TERMS }, (_, i) => `w${i}`).join(' ')));
});
