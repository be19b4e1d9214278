import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPlaceComponent } from '../../../src/components/places/place-component.js';
import type { EntityType, Place } from '../../../src/document/layers.js';
import { placeDoc } from './place-doc.js';
import { placesGazetteer } from './places-gazetteer.js';

const gazetteer = placesGazetteer();
const component = createPlaceComponent({ gazetteer: () => gazetteer });

function placesOf(text: string, named: readonly (readonly [EntityType, string])[] = [], dateline: string | null = null): readonly Place[] {
  return component.run(placeDoc(text, named, dateline));
}

function near(place: Place | undefined, lat: number, lon: number): boolean {
  return place !== undefined && place.lat !== null && place.lon !== null && Math.abs(place.lat - lat) < 0.5 && Math.abs(place.lon - lon) < 0.5;
}

// [text, entities, dateline country, surface, start, name, country, admin1, precision, lat, lon]
type Row = readonly [string, readonly (readonly [EntityType, string])[], string | null, string, number, string, string | null, string | null, string, number, number];

const ROWS: readonly Row[] = [
  ['Clashes are also reported in the West Bank.', [], null, 'West Bank', 33, 'West Bank', 'PSE', 'WE', 'region', 31.95, 35.25],
  ['Israel declared a total blockade of the Gaza Strip.', [], null, 'Gaza Strip', 40, 'Gaza Strip', 'PSE', 'GZ', 'region', 31.42, 34.38],
  ['Tensions flared up in the Middle East after the attack.', [], null, 'Middle East', 26, 'Middle East', null, null, 'region', 29, 42],
  ['He was born in Paris, Texas, and moved away.', [], null, 'Paris', 15, 'Paris', 'USA', 'TX', 'city', 33.66, -95.56],
  ['He was born in Paris, Texas, and moved away.', [], null, 'Texas', 22, 'Texas', 'USA', 'TX', 'admin1', NaN, NaN],
  ['Rebels shelled Aleppo, Syria, overnight.', [['CITY', 'Aleppo']], null, 'Aleppo', 15, 'Aleppo', 'SYR', '09', 'city', 36.2, 37.16],
  ['A ship docked in Portland, Maine, on Friday.', [], null, 'Portland', 17, 'Portland', 'USA', 'ME', 'city', 43.66, -70.26],
  ['Bombardments hit some areas in Lebanon and Syria.', [], null, 'Lebanon', 31, 'Lebanon', 'LBN', null, 'country', 33.83, 35.83],
  ['Bombardments hit some areas in Lebanon and Syria.', [], null, 'Syria', 43, 'Syria', 'SYR', null, 'country', 35, 38],
  ['The fair opened in Lebanon, Ohio, on Saturday.', [], null, 'Lebanon', 19, 'Lebanon', 'USA', 'OH', 'city', 39.44, -84.2],
  ['Beijing has urged the international community to act.', [['CITY', 'Beijing']], null, 'Beijing', 0, 'Beijing', 'CHN', '22', 'city', 39.91, 116.39],
  ['Hamas objected to steps against the Al-Aqsa Mosque in Jerusalem.', [['MISC', 'Al-Aqsa Mosque'], ['CITY', 'Jerusalem']], null, 'Al-Aqsa Mosque', 36, 'Al-Aqsa Mosque', null, null, 'point', 31.78, 35.24],
  ['Hamas objected to steps against the Al-Aqsa Mosque in Jerusalem.', [['MISC', 'Al-Aqsa Mosque'], ['CITY', 'Jerusalem']], null, 'Jerusalem', 54, 'Jerusalem', 'ISR', '06', 'city', 31.77, 35.22],
  // The article's other places are in Georgia: the smaller Gainesville wins.
  ['Gainesville police said the suspect fled to Atlanta.', [['CITY', 'Gainesville']], null, 'Gainesville', 0, 'Gainesville', 'USA', 'GA', 'city', 34.3, -83.82],
  // Alone, the larger Gainesville.
  ['Gainesville police said the suspect fled.', [['CITY', 'Gainesville']], null, 'Gainesville', 0, 'Gainesville', 'USA', 'FL', 'city', 29.65, -82.32],
  // Neighbouring small towns confirm each other's state: the Louisiana Alexandria beside Pineville.
  ['Alexandria and Pineville firefighters answered the call.', [['CITY', 'Alexandria'], ['CITY', 'Pineville']], null, 'Alexandria', 0, 'Alexandria', 'USA', 'LA', 'city', 31.31, -92.45],
  ['Georgia lawmakers met in Atlanta on Monday.', [], null, 'Georgia', 0, 'Georgia', 'USA', 'GA', 'admin1', NaN, NaN],
  ['Georgia and Syria signed an accord.', [['COUNTRY', 'Georgia']], null, 'Georgia', 0, 'Georgia', 'GEO', null, 'country', 42, 43.5],
  ['Officials in Ontario said the plant would close.', [], null, 'Ontario', 13, 'Ontario', 'CAN', '08', 'admin1', 49.25, -84.5],
  ['Deputies from Laurel County and police in London, Ky., searched the woods.', [], null, 'Laurel County', 14, 'Laurel County', 'USA', 'KY', 'region', 37.13, -84.08],
  ['U.S. officials declined to comment.', [], null, 'U.S.', 0, 'United States', 'USA', null, 'country', 39.76, -98.5],
];

