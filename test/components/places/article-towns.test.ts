/**
 * What the gazetteer cannot place, placed by the article's own towns: counties written in a list
 * ("Wayne and Pierce counties"), a county with no town of the article beside it, names no gazetteer
 * knows, and names that end in a kind of place ("Gainesville Park").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPlaceComponent } from '../../../src/components/places/place-component.js';
import type { EntityType, Place } from '../../../src/document/layers.js';
import { isTownUse } from '../../../src/components/places/town-use.js';
import { placeDoc } from './place-doc.js';
import { placesGazetteer } from './places-gazetteer.js';

const gazetteer = placesGazetteer();
const component = createPlaceComponent({ gazetteer: () => gazetteer });

function placesOf(text: string, named: readonly (readonly [EntityType, string])[] = []): readonly Place[] {
  return component.run(placeDoc(text, named));
}

function placeAt(places: readonly Place[], text: string, start: number): Place {
  const place = places.find((p) => p.start === start);
  assert.ok(place, `no place at ${start}`);
  assert.equal(place.text, text.slice(place.start, place.end));
  return place;
}

test('names in a list of counties are counties, placed by the article\'s towns in their state', () => {
  const text = 'Roads in Wayne and Pierce counties were closed, the Norfolk, Neb., sheriff said.';
  const places = placesOf(text, [['CITY', 'Wayne'], ['CITY', 'Pierce'], ['CITY', 'Norfolk']]);
  for (const [surface, name] of [['Wayne', 'Wayne County'], ['Pierce', 'Pierce County']] as const) {
    const place = placeAt(places, text, text.indexOf(surface));
    assert.equal(place.name, name);
    assert.equal(place.admin1, 'NE');
    assert.equal(place.precision, 'region');
    assert.equal(place.rule, 'entity+county-near-towns');
    // At the middle of the article's Nebraska towns: Norfolk, Neb.
    assert.ok(Math.abs(place.lat! - 42.03) < 0.01 && Math.abs(place.lon! + 97.42) < 0.01);
  }
});

test('a list of parishes names parishes, which lie in Louisiana', () => {
  const text = 'Storms hit Caddo and Bossier parishes on Friday.';
  const places = placesOf(text, [['LOCATION', 'Caddo'], ['LOCATION', 'Bossier']]);
  const caddo = placeAt(places, text, text.indexOf('Caddo'));
  assert.equal(caddo.name, 'Caddo Parish');
  assert.equal(caddo.country, 'USA');
  assert.equal(caddo.admin1, 'LA');
});

test('a state named before "counties" is the state, not a county', () => {
  const text = 'Officials from Georgia counties met in Atlanta.';
  const place = placeAt(placesOf(text, [['REGION', 'Georgia'], ['CITY', 'Atlanta']]), text, text.indexOf('Georgia'));
  assert.equal(place.name, 'Georgia');
  assert.equal(place.precision, 'admin1');
});

test('a county goes to the state most names are in, however often one name recurs', () => {
  // "Paris, Tex." is named three times; Alexandria, Pineville and Louisiana are three names.
  const text = 'Paris, Tex., won. Paris fans cheered. Paris lost later. Alexandria and Pineville, Louisiana, sent teams to Grant County.';
  const places = placesOf(text, [['CITY', 'Paris'], ['CITY', 'Alexandria'], ['CITY', 'Pineville'], ['LOCATION', 'Grant County']]);
  const county = placeAt(places, text, text.indexOf('Grant County'));
  assert.equal(county.admin1, 'LA');
});

test('a county with no town of the article in its state lies at the state\'s town of its name', () => {
  const text = 'Deputies in Wayne County, Neb., searched the farm.';
  const county = placeAt(placesOf(text, [['LOCATION', 'Wayne County']]), text, text.indexOf('Wayne County'));
  assert.equal(county.rule, 'entity+county-namesake');
  assert.ok(Math.abs(county.lat! - 42.23) < 0.01 && Math.abs(county.lon! + 97.02) < 0.01);
});

test('a place no gazetteer knows lies among the article\'s towns', () => {
  const text = 'Crews from Harwinton joined firefighters from Alexandria and Pineville, La., on Friday.';
  const place = placeAt(placesOf(text, [['CITY', 'Harwinton'], ['CITY', 'Alexandria'], ['CITY', 'Pineville']]), text, text.indexOf('Harwinton'));
  assert.equal(place.country, 'USA');
  assert.equal(place.admin1, 'LA');
  assert.equal(place.precision, 'region');
  assert.equal(place.rule, 'entity+unknown-near-towns');
  assert.ok(Math.abs(place.lat! - 31.32) < 0.05);
});

test('a place no gazetteer knows, in an article with no town, stays unplaced', () => {
  const text = 'Crews from Harwinton answered the call.';
  const place = placeAt(placesOf(text, [['CITY', 'Harwinton']]), text, text.indexOf('Harwinton'));
  assert.equal(place.lat, null);
  assert.equal(place.country, null);
});

test('a town\'s name before a kind of place is that place, not the town', () => {
  const text = 'Hikers were lost in Gainesville Park, officials in Atlanta said.';
  const place = placeAt(placesOf(text, [['LOCATION', 'Gainesville Park'], ['CITY', 'Atlanta']]), text, text.indexOf('Gainesville'));
  assert.equal(place.text, 'Gainesville Park');
  assert.equal(place.admin1, 'GA');
  assert.equal(place.rule, 'entity+unknown-near-towns');
});

test('a state before a kind of place is still cut to the state', () => {
  const text = 'Fishing boats left the Ohio River docks.';
  const place = placeAt(placesOf(text, [['LOCATION', 'Ohio River']]), text, text.indexOf('Ohio'));
  assert.equal(place.text, 'Ohio');
  assert.equal(place.precision, 'admin1');
});

test('a country\'s name written as local news writes a town\'s is the town, in American local news', () => {
  const text = 'A 54-year-old Palestine man was arrested Friday, the Anderson County Sheriff\'s Office said.';
  const place = placeAt(placesOf(text, [['CITY', 'Palestine']]), text, text.indexOf('Palestine'));
  assert.equal(place.country, 'USA');
  assert.equal(place.admin1, 'TX');
  assert.equal(place.precision, 'city');
});

test('without the text\'s American forms, or written otherwise, a country\'s name stays the country', () => {
  const plain = 'A Palestine man was arrested on Friday.';
  assert.equal(placeAt(placesOf(plain, [['COUNTRY', 'Palestine']]), plain, 2).country, 'PSE');
  const news = 'Rep. Smith visited Palestine last week, the Sheriff\'s Office said.';
  assert.equal(placeAt(placesOf(news, [['COUNTRY', 'Palestine']]), news, news.indexOf('Palestine')).country, 'PSE');
});

test('town uses: people and services of a town, an age, a street address', () => {
  const uses: readonly (readonly [string, string, boolean])[] = [
    ['Terry Jolly, 60, Lebanon, was arrested.', 'Lebanon', true],
    ['Gary Wilson, 54, of Palestine was sentenced.', 'Palestine', true],
    ['Services at 400 S. Locust St., Lebanon.', 'Lebanon', true],
    ['A Lebanon woman was charged.', 'Lebanon', true],
    ['Lebanon Police said.', 'Lebanon', true],
    ['The King of Jordan spoke.', 'Jordan', false],
    ['Troops left Lebanon in 2000.', 'Lebanon', false],
    ['Lebanon, 10 years on.', 'Lebanon', false],
  ];
  for (const [text, name, expected] of uses) {
    const start = text.indexOf(name);
    assert.equal(isTownUse(text, start, start + name.length), expected, text);
  }
});
