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
