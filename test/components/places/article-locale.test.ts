/**
 * The article's locale: its American forms (locale-cues.ts) tip a town toward its American namesake;
 * a state the article names outweighs foreign suburbs that only vouch for each other; a state's
 * abbreviation after a party label ("D-N.D.") is read whole. The gazetteer is small and fictional
 * where it needs to be (two towns with suburbs of the same names abroad).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localeCountry } from '../../../src/components/places/locale-cues.js';
import { createPlaceComponent } from '../../../src/components/places/place-component.js';
import type { EntityType, Place } from '../../../src/document/layers.js';
import { createGazetteer } from '../../../src/gazetteer/gazetteer.js';
import { parseRegions } from '../../../src/gazetteer/gazetteer-data-loader.js';
import { indexGeonamesCities } from '../../../src/gazetteer/geonames-cities.js';
import { toCountries } from '../../../src/gazetteer/world-countries-source.js';
import { geonamesRow } from '../../gazetteer/small-gazetteer.js';
import { placeDoc } from './place-doc.js';

const COUNTRY = (cca3: string, cca2: string, common: string, lat: number, lon: number) =>
  ({ name: { common, official: common }, cca2, cca3, altSpellings: [], capital: [], latlng: [lat, lon] });
const COUNTRIES = toCountries([COUNTRY('USA', 'US', 'United States', 38, -97), COUNTRY('AUS', 'AU', 'Australia', -25, 134), COUNTRY('IRL', 'IE', 'Ireland', 53, -8)]);

const ROWS = [
  // Two small Minnesota towns far apart, and two suburbs of the same names side by side abroad.
  geonamesRow(1, 'Kellerby', 'Kellerby', '', 47.75, -90.33, 'PPL', 'US', 'MN', 500),
  geonamesRow(2, 'Ashcombe', 'Ashcombe', '', 47.49, -92.88, 'PPL', 'US', 'MN', 4_900),
  geonamesRow(3, 'Kellerby', 'Kellerby', '', -35.25, 149.05, 'PPL', 'AU', '01', 2_700),
  geonamesRow(4, 'Ashcombe', 'Ashcombe', '', -35.42, 149.12, 'PPL', 'AU', '01', 5_000),
  geonamesRow(5, 'Minneapolis', 'Minneapolis', '', 44.98, -93.26, 'PPLA2', 'US', 'MN', 410_000),
  geonamesRow(6, 'Dublin', 'Dublin', '', 53.33, -6.25, 'PPLC', 'IE', 'L', 1_024_000),
  geonamesRow(7, 'Dublin', 'Dublin', '', 40.10, -83.11, 'PPL', 'US', 'OH', 45_000),
].join('\n');

const REGIONS = ['Minnesota\tUSA\tMN\tMinn.', 'North Dakota\tUSA\tND\tN.D.', 'West Virginia\tUSA\tWV\tW. Va.'].join('\n');

const gazetteer = createGazetteer({
  countries: COUNTRIES,
  extraCountryNames: [],
  places: [],
  regions: parseRegions(REGIONS, 'regions.tsv'),
  cities: indexGeonamesCities(Buffer.from(ROWS, 'utf8').toString('latin1'), (cc) => COUNTRIES.find((c) => c.alpha2 === cc)?.alpha3 ?? null),
});
const component = createPlaceComponent({ gazetteer: () => gazetteer });

function placeAt(text: string, named: readonly (readonly [EntityType, string])[], start: number): Place | undefined {
  return component.run(placeDoc(text, named)).find((place) => place.start === start);
}

test('locale: American forms of local news point to the United States', () => {
  for (const text of [
    "Deputies from the Walker County Sheriff's Office searched the home.",
    'The Township trustees met on Monday.',
    'He appeared in Superior Court on Friday.',
    'The Marion County Sheriff said the road was closed.',
    'said Rep. Jane Doe, who chairs the committee.',
    'said state Sen. Bob Roe, R-Marshall.',
    'The crash closed Interstate 35 for an hour.',
    'Services will be held at 400 S. Locust St. on Tuesday.',
    'For more information, call 952-873-6325.',
    'Call (555) 123-4567 for tickets.',
    'The school district will close early.',
  ]) assert.equal(localeCountry(text), 'USA', text);
});

test('locale: wire copy with dollars, miles and courts abroad has none', () => {
  for (const text of [
    'The company said it would invest $2 billion in the plant, 40 miles north of Lagos.',
    'Police in Dublin said on Monday that two men had been arrested.',
    'The High Court in London ruled against the government.',
    'Leeds City Council said the bins would be collected on Friday.',
    'He appeared at Inverness Sheriff Court charged with theft.',
    'Oil rose 2% to $80 a barrel on Sept. 8.',
  ]) assert.equal(localeCountry(text), null, text);
});

test('locale: an American text takes the American namesake of a small town', () => {
  const text = "Dublin police and the county Sheriff's Office searched the house.";
  assert.equal(placeAt(text, [['CITY', 'Dublin']], 0)?.country, 'USA');
});

test('locale: without American forms the capital keeps its name', () => {
  const text = 'Dublin police said two men had been arrested.';
  assert.equal(placeAt(text, [['CITY', 'Dublin']], 0)?.country, 'IRL');
});

test('a named state outweighs foreign suburbs that only vouch for each other', () => {
  const text = 'Sen. Ann Lee of Kellerby and Sen. Tom Berg of Ashcombe said Minnesota cannot wait. Leaders in Minneapolis agreed.';
  const named: (readonly [EntityType, string])[] = [['CITY', 'Kellerby'], ['CITY', 'Ashcombe'], ['REGION', 'Minnesota'], ['CITY', 'Minneapolis']];
  for (const surface of ['Kellerby', 'Ashcombe']) {
    const place = placeAt(text, named, text.indexOf(surface));
    assert.equal(`${place?.country}/${place?.admin1}`, 'USA/MN', surface);
  }
});

test('a state abbreviation after a party label is read whole, though the model cut it at its first full stop', () => {
  const text = 'The bonuses are wrong, said Sen. Byron Dorgan, D-N.D., on Tuesday.';
  const place = placeAt(text, [['LOCATION', 'D-N']], text.indexOf('N.D.'));
  assert.equal(place?.text, 'N.D.');
  assert.equal(`${place?.country}/${place?.admin1}/${place?.precision}`, 'USA/ND/admin1');
  const twoWords = 'said Del. Ann Roe, R-W. Va., on Friday.';
  assert.equal(placeAt(twoWords, [['LOCATION', 'R-W']], twoWords.indexOf('W. Va.'))?.admin1, 'WV');
});
