import { test } from 'node:test';
import assert from 'node:assert/strict';
import { typeMention } from '../../../src/components/entities/mention-typer.js';
import { FICTIONAL_GAZETTEER } from './tiny-model.js';

// [words, model type, expected type, expected country]
const CASES: readonly (readonly [string, string, string, string | null])[] = [
  ['Zorvia', 'LOC', 'COUNTRY', 'ZRV'],
  ['North Quell', 'LOC', 'COUNTRY', 'NQL'],
  ['Zorvian', 'MISC', 'NORP', 'ZRV'],
  ['Zorvians', 'MISC', 'NORP', 'ZRV'],
  ['Port Amber', 'LOC', 'CITY', 'ZRV'],
  ['Vell Strip', 'LOC', 'REGION', null],
  ['Amber River', 'LOC', 'LOCATION', null],
  ['Kettle Airport', 'LOC', 'FACILITY', null],
  ['Quell Cup', 'MISC', 'EVENT', null],
  ['Kessa', 'LOC', 'LOCATION', null],
  ['Tam Okafor', 'PER', 'PERSON', null],
  ['Blixcorp', 'ORG', 'ORG', null],
  ['Zorvia', 'ORG', 'ORG', null],
  // A word that is both a country and its people keeps the model's reading.
  ['Drevish', 'LOC', 'COUNTRY', 'DRV'],
  ['Drevish', 'MISC', 'NORP', 'DRV'],
  ['Drevish', 'ORG', 'ORG', null],
];

for (const [text, modelType, type, country] of CASES) {
  test(`typeMention: ${text} (${modelType}) is ${type}`, () => {
    const typed = typeMention(text.split(' '), modelType, FICTIONAL_GAZETTEER);
    assert.deepEqual([typed.type, typed.country], [type, country]);
  });
}

// [words, model type, expected type and rule]: the rule says which reading decided.
const RULES: readonly (readonly [string, string, string])[] = [
  ['Vell Province', 'LOC', 'REGION region-head'],
  ['Lake Kessa', 'LOC', 'LOCATION location-head'],
  ['KETTLE AIRPORT', 'LOC', 'FACILITY facility-head'],
  ['Quell Games', 'MISC', 'EVENT event-head'],
  // One word is the name itself, not a head word with a name.
  ['Games', 'MISC', 'MISC model'],
  ['Kessa', 'LOC', 'LOCATION model'],
  ['Tam Okafor', 'PER', 'PERSON model'],
  ['Quell Strip', 'PER', 'PERSON model'],
  ['Zorvians', 'MISC', 'NORP demonym'],
  ['Drevish', 'LOC', 'COUNTRY country-or-people'],
];

for (const [text, modelType, expected] of RULES) {
  test(`typeMention: ${text} (${modelType}) is ${expected}`, () => {
    const typed = typeMention(text.split(' '), modelType, FICTIONAL_GAZETTEER);
    assert.equal(`${typed.type} ${typed.rule}`, expected);
  });
}
