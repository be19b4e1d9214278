import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeKey } from '../../src/gazetteer/place-key.js';

const CASES: [string, string][] = [
  ['BEIJING', 'beijing'],
  ['ST. LOUIS', 'st louis'],
  ['Saint Louis', 'st louis'],
  ['SAO PAULO', 'sao paulo'],
  ['São Paulo', 'sao paulo'],
  ['WINSTON-SALEM', 'winston salem'],
  ['N.Y.', 'ny'],
  ['Ust’-Donetskiy', 'ust donetskiy'],
  ['  NEW   YORK ', 'new york'],
  ['Zürich', 'zurich'],
];

for (const [written, key] of CASES) {
  test(`placeKey(${JSON.stringify(written)}) is ${JSON.stringify(key)}`, () => {
    assert.equal(placeKey(written), key);
  });
}

test('different places keep different keys', () => {
  assert.notEqual(placeKey('Gaza City'), placeKey('Gaza'));
  assert.notEqual(placeKey('York'), placeKey('New York'));
});
