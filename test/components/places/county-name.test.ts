import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCountyName } from '../../../src/components/places/place-hypotheses.js';

test('a name before County, Parish or Borough is a county name', () => {
  assert.equal(isCountyName('Laurel County'), true);
  assert.equal(isCountyName('Orleans Parish'), true);
  assert.equal(isCountyName('Matanuska-Susitna Borough'), true);
  assert.equal(isCountyName('St. Clair County'), true);
});

test('the word alone, a lower-case word or a word glued on is not a county name', () => {
  assert.equal(isCountyName('County'), false);
  assert.equal(isCountyName(' County'), false);
  assert.equal(isCountyName('Laurel county'), false);
  assert.equal(isCountyName('LaurelCounty'), false);
  assert.equal(isCountyName('County Durham'), false);
  assert.equal(isCountyName('Laurel County Sheriff'), false);
});

test('a name broken over lines is not a county name', () => {
  assert.equal(isCountyName('Laurel\nCounty'), false);
  assert.equal(isCountyName('Rural\nLaurel County'), false);
});
