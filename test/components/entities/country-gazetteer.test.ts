import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryGazetteer } from '../../../src/components/entities/country-gazetteer.js';

// [word, the country it names as country and people, or null when it names only one]
const CASES: readonly (readonly [string, string | null])[] = [
  ['thai', 'THA'], // Thailand's other name and its demonym
  ['czech', 'CZE'], // the first word of "Czech Republic" and the demonym
  ['saudi', 'SAU'], // Saudi Arabia's other name and the first word of "Saudi Arabian"
  ['american', null], // the USA's demonym; "American Samoa" is another country's name
  ['germany', null],
  ['german', null],
];

for (const [word, country] of CASES) {
  test(`countryOrPeople: ${word} → ${country}`, () => {
    assert.equal(countryGazetteer().countryOrPeople.get(word) ?? null, country);
  });
}

// [demonym, the country it names]: an independent country's demonym is its own, not that of a
// territory listed before it that writes the same word ("French Southern and Antarctic Lands").
const DEMONYMS: readonly (readonly [string, string])[] = [
  ['french', 'FRA'],
  ['dutch', 'NLD'],
  ['american', 'USA'],
  ['british', 'GBR'],
];

for (const [word, country] of DEMONYMS) {
  test(`demonym: ${word} → ${country}`, () => {
    const entry = countryGazetteer().phrases.get(word);
    assert.deepEqual([entry?.kind, entry?.country], ['demonym', country]);
  });
}

test('a territory keeps its own name when its sovereign takes the shared demonym', () => {
  assert.equal(countryGazetteer().phrases.get('french southern and antarctic lands')?.country, 'ATF');
  assert.equal(countryGazetteer().phrases.get('northern mariana islands')?.country, 'MNP');
});
