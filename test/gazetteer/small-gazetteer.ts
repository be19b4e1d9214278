/**
 * A small hand-made gazetteer for unit tests: a few real-style towns in the GeoNames table layout,
 * read through the same index as the real table, plus hand-made countries, regions and project places.
 * Populations are rounded and only need their order to be right.
 */
import { createGazetteer } from '../../src/gazetteer/gazetteer.js';
import type { Gazetteer } from '../../src/gazetteer/gazetteer.js';
import { parseCountryNames, parseProjectPlaces, parseRegions } from '../../src/gazetteer/gazetteer-data-loader.js';
import { indexGeonamesCities } from '../../src/gazetteer/geonames-cities.js';
import { toCountries } from '../../src/gazetteer/world-countries-source.js';

/** One GeoNames row: geonameid, name, asciiname, alternates, lat, lon, class, code, cc, cc2, admin1..4, population, ... */
export function geonamesRow(id: number, name: string, ascii: string, alternates: string, lat: number, lon: number, code: string, cc: string, admin1: string, population: number): string {
  return [id, name, ascii, alternates, lat, lon, 'P', code, cc, '', admin1, '', '', '', population, '', '10', 'Etc/UTC', '2023-01-01'].join('\t');
}

export const CITY_ROWS = [
  geonamesRow(1, 'Beijing', 'Beijing', 'Peking,Pekin', 39.9075, 116.39723, 'PPLC', 'CN', '22', 18_960_744),
  geonamesRow(2, 'Washington', 'Washington', 'Washington D.C.', 38.89511, -77.03637, 'PPLC', 'US', 'DC', 689_545),
  geonamesRow(3, 'Washington', 'Washington', '', 54.9, -1.51667, 'PPL', 'GB', 'ENG', 53_526),
  geonamesRow(4, 'London', 'London', 'Londres', 51.50853, -0.12574, 'PPLC', 'GB', 'ENG', 8_961_989),
  geonamesRow(5, 'London', 'London', '', 42.98339, -81.23304, 'PPLA2', 'CA', '08', 422_324),
  geonamesRow(6, 'Moscow', 'Moscow', 'Moskva', 55.75222, 37.61556, 'PPLC', 'RU', '48', 10_381_222),
  geonamesRow(7, 'Paris', 'Paris', '', 48.85341, 2.3488, 'PPLC', 'FR', '11', 2_138_551),
  geonamesRow(8, 'Portland', 'Portland', '', 45.52345, -122.67621, 'PPLA2', 'US', 'OR', 652_503),
  geonamesRow(9, 'Portland', 'Portland', '', 43.66147, -70.25533, 'PPLA2', 'US', 'ME', 68_408),
  geonamesRow(10, 'Rochester', 'Rochester', '', 43.15478, -77.61556, 'PPLA2', 'US', 'NY', 211_328),
  geonamesRow(11, 'Rochester', 'Rochester', '', 44.02163, -92.4699, 'PPLA2', 'US', 'MN', 121_395),
  geonamesRow(12, 'São Paulo', 'Sao Paulo', 'Sampa', -23.5475, -46.63611, 'PPLA', 'BR', '27', 12_400_232),
  geonamesRow(13, 'Kyiv', 'Kyiv', 'Kiev,Kyjiw', 50.45466, 30.5238, 'PPLC', 'UA', '12', 2_797_553),
  geonamesRow(14, 'Singapore', 'Singapore', '', 1.28967, 103.85007, 'PPLC', 'SG', '01', 5_638_700),
  geonamesRow(15, 'San José', 'San Jose', '', 9.93333, -84.08333, 'PPLC', 'CR', '08', 335_007),
  geonamesRow(16, 'San Jose', 'San Jose', '', 37.33939, -121.89496, 'PPLA2', 'US', 'CA', 1_026_908),
  geonamesRow(17, 'Amman', 'Amman', 'Philadelphia', 31.95522, 35.94503, 'PPLC', 'JO', '11', 4_000_000),
  geonamesRow(18, 'Philadelphia', 'Philadelphia', '', 39.95233, -75.16379, 'PPLA2', 'US', 'PA', 1_567_442),
  geonamesRow(19, 'Lead', 'Lead', '', 44.35221, -103.76521, 'PPL', 'US', 'SD', 3_000),
  geonamesRow(20, 'Hanoi', 'Hanoi', '', 21.0245, 105.84117, 'PPLC', 'VN', '44', 8_053_663),
  geonamesRow(21, 'Farmington', 'Farmington', '', 41.71982, -72.83204, 'PPL', 'US', 'CT', 25_340),
  geonamesRow(22, 'Farmington', 'Farmington', '', 36.72806, -108.21869, 'PPL', 'US', 'NM', 45_426),
].join('\n');

