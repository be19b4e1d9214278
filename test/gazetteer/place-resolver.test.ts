import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolvePlace } from '../../src/gazetteer/place-resolver.js';
import { smallGazetteer } from './small-gazetteer.js';

const gazetteer = smallGazetteer();

// [name, qualifier, expected name, country, admin1]
const CASES: [string, string | null, string, string, string | null][] = [
  ['PORTLAND', null, 'Portland', 'USA', 'OR'],
  ['PORTLAND', 'Maine', 'Portland', 'USA', 'ME'],
  ['PORTLAND', 'Me.', 'Portland', 'USA', 'ME'],
  ['ROCHESTER', 'N.Y.', 'Rochester', 'USA', 'NY'],
  ['ROCHESTER', 'Minn.', 'Rochester', 'USA', 'MN'],
  ['LONDON', null, 'London', 'GBR', 'ENG'],
  ['LONDON', 'Ontario', 'London', 'CAN', '08'],
  ['WASHINGTON', null, 'Washington', 'USA', 'DC'],
  ['WASHINGTON', 'Britain', 'Washington', 'GBR', 'ENG'],
  ['SAN JOSE', null, 'San José', 'CRI', '08'],
  ['SAN JOSE', 'Calif.', 'San Jose', 'USA', 'CA'],
  ['PHILADELPHIA', null, 'Philadelphia', 'USA', 'PA'],
  ['PEKING', null, 'Beijing', 'CHN', '22'],
  ['KIEV', null, 'Kyiv', 'UKR', '12'],
  ['GAZA CITY', null, 'Gaza City', 'PSE', 'GZ'],
  ['IGORA', 'Leningrad Region', 'Igora', 'RUS', '42'],
  ['SINGAPORE', null, 'Singapore', 'SGP', '01'],
  ['NEW YORK', null, 'New York', 'USA', 'NY'],
];

for (const [name, qualifier, expected, country, admin1] of CASES) {
  test(`${name}${qualifier ? `, ${qualifier}` : ''} resolves to ${expected} (${country} ${admin1})`, () => {
    const place = resolvePlace(gazetteer, name, qualifier);
    assert.equal(place?.name, expected);
    assert.equal(place?.country, country);
    assert.equal(place?.admin1, admin1);
    assert.equal(place?.precision, 'place');
    assert.equal(typeof place?.lat, 'number');
  });
}

test('a country named alone resolves to the country when no town of it bears the name', () => {
  const place = resolvePlace(gazetteer, 'BAHRAIN');
  assert.deepEqual(place && { name: place.name, country: place.country, lat: place.lat, precision: place.precision }, { name: 'Bahrain', country: 'BHR', lat: 26, precision: 'country' });
});

test('a town missing from the gazetteer keeps the country its qualifier gives', () => {
  const place = resolvePlace(gazetteer, 'BALA CYNWYD', 'N.Y.');
  assert.deepEqual(place && { name: place.name, country: place.country, lat: place.lat, precision: place.precision }, { name: 'Bala Cynwyd', country: 'USA', lat: null, precision: 'qualifier' });
});

test('an unknown qualifier is ignored', () => {
  assert.equal(resolvePlace(gazetteer, 'PARIS', 'Elsewhere')?.country, 'FRA');
});

test('an unknown place resolves to nothing', () => {
  assert.equal(resolvePlace(gazetteer, 'ATLANTIS'), null);
  assert.equal(resolvePlace(gazetteer, 'However'), null);
});

test('without the cities table only the project places are known', () => {
  const small = smallGazetteer(false);
  assert.equal(resolvePlace(small, 'GAZA CITY')?.country, 'PSE');
  assert.equal(resolvePlace(small, 'PARIS'), null);
  assert.equal(resolvePlace(small, 'SINGAPORE')?.precision, 'country');
});
