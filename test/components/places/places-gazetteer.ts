/**
 * A small hand-made gazetteer for the places tests: the towns of test/gazetteer/small-gazetteer.ts
 * plus a few namesakes (a Paris in Texas, a Lebanon in Ohio, two Gainesvilles), a handful of
 * countries, regions and areas. Populations are rounded and only need their order to be right.
 */
import { createGazetteer } from '../../../src/gazetteer/gazetteer.js';
import type { Gazetteer } from '../../../src/gazetteer/gazetteer.js';
import { parseAreas, parseCountryNames, parseCountryPoints, parseProjectPlaces, parseRegions } from '../../../src/gazetteer/gazetteer-data-loader.js';
import { indexGeonamesCities } from '../../../src/gazetteer/geonames-cities.js';
import { toCountries } from '../../../src/gazetteer/world-countries-source.js';
import { CITY_ROWS, geonamesRow, PLACES_TSV, REGIONS_TSV } from '../../gazetteer/small-gazetteer.js';

const MORE_ROWS = [
  geonamesRow(101, 'Paris', 'Paris', '', 33.66094, -95.55551, 'PPLA2', 'US', 'TX', 25_000),
  geonamesRow(102, 'Lebanon', 'Lebanon', '', 39.43534, -84.20299, 'PPLA2', 'US', 'OH', 20_000),
  geonamesRow(103, 'Aleppo', 'Aleppo', 'Halab', 36.20124, 37.16117, 'PPLA', 'SY', '09', 1_800_000),
  geonamesRow(104, 'Jerusalem', 'Jerusalem', '', 31.76904, 35.21633, 'PPLC', 'IL', '06', 801_000),
  geonamesRow(105, 'Gainesville', 'Gainesville', '', 29.65163, -82.32483, 'PPLA2', 'US', 'FL', 133_000),
  geonamesRow(106, 'Gainesville', 'Gainesville', '', 34.29788, -83.82407, 'PPLA2', 'US', 'GA', 42_000),
  geonamesRow(107, 'Atlanta', 'Atlanta', '', 33.749, -84.38798, 'PPLA', 'US', 'GA', 463_000),
  geonamesRow(108, 'Alexandria', 'Alexandria', '', 31.20176, 29.91582, 'PPLA', 'EG', '06', 3_811_516),
  geonamesRow(109, 'Alexandria', 'Alexandria', '', 31.31129, -92.44514, 'PPLA2', 'US', 'LA', 47_000),
  geonamesRow(110, 'Pineville', 'Pineville', '', 31.32241, -92.43430, 'PPL', 'US', 'LA', 14_000),
  geonamesRow(111, 'Pineville', 'Pineville', '', 36.76203, -83.69492, 'PPLA2', 'US', 'KY', 1_700),
  geonamesRow(112, 'London', 'London', '', 37.12898, -84.08326, 'PPLA2', 'US', 'KY', 8_000),
  geonamesRow(113, 'May', 'May', '', 10.0, 10.0, 'PPL', 'NG', '01', 150_000),
  geonamesRow(114, 'Jordan', 'Jordan', '', 44.66691, -93.62690, 'PPL', 'US', 'MN', 6_000),
  geonamesRow(115, 'Reading', 'Reading', '', 51.45625, -0.97113, 'PPL', 'GB', 'ENG', 318_000),
  // Local news: a large Norfolk and a small one among its neighbours; a Texas town named like a country.
  geonamesRow(116, 'Norfolk', 'Norfolk', '', 36.84681, -76.28522, 'PPLA2', 'US', 'VA', 246_000),
  geonamesRow(117, 'Norfolk', 'Norfolk', '', 42.02834, -97.417, 'PPL', 'US', 'NE', 24_000),
  geonamesRow(118, 'Wayne', 'Wayne', '', 42.23056, -97.01782, 'PPLA2', 'US', 'NE', 5_600),
  geonamesRow(119, 'Pierce', 'Pierce', '', 42.19917, -97.52672, 'PPLA2', 'US', 'NE', 1_700),
  geonamesRow(120, 'Palestine', 'Palestine', '', 31.76212, -95.63079, 'PPLA2', 'US', 'TX', 18_000),
  geonamesRow(121, 'Fairfield', 'Fairfield', '', 31.72461, -96.16525, 'PPLA2', 'US', 'TX', 2_900),
  geonamesRow(122, 'Newark', 'Newark', '', 40.73566, -74.17237, 'PPL', 'US', 'NJ', 280_000),
  geonamesRow(123, 'Christmas', 'Christmas', '', 28.53639, -81.01756, 'PPL', 'US', 'FL', 1_100),
  geonamesRow(124, 'Man', 'Man', '', 7.41251, -7.55383, 'PPLA', 'CI', '78', 150_000),
];

