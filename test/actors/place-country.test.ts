import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Gazetteer, GazetteerEntry, RegionEntry } from '../../src/gazetteer/gazetteer.js';
import { withPlaces } from '../../src/actors/place-country.js';
import { resolvePhrase } from '../../src/actors/phrase-resolver.js';
import { fictionalKnowledge } from './fictional-knowledge.js';

// A fictional gazetteer: a big town, a small one, a city also known by an old name, a region, a Kosovo town as GeoNames writes it.
const PLACES: Record<string, Partial<GazetteerEntry>[]> = {
  fredton: [{ name: 'Fredton', country: 'FRD', population: 900_000, mainName: true }],
  smallville: [{ name: 'Smallville', country: 'SYL', population: 20_000, mainName: true }],
  oldburg: [{ name: 'Sylburg', country: 'SYL', population: 2_000_000, mainName: false }],
  oldhamlet: [{ name: 'Newhamlet', country: 'SYL', population: 200_000, mainName: false }],
  kosovotown: [{ name: 'Kosovotown', country: 'UNK', population: 300_000, mainName: true }],
};
const REGIONS: Record<string, Partial<RegionEntry>[]> = { 'north march': [{ name: 'North March', country: 'FRD' }] };
const gazetteer = {
  places: (name: string) => (PLACES[name.toLowerCase()] ?? []).map((e) => ({ source: 'geonames', ...e })),
  regions: (name: string) => REGIONS[name.toLowerCase()] ?? [],
} as unknown as Gazetteer;
const kb = withPlaces(fictionalKnowledge(), gazetteer);

const CASES: readonly (readonly [string, string | null])[] = [
  ['Fredton', 'FRD'],
  ['Smallville', null],
  ['Oldburg', 'SYL'],
  ['Oldhamlet', null],
  ['Kosovotown', 'XKX'],
  ['North March', 'FRD'],
  // An institution's name names its place; a person's name is looked up only whole.
  ['Fredton State', 'FRD'],
  ['Aboriginal Health Services Alliance North March', 'FRD'],
  ['Maria Fredton', null],
];

for (const [name, country] of CASES) {
  test(`the place in "${name}" is in ${country ?? 'no country'}`, () => {
    assert.equal(kb.placeCountry?.(name) ?? null, country);
  });
}

test('"the mayor of Fredton" is a Freedonian official, not a person named Fredton', () => {
  const found = resolvePhrase('the mayor of Fredton', '2023-11-01', kb);
  assert.deepEqual([found.name, found.country, found.sector, found.role], [null, 'FRD', 'GOV', 'Mayor']);
});
