import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNearMissIndex, oneEditApart } from '../../src/gazetteer/near-miss-index.js';
import { resolveMisspelt } from '../../src/gazetteer/place-resolver.js';
import { smallGazetteer } from './small-gazetteer.js';

// [a, b, one edit apart]
const PAIRS: [string, string, boolean][] = [
  ['altanta', 'atlanta', true],
  ['wasington', 'washington', true],
  ['new yrok', 'new york', true],
  ['maimi', 'miami', true],
  ['dalla', 'dallas', true],
  ['nedw york', 'new york', true],
  ['saopaulo', 'sao paulo', true],
  ['london', 'london', false],
  ['lodnno', 'london', false],
  ['paris', 'parma', false],
];

for (const [a, b, expected] of PAIRS) {
  test(`${a} and ${b} are ${expected ? '' : 'not '}one edit apart`, () => {
    assert.equal(oneEditApart(a, b), expected);
    assert.equal(oneEditApart(b, a), expected);
  });
}

test('the index returns the indexed names one slip away', () => {
  const index = createNearMissIndex(['atlanta', 'washington', 'new york', 'newark']);
  assert.deepEqual(index.near('altanta'), ['atlanta']);
  assert.deepEqual(index.near('wasington'), ['washington']);
  assert.deepEqual(index.near('atlanta'), []);
  assert.deepEqual(index.near('boston'), []);
});

test('a misspelt dateline town resolves to the large town it means, marked as such', () => {
  const gazetteer = smallGazetteer();
  const place = resolveMisspelt(gazetteer, 'WASINGTON');
  assert.equal(place?.name, 'Washington');
  assert.equal(place?.country, 'USA');
  assert.equal(place?.precision, 'near-miss');
  assert.equal(resolveMisspelt(gazetteer, 'NEDW YORK')?.name, 'New York');
});

test('short names and names two slips from any town stay unresolved', () => {
  const gazetteer = smallGazetteer();
  assert.equal(resolveMisspelt(gazetteer, 'LEAD'), null);
  assert.equal(resolveMisspelt(gazetteer, 'ZURICH'), null);
  assert.equal(resolveMisspelt(gazetteer, 'PARIZ')?.name, 'Paris');
  assert.equal(resolveMisspelt(gazetteer, 'ATLANTIS'), null);
});