const COUNTRY = (cca3: string, cca2: string, common: string, official: string, alt: string[], capital: string, lat: number, lon: number) =>
  ({ name: { common, official }, cca2, cca3, altSpellings: alt, capital: [capital], latlng: [lat, lon] });

export const COUNTRIES = toCountries([
  COUNTRY('CHN', 'CN', 'China', "People's Republic of China", ['CN'], 'Beijing', 35, 105),
  COUNTRY('USA', 'US', 'United States', 'United States of America', ['US', 'USA'], 'Washington D.C.', 38, -97),
  COUNTRY('GBR', 'GB', 'United Kingdom', 'United Kingdom of Great Britain and Northern Ireland', ['GB', 'UK', 'Great Britain'], 'London', 54, -2),
  COUNTRY('CAN', 'CA', 'Canada', 'Canada', ['CA'], 'Ottawa', 60, -95),
  COUNTRY('RUS', 'RU', 'Russia', 'Russian Federation', ['RU'], 'Moscow', 60, 100),
  COUNTRY('FRA', 'FR', 'France', 'French Republic', ['FR'], 'Paris', 46, 2),
  COUNTRY('BRA', 'BR', 'Brazil', 'Federative Republic of Brazil', ['BR'], 'Brasília', -10, -55),
  COUNTRY('UKR', 'UA', 'Ukraine', 'Ukraine', ['UA'], 'Kyiv', 49, 32),
  COUNTRY('SGP', 'SG', 'Singapore', 'Republic of Singapore', ['SG'], 'Singapore', 1.37, 103.8),
  COUNTRY('CRI', 'CR', 'Costa Rica', 'Republic of Costa Rica', ['CR'], 'San José', 10, -84),
  COUNTRY('JOR', 'JO', 'Jordan', 'Hashemite Kingdom of Jordan', ['JO'], 'Amman', 31, 36),
  COUNTRY('VNM', 'VN', 'Vietnam', 'Socialist Republic of Vietnam', ['VN'], 'Hanoi', 16.17, 107.83),
  COUNTRY('BHR', 'BH', 'Bahrain', 'Kingdom of Bahrain', ['BH'], 'Manama', 26, 50.55),
  COUNTRY('PSE', 'PS', 'Palestine', 'State of Palestine', ['PS'], 'Ramallah', 31.9, 35.2),
  COUNTRY('NZL', 'NZ', 'New Zealand', 'New Zealand', ['NZ'], 'Wellington', -41, 174),
]);

export const PLACES_TSV = [
  '# name\tcountry\tadmin1\tlat\tlon\tpopulation\talternates',
  'Igora\tRUS\t42\t60.5144\t30.2100\t0\t-',
  'Gaza City\tPSE\tGZ\t31.5017\t34.4667\t410000\tGaza',
  'New York\tUSA\tNY\t40.7143\t-74.0060\t8804190\tNew York City;NYC',
  'United Nations\tUSA\tNY\t40.7489\t-73.9680\t0\tUN;U.N.',
].join('\n');

export const REGIONS_TSV = [
  'Maine\tUSA\tME\tMe.;ME',
  'Oregon\tUSA\tOR\tOre.;OR',
  'New York\tUSA\tNY\tN.Y.;NY',
  'Minnesota\tUSA\tMN\tMinn.;MN',
  'Connecticut\tUSA\tCT\tConn.;Conn;CT',
  'California\tUSA\tCA\tCalif.;CA',
  'West Virginia\tUSA\tWV\tW.Va.;WV',
  'Ontario\tCAN\t08\tOnt.;ON',
  'Leningrad Region\tRUS\t42\tLeningrad Oblast',
].join('\n');

export const COUNTRY_NAMES_TSV = 'GBR\tBritain;U.K.\nUSA\tU.S.;U.S.A.';

/** The small gazetteer; `withCities: false` leaves only the project-written places. */
export function smallGazetteer(withCities = true): Gazetteer {
  const alpha3 = new Map(COUNTRIES.map((country) => [country.alpha2, country.alpha3]));
  return createGazetteer({
    countries: COUNTRIES,
    extraCountryNames: parseCountryNames(COUNTRY_NAMES_TSV, 'names.tsv'),
    places: parseProjectPlaces(PLACES_TSV, 'places.tsv'),
    regions: parseRegions(REGIONS_TSV, 'regions.tsv'),
    cities: withCities ? indexGeonamesCities(Buffer.from(CITY_ROWS, 'utf8').toString('latin1'), (cc) => alpha3.get(cc) ?? null) : null,
  });
}
