import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexReadings, nearbySupport } from '../../../src/components/places/proximity-evidence.js';
import type { PlaceHypothesis } from '../../../src/components/places/place-candidate.js';

function town(name: string, admin1: string, lat: number, lon: number): PlaceHypothesis {
  return { name, precision: 'city', country: 'USA', admin1, lat, lon, geonameid: null, population: 1000, featureCode: 'PPL', mainName: true, project: false };
}

const ALEXANDRIA_LA = town('Alexandria', 'LA', 31.31129, -92.44514);
const ALEXANDRIA_VA = town('Alexandria', 'VA', 38.80484, -77.04692);
const PINEVILLE_LA = town('Pineville', 'LA', 31.32241, -92.4343);
const PINEVILLE_KY = town('Pineville', 'KY', 36.76203, -83.69492);
const MARKSVILLE_LA = town('Marksville', 'LA', 31.12797, -92.06624);

test('proximity: another name\'s pick a few kilometres away gives full support', () => {
  const index = indexReadings([{ name: 'pineville', hypotheses: [PINEVILLE_LA, PINEVILLE_KY], pick: PINEVILLE_LA }], 0.5);
  assert.equal(nearbySupport(index, ALEXANDRIA_LA, 'alexandria'), 1);
  assert.equal(nearbySupport(index, ALEXANDRIA_VA, 'alexandria'), 0);
});

test('proximity: a reading that is not the pick gives a share', () => {
  const index = indexReadings([{ name: 'pineville', hypotheses: [PINEVILLE_LA, PINEVILLE_KY], pick: PINEVILLE_KY }], 0.5);
  assert.equal(nearbySupport(index, ALEXANDRIA_LA, 'alexandria'), 0.25);
});

test('proximity: support falls off between 40 and 160 km and sums over names', () => {
  // Marksville lies about 45 km from Alexandria: a little less than full support.
  const index = indexReadings([
    { name: 'pineville', hypotheses: [PINEVILLE_LA], pick: PINEVILLE_LA },
    { name: 'marksville', hypotheses: [MARKSVILLE_LA], pick: MARKSVILLE_LA },
  ], 0.5);
  const support = nearbySupport(index, ALEXANDRIA_LA, 'alexandria');
  assert.ok(support > 1.9 && support < 2, `support ${support}`);
});

test('proximity: a name never supports itself, and a state is no point', () => {
  const index = indexReadings([{ name: 'alexandria', hypotheses: [ALEXANDRIA_LA], pick: ALEXANDRIA_LA }], 0.5);
  assert.equal(nearbySupport(index, ALEXANDRIA_LA, 'alexandria'), 0);
  assert.equal(nearbySupport(index, { ...ALEXANDRIA_LA, precision: 'admin1' }, 'louisiana'), 0);
});