for (const [text, named, dateline, surface, start, name, country, admin1, precision, lat, lon] of ROWS) {
  test(`places: "${surface}" in "${text}" is ${name} (${country ?? 'no country'})`, () => {
    const place = placesOf(text, named, dateline).find((p) => p.start === start);
    assert.ok(place, `no place at ${start}`);
    assert.equal(place.text, surface);
    assert.equal(place.end, start + surface.length);
    assert.equal(place.name, name);
    assert.equal(place.country, country);
    assert.equal(place.admin1, admin1);
    assert.equal(place.precision, precision);
    assert.equal(place.by, 'places.v4');
    if (!Number.isNaN(lat)) assert.ok(near(place, lat, lon), `at ${place.lat}, ${place.lon}`);
    else assert.ok(place.lat !== null && place.lon !== null, 'a division is placed at its towns\' centre');
  });
}

test('places: a name repeated in the article keeps one reading; a qualified mention sets it', () => {
  const places = placesOf('The mayor of Paris, Texas, said Paris would rebuild.');
  const paris = places.filter((p) => p.text === 'Paris');
  assert.equal(paris.length, 2);
  assert.deepEqual(paris.map((p) => p.admin1), ['TX', 'TX']);
  assert.deepEqual(paris.map((p) => p.rule), ['scan+qualifier', 'scan+same-name']);
});

test('places: the rule says which finder proposed the place', () => {
  const places = placesOf('Beijing and the West Bank.', [['CITY', 'Beijing']]);
  assert.deepEqual(places.map((p) => [p.text, p.rule]), [['Beijing', 'entity+evidence'], ['West Bank', 'scan+evidence']]);
});

test('places: the dateline country decides between two namesakes of equal weight', () => {
  const none = placesOf('Crowds gathered in Alexandria.', [['CITY', 'Alexandria']]);
  assert.equal(none[0]?.country, 'EGY');
  const american = placesOf('Crowds gathered in Alexandria.', [['CITY', 'Alexandria']], 'USA');
  assert.equal(american[0]?.country, 'EGY', 'a dateline alone does not outweigh a city eighty times larger');
  const local = placesOf('Crowds gathered in Alexandria, La.', [['CITY', 'Alexandria']], 'USA');
  assert.equal(local[0]?.admin1, 'LA');
});

test('places: an entity-typed name no gazetteer knows is kept unplaced, an unknown building is dropped', () => {
  const places = placesOf('Troops entered Zorbania and the Qirfa Tower.', [['COUNTRY', 'Zorbania'], ['FACILITY', 'Qirfa Tower']]);
  assert.deepEqual(places.map((p) => [p.text, p.lat, p.precision, p.rule]), [['Zorbania', null, null, 'entity+unresolved']]);
});

test('places: the component declares what it reads and produces', () => {
  assert.equal(component.produces, 'places');
  assert.deepEqual([...component.reads].sort(), ['dateline', 'entities', 'sentences']);
});