const COUNTRY = (cca3: string, cca2: string, common: string, alt: string[], lat: number, lon: number) =>
  ({ name: { common, official: common }, cca2, cca3, altSpellings: alt, capital: [], latlng: [lat, lon] });

export const PLACE_COUNTRIES = toCountries([
  COUNTRY('CHN', 'CN', 'China', ['CN'], 35, 105),
  COUNTRY('USA', 'US', 'United States', ['US', 'USA'], 38, -97),
  COUNTRY('GBR', 'GB', 'United Kingdom', ['UK'], 54, -2),
  COUNTRY('CAN', 'CA', 'Canada', [], 60, -95),
  COUNTRY('FRA', 'FR', 'France', [], 46, 2),
  COUNTRY('SYR', 'SY', 'Syria', [], 35, 38),
  COUNTRY('LBN', 'LB', 'Lebanon', [], 33.83, 35.83),
  COUNTRY('ISR', 'IL', 'Israel', [], 31.47, 35.13),
  COUNTRY('JOR', 'JO', 'Jordan', [], 31, 36),
  COUNTRY('EGY', 'EG', 'Egypt', [], 27, 30),
  COUNTRY('OMN', 'OM', 'Oman', [], 21, 57),
  COUNTRY('PSE', 'PS', 'Palestine', [], 31.9, 35.2),
  COUNTRY('GEO', 'GE', 'Georgia', [], 42, 43.5),
  COUNTRY('NGA', 'NG', 'Nigeria', [], 10, 8),
  COUNTRY('CIV', 'CI', 'Ivory Coast', [], 8, -5),
]);

export const AREAS_TSV = [
  'Gaza Strip\tregion\tPSE\tGZ\t31.42\t34.38\t-',
  'West Bank\tregion\tPSE\tWE\t31.95\t35.25\t-',
  'Middle East\tregion\t-\t-\t29.00\t42.00\tMideast',
  'Al-Aqsa Mosque\tpoint\t-\t-\t31.7761\t35.2358\tAl Aqsa Mosque',
  'Ontario\tadmin1\tCAN\t08\t49.25\t-84.50\t-',
].join('\n');

const MORE_REGIONS = ['Texas\tUSA\tTX\tTex.;TX', 'Ohio\tUSA\tOH\tOH', 'Georgia\tUSA\tGA\tGa.;GA', 'Florida\tUSA\tFL\tFla.;FL', 'Louisiana\tUSA\tLA\tLa.;LA', 'Kentucky\tUSA\tKY\tKy.;KY', 'Washington\tUSA\tWA\tWash.;WA', 'Utah\tUSA\tUT\tUT', 'Nebraska\tUSA\tNE\tNeb.;NE'].join('\n');

export function placesGazetteer(): Gazetteer {
  const alpha3 = new Map(PLACE_COUNTRIES.map((country) => [country.alpha2, country.alpha3]));
  const rows = `${CITY_ROWS}\n${MORE_ROWS.join('\n')}`;
  return createGazetteer({
    countries: PLACE_COUNTRIES,
    extraCountryNames: parseCountryNames('USA\tU.S.;America', 'names.tsv'),
    places: parseProjectPlaces(PLACES_TSV, 'places.tsv'),
    regions: parseRegions(`${REGIONS_TSV}\n${MORE_REGIONS}`, 'regions.tsv'),
    cities: indexGeonamesCities(Buffer.from(rows, 'utf8').toString('latin1'), (cc) => alpha3.get(cc) ?? null),
    areas: parseAreas(AREAS_TSV, 'areas.tsv'),
    countryPoints: parseCountryPoints('USA\t39.76\t-98.50', 'country-points.tsv'),
  });
}
