import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLexicon, loadLexicon } from '../../../src/components/times/time-lexicon.js';
import { DatelineError } from '../../../src/errors.js';

// A tiny fictional lexicon: the loader's behaviour, not the production words.
const SMALL = [
  '# comment',
  'month 04 : quorn, quo.',
  'weekday 3 : blurday',
  'ref PAST_REF : the olden days',
].join('\n');

test('lexicon: phrases are indexed by first word, abbreviations marked', () => {
  const lexicon = parseLexicon(SMALL, 'small.txt');
  assert.equal(lexicon.month.get('quorn')?.[0]?.value, '04');
  assert.equal(lexicon.month.get('quo')?.[0]?.abbreviation, true);
  assert.equal(lexicon.month.get('quorn')?.[0]?.abbreviation, false);
  assert.deepEqual(lexicon.ref.get('the')?.[0]?.words, ['the', 'olden', 'days']);
});

test('lexicon: every bad line is reported with its line number', () => {
  const bad = ['month 13 : smarch', 'colour 1 : red', 'weekday 2 tuesday', 'set P1D : Daily'].join('\n');
  assert.throws(() => parseLexicon(bad, 'bad.txt'), (error: unknown) => {
    assert.ok(error instanceof DatelineError);
    assert.equal(error.code, 'BAD_FORMAT');
    assert.match(error.message, /bad\.txt:1: "13" is not a valid month value/);
    assert.match(error.message, /bad\.txt:2: unknown category "colour"/);
    assert.match(error.message, /bad\.txt:3: expected/);
    assert.match(error.message, /bad\.txt:4: phrase "Daily" must be non-empty lower case/);
    return true;
  });
});

test('lexicon: the production file loads and has every month and weekday', () => {
  const lexicon = loadLexicon();
  const months = new Set([...lexicon.month.values()].flat().map((e) => e.value));
  const weekdays = new Set([...lexicon.weekday.values()].flat().map((e) => e.value));
  assert.equal(months.size, 12);
  assert.equal(weekdays.size, 7);
});
