import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolvePhrase } from '../../src/actors/phrase-resolver.js';
import { resolveEntities } from '../../src/actors/entity-resolver.js';
import { docOf, entitiesOf, fictionalKnowledge } from './fictional-knowledge.js';

const kb = fictionalKnowledge('Wise Household Organisation\tIGO\tIGO\tWHO');

test('an acronym is not matched by the same letters in lower case ("who")', () => {
  assert.equal(resolvePhrase('people who fled', '2023-11-01', kb).name, null);
  assert.equal(resolvePhrase('WHO', '2023-11-01', kb).name, 'Wise Household Organisation');
});

test('a country written in capitals is not matched by an ordinary word ("us")', () => {
  const kb2 = fictionalKnowledge();
  const withUs = { ...kb2, countryWords: new Map([...kb2.countryWords, ['fs', { word: 'FS', country: 'FRD', kind: 'country' as const }]]) };
  assert.equal(resolvePhrase('fs soldiers', '2023-11-01', withUs).country, null);
  assert.equal(resolvePhrase('FS soldiers', '2023-11-01', withUs).country, 'FRD');
});

test('a known surname inside a longer unknown name is someone else', () => {
  assert.equal(resolvePhrase('Firefly Otis Driftwood', '2023-11-01', kb).country, null);
});

test('a capital where something happens is not the government', () => {
  const text = 'Talks were held in Fredville on Monday.';
  const [city] = resolveEntities(entitiesOf(text, [['Fredville', 'CITY', 'FRD']]), docOf(text), kb);
  assert.equal(city?.type, 'CITY');
  assert.equal(city?.sector, null);
});

test('a pronoun inside a quotation is not joined', () => {
  const text = 'Rufus Firefly spoke. "He is wrong," the crowd shouted.';
  const [person] = resolveEntities(entitiesOf(text, [['Rufus Firefly', 'PERSON']]), docOf(text), kb);
  assert.deepEqual(person?.mentions.map((m) => m.kind), ['name']);
});

test('"the president" followed by a name is a title, not a description', () => {
  const text = 'Vera Marcal arrived. Later the President Gloria Teasdale spoke.';
  const entities = resolveEntities(entitiesOf(text, [['Vera Marcal', 'PERSON'], ['Gloria Teasdale', 'PERSON']]), docOf(text), kb);
  assert.ok(entities.every((e) => e.mentions.every((m) => m.kind === 'name')));
});

test('an organisation never swallows the person named after its title', () => {
  const text = 'Sylvania Defense Forces Spokesman Hugo Pick said the troops moved.';
  const entities = resolveEntities(entitiesOf(text, [['Sylvania', 'COUNTRY', 'SYL'], ['Hugo Pick', 'PERSON']]), docOf(text), kb);
  const forces = entities.find((e) => e.name === 'Sylvania Defense Forces');
  assert.equal(forces?.mentions[0]?.text, 'Sylvania Defense Forces');
});
