import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseCountryNames, parseProjectPlaces, parseRegions } from '../../src/gazetteer/gazetteer-data-loader.js';
import { DataFileError } from '../../src/gazetteer/tsv-reader.js';

test('places.tsv rows become places with their alternate names', () => {
  const places = parseProjectPlaces('# comment\n\nGaza City\tPSE\tGZ\t31.5017\t34.4667\t410000\tGaza;Gaza-ville\n', 'places.tsv');
  assert.deepEqual(places, [{ name: 'Gaza City', country: 'PSE', admin1: 'GZ', lat: 31.5017, lon: 34.4667, population: 410000, alternates: ['Gaza', 'Gaza-ville'] }]);
});

test('a dash stands for no admin1 and no alternates', () => {
  const [place] = parseProjectPlaces('Vatican City\tVAT\t-\t41.9\t12.45\t829\t-\n', 'places.tsv');
  assert.equal(place?.admin1, null);
  assert.deepEqual(place?.alternates, []);
});

test('every bad line is reported with its line number', () => {
  const text = ['# header', 'Igora\tRussia\t42\t60.5\t30.2\t0\t-', 'Gaza City\tPSE\tGZ\t131.5\t34.4\t0\t-', 'Too\tfew'].join('\n');
  assert.throws(() => parseProjectPlaces(text, 'data/gazetteer/places.tsv'), (error: unknown) => {
    assert.ok(error instanceof DataFileError);
    assert.equal(error.code, 'BAD_DATA_FILE');
    assert.deepEqual(error.problems.map((problem) => problem.split(': ')[0]), ['data/gazetteer/places.tsv:2', 'data/gazetteer/places.tsv:3', 'data/gazetteer/places.tsv:4']);
    assert.match(error.message, /places\.tsv:2: country "Russia" is not an ISO 3166-1 alpha-3 code/);
    assert.match(error.message, /places\.tsv:3: lat "131\.5" is not a number between -90 and 90/);
    return true;
  });
});

test('regions keep their variants and admin1 codes', () => {
  const [region] = parseRegions('Maine\tUSA\tME\tMe.;ME\n', 'regions.tsv');
  assert.deepEqual(region, { name: 'Maine', country: 'USA', admin1: 'ME', variants: ['Me.', 'ME'] });
});

test('a country-names line needs at least one name', () => {
  assert.throws(() => parseCountryNames('GBR\t-\n', 'country-names.tsv'), /country-names\.tsv:1: no names given/);
});

test("the project's own gazetteer files load without problems", () => {
  const read = (name: string) => readFileSync(new URL(`../../data/gazetteer/${name}`, import.meta.url), 'utf8');
  assert.ok(parseProjectPlaces(read('places.tsv'), 'places.tsv').some((place) => place.name === 'Gaza City'));
  assert.ok(parseRegions(read('regions.tsv'), 'regions.tsv').filter((region) => region.country === 'USA').length >= 51);
  assert.ok(parseCountryNames(read('country-names.tsv'), 'country-names.tsv').length > 0);
});
