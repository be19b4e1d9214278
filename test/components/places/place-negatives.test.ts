/**
 * What the places layer must not find: nationalities, calendar words, people and organisations
 * named after places, and towns that bear a country's name.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPlaceComponent } from '../../../src/components/places/place-component.js';
import type { EntityType } from '../../../src/document/layers.js';
import { placeDoc } from './place-doc.js';
import { placesGazetteer } from './places-gazetteer.js';

const gazetteer = placesGazetteer();
const component = createPlaceComponent({ gazetteer: () => gazetteer });

// [why, text, entities, the surface that must not be a place]
const NEGATIVES: readonly (readonly [string, string, readonly (readonly [EntityType, string])[], string])[] = [
  ['a nationality is not a place', 'Wang Yi told his Omani counterpart on Wednesday.', [['NORP', 'Omani']], 'Omani'],
  ['a nationality is not a place', 'Chinese Foreign Minister Wang Yi said so.', [['NORP', 'Chinese']], 'Chinese'],
  ['a month is not the town of May', 'The talks resumed in May after a pause.', [], 'May'],
  ['a month opening a sentence is not a town', 'May brought heavy rain.', [], 'May'],
  ['a person named Jordan is not the country', 'Jordan Peterson spoke at the event.', [], 'Jordan'],
  ['a person named Jordan is not the country, with the model', 'Jordan Peterson spoke at the event.', [['PERSON', 'Jordan Peterson']], 'Jordan'],
  ['Paris Hilton is not Paris', 'Paris Hilton arrived at the party.', [['PERSON', 'Paris Hilton']], 'Paris'],
  ['Paris Hilton is not Paris, even unseen by the model', 'Paris Hilton arrived at the party.', [], 'Paris'],
  ['an army named after a country is not the country', 'Israel Defense Forces said the operation went on.', [['ORG', 'Israel Defense Forces']], 'Israel'],
  ['a lone sentence-initial word is not a town', 'Reading the report, she frowned.', [], 'Reading'],
  ['a two-letter code is not a state outside a qualifier', 'IN OTHER NEWS the fair opened.', [], 'IN'],
  ['a holiday is not the town of its name', 'Crowds gathered for Christmas in the square.', [['CITY', 'Christmas']], 'Christmas'],
  ['an opening word the article writes in lower case is that word', 'Man charged in theft. The man was held on Friday.', [['CITY', 'Man']], 'Man'],
];

for (const [why, text, named, surface] of NEGATIVES) {
  test(`places: ${why} ("${surface}" in "${text}")`, () => {
    const places = component.run(placeDoc(text, named));
    const start = text.indexOf(surface);
    assert.ok(start >= 0);
    assert.deepEqual(places.filter((p) => p.start < start + surface.length && start < p.end).map((p) => p.text), []);
  });
}

test('places: a country name is the country, never a town of that name', () => {
  for (const [text, named] of [['Talks in Lebanon stalled.', []], ['Talks in Jordan stalled.', [['COUNTRY', 'Jordan']]]] as const) {
    const places = component.run(placeDoc(text, named, 'USA'));
    assert.equal(places.length, 1, text);
    assert.equal(places[0]?.precision, 'country', text);
    assert.notEqual(places[0]?.country, 'USA', text);
  }
});

test.todo('places: "New York" is the city in wire copy about Manhattan, the state in local news');
test.todo('places: "Lebanon" in an Ohio local story that names no nearby town or state is the town (LGL), but read as the country');
test.todo('places: "Dublin" in an Ohio local story that names no other place is the Ohio suburb (LGL), but read as the Irish capital');
