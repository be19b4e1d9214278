/**
 * Local news: towns resolved by the article's own neighbourhood (nearby towns, organisations named
 * after places, the text calling a name a state), and entity spans cut to the place they hold.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPlaceComponent } from '../../../src/components/places/place-component.js';
import { innerPlace } from '../../../src/components/places/inner-place-finder.js';
import type { EntityType, Place } from '../../../src/document/layers.js';
import { placeDoc } from './place-doc.js';
import { placesGazetteer } from './places-gazetteer.js';

const gazetteer = placesGazetteer();
const component = createPlaceComponent({ gazetteer: () => gazetteer });

function placesOf(text: string, named: readonly (readonly [EntityType, string])[] = []): readonly Place[] {
  return component.run(placeDoc(text, named));
}

// [why, text, entities, surface, start, country, admin1, precision]
type Row = readonly [string, string, readonly (readonly [EntityType, string])[], string, number, string, string, string];

const ROWS: readonly Row[] = [
  ['nearby towns outweigh a ten times larger namesake', 'Norfolk police and deputies from Wayne and Pierce searched the farm.',
    [['CITY', 'Norfolk'], ['CITY', 'Wayne'], ['CITY', 'Pierce']], 'Norfolk', 0, 'USA', 'NE', 'city'],
  ['alone, the larger namesake', 'Norfolk police searched the farm.', [['CITY', 'Norfolk']], 'Norfolk', 0, 'USA', 'VA', 'city'],
  ['a country\'s namesake town among its neighbours and its state', 'A Palestine man was arrested near Fairfield, Texas, on Friday.',
    [['CITY', 'Palestine'], ['CITY', 'Fairfield']], 'Palestine', 2, 'USA', 'TX', 'city'],
  ['an organisation named after a state is evidence, not a place', 'A Gainesville man was held, the Georgia State Patrol said.',
    [['CITY', 'Gainesville'], ['ORG', 'Georgia State Patrol']], 'Gainesville', 2, 'USA', 'GA', 'city'],
  ['an entity span that runs on is cut to its place', 'Newark police said the road was closed.', [['LOCATION', 'Newark police']], 'Newark', 0, 'USA', 'NJ', 'city'],
  ['"Washington state" is the state', 'A cow from a Washington state farm tested positive.', [['LOCATION', 'Washington']], 'Washington', 13, 'USA', 'WA', 'admin1'],
  ['"the state of Washington" is the state', 'The case was found in the state of Washington last year.', [], 'Washington', 35, 'USA', 'WA', 'admin1'],
  ['a name listed among states is the state', 'Cases were reported in Utah, Washington and Texas.', [], 'Washington', 29, 'USA', 'WA', 'admin1'],
  ['a state abbreviation the model cut before its full stop', 'He moved to Frankfort, Ky. last year.', [['REGION', 'Ky']], 'Ky.', 23, 'USA', 'KY', 'admin1'],
];

for (const [why, text, named, surface, start, country, admin1, precision] of ROWS) {
  test(`places: ${why} ("${surface}" in "${text}")`, () => {
    const place = placesOf(text, named).find((p) => p.start === start);
    assert.ok(place, `no place at ${start}`);
    assert.equal(place.text, surface);
    assert.equal(place.end, start + surface.length);
    assert.equal(place.country, country);
    assert.equal(place.admin1, admin1);
    assert.equal(place.precision, precision);
  });
}

test('places: "Washington" alone is still the capital', () => {
  const place = placesOf('Officials in Washington declined to comment.').find((p) => p.text === 'Washington');
  assert.equal(place?.admin1, 'DC');
});

test('places: a two-letter word typed a place is not the state of that code', () => {
  const places = placesOf('Oh, the fair opened in Ohio.', [['REGION', 'Oh']]);
  assert.equal(places.find((p) => p.text === 'Oh')?.admin1 ?? null, null);
  assert.equal(places.find((p) => p.text === 'Ohio')?.admin1, 'OH');
});

test('places: a place inside an organisation\'s name is not output', () => {
  const places = placesOf('A Gainesville man was held, the Georgia State Patrol said.', [['CITY', 'Gainesville'], ['ORG', 'Georgia State Patrol']]);
  assert.deepEqual(places.map((p) => p.text), ['Gainesville']);
});

test('places: an unplaced county is never put in a country without counties', () => {
  const places = placesOf('Paris police and Henry County deputies met on Monday.', [['CITY', 'Paris'], ['REGION', 'Henry County']]);
  const county = places.find((p) => p.text === 'Henry County');
  assert.ok(county);
  assert.notEqual(county.country, 'FRA');
});

test('places: a parish with no state written is in Louisiana', () => {
  const county = placesOf('Deputies from Tangipahoa Parish searched the woods.', [['REGION', 'Tangipahoa Parish']]).find((p) => p.text === 'Tangipahoa Parish');
  assert.equal(county?.country, 'USA');
  assert.equal(county?.admin1, 'LA');
  assert.ok(county?.lat !== null && county?.lon !== null);
});

// [a name, the place inside it or null]
const INNER: readonly (readonly [string, string | null])[] = [
  ['Newark police', 'Newark'],
  ['Georgia State Patrol', 'Georgia'],
  ['D-Atlanta', 'Atlanta'],
  ['US government', 'US'],
  ['State Patrol', null],
  ['Mr Smith', null],
];

for (const [text, expected] of INNER) {
  test(`places: the place inside "${text}" is ${expected ?? 'none'}`, () => {
    assert.equal(innerPlace(gazetteer, text, 0, text.length)?.text ?? null, expected);
  });
}
