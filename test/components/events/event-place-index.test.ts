import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Place } from '../../../src/document/layers.js';
import { placeCountryIndex } from '../../../src/components/events/event-place.js';

function place(start: number, end: number, country: string | null): Place {
  return { start, end, text: 'x'.repeat(end - start), by: 'test', name: `p${start}`, country, admin1: null, lat: null, lon: null, geonameid: null };
}

test('a mention takes the country of the first place (in layer order) lying within it', () => {
  // Layer order is not text order: the lookup must not depend on it.
  const places = [place(40, 50, 'GON'), place(10, 20, 'ARN'), place(12, 18, 'ROH'), place(60, 70, null)];
  const countryAt = placeCountryIndex(places);
  assert.equal(countryAt(10, 20), 'ARN');
  assert.equal(countryAt(12, 18), 'ROH');
  assert.equal(countryAt(5, 55), 'GON');
  assert.equal(countryAt(11, 19), 'ROH');
  assert.equal(countryAt(21, 39), null);
  assert.equal(countryAt(60, 70), null);
  assert.equal(placeCountryIndex([])(0, 10), null);
});
