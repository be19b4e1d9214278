import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { trimmedCentre } from '../../src/gazetteer/admin1-centres.js';
import { parseAreas, parseCountryPoints } from '../../src/gazetteer/gazetteer-data-loader.js';
import { DataFileError } from '../../src/gazetteer/tsv-reader.js';
import { placesGazetteer } from '../components/places/places-gazetteer.js';

const read = (name: string): string => readFileSync(new URL(`../../data/gazetteer/${name}`, import.meta.url), 'utf8');

test('areas.tsv rows become areas; a dash is no country, no admin1, no alternates', () => {
  const areas = parseAreas('Middle East\tregion\t-\t-\t29\t42\tMideast;Near East\nKremlin\tpoint\tRUS\t48\t55.752\t37.6175\t-\n', 'areas.tsv');
  assert.deepEqual(areas, [
    { name: 'Middle East', kind: 'region', country: null, admin1: null, lat: 29, lon: 42, alternates: ['Mideast', 'Near East'] },
    { name: 'Kremlin', kind: 'point', country: 'RUS', admin1: '48', lat: 55.752, lon: 37.6175, alternates: [] },
  ]);
});

test('a bad area kind and a bad longitude are reported by line', () => {
  assert.throws(() => parseAreas('# x\nSahel\tdesert\t-\t-\t15\t5\t-\nRed Sea\tregion\t-\t-\t20\t238.5\t-\n', 'data/gazetteer/areas.tsv'), (error: unknown) => {
    assert.ok(error instanceof DataFileError);
    assert.match(error.message, /areas\.tsv:2: kind "desert" is not one of region, admin1, city, point/);
    assert.match(error.message, /areas\.tsv:3: lon "238\.5" is not a number between -180 and 180/);
    return true;
  });
});

test('country-points.tsv rows are checked', () => {
  assert.deepEqual(parseCountryPoints('USA\t39.76\t-98.5\n', 'country-points.tsv'), [{ alpha3: 'USA', lat: 39.76, lon: -98.5 }]);
  assert.throws(() => parseCountryPoints('usa\t39.76\t-98.5\n', 'country-points.tsv'), /country-points\.tsv:1: country "usa"/);
});

test("the project's areas and country points load, and name what the issue asks for", () => {
  const areas = parseAreas(read('areas.tsv'), 'areas.tsv');
  const names = new Set(areas.flatMap((area) => [area.name, ...area.alternates]));
  for (const name of ['Gaza Strip', 'West Bank', 'Donbas', 'Crimea', 'Kashmir', 'Sahel', 'Middle East', 'Balkans', 'Red Sea', 'Black Sea', 'Strait of Hormuz', 'Al-Aqsa Mosque']) {
    assert.ok(names.has(name), name);
  }
  assert.ok(parseCountryPoints(read('country-points.tsv'), 'country-points.tsv').length > 0);
});

test('a division centre is the middle of its towns without the outermost few', () => {
  assert.deepEqual(trimmedCentre([40, 41, 42], [-80, -81, -82]), { lat: 41, lon: -81 });
  // One far island among a hundred towns does not drag the centre.
  const lats = [...Array.from({ length: 100 }, (_, i) => 30 + i / 100), 60];
  const lons = [...Array.from({ length: 100 }, (_, i) => -90 + i / 100), -150];
  const centre = trimmedCentre(lats, lons)!;
  assert.ok(Math.abs(centre.lat - 30.5) < 0.1 && Math.abs(centre.lon + 89.5) < 0.1, JSON.stringify(centre));
  assert.equal(trimmedCentre([], []), null);
});

test('the gazetteer finds areas by any spelling and places divisions: written, else from their towns', () => {
  const gazetteer = placesGazetteer();
  assert.equal(gazetteer.areas('the mideast').length, 0);
  assert.equal(gazetteer.areas('MIDEAST')[0]?.name, 'Middle East');
  assert.deepEqual(gazetteer.regionCentre({ name: 'Ontario', country: 'CAN', admin1: '08' }), { lat: 49.25, lon: -84.5 });
  // Georgia's towns in the small gazetteer: Gainesville and Atlanta.
  const georgia = gazetteer.regionCentre({ name: 'Georgia', country: 'USA', admin1: 'GA' })!;
  assert.ok(georgia.lat > 33.7 && georgia.lat < 34.3 && georgia.lon > -84.4 && georgia.lon < -83.8, JSON.stringify(georgia));
  assert.equal(gazetteer.regionCentre({ name: 'Siberia', country: 'RUS', admin1: null }), null);
  assert.deepEqual([gazetteer.country('USA')?.lat, gazetteer.country('USA')?.lon], [39.76, -98.5]);
});
