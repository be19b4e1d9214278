/**
 * Loaders for the project-written gazetteer files in data/gazetteer/ (grammar in its README.md).
 * Each takes the file's text and a name for messages, and throws DataFileError listing every bad line.
 */
import type { AreaEntry, AreaKind, GazetteerEntry, RegionEntry } from './gazetteer-entry.js';
import { ProblemList, readTsv, splitList } from './tsv-reader.js';

/** A place from data/gazetteer/places.tsv, with the alternate names it is also written as. */
export interface ProjectPlace extends Pick<GazetteerEntry, 'name' | 'country' | 'admin1' | 'lat' | 'lon' | 'population'> {
  readonly alternates: readonly string[];
}

export interface NamedRegion extends RegionEntry {
  readonly variants: readonly string[];
}

export interface CountryNames {
  readonly alpha3: string;
  readonly names: readonly string[];
}

const ALPHA3 = /^[A-Z]{3}$/;

function checkCountry(problems: ProblemList, line: number, value: string): void {
  if (!ALPHA3.test(value)) problems.add(line, `country "${value}" is not an ISO 3166-1 alpha-3 code (three capital letters, e.g. RUS)`);
}

function checkNumber(problems: ProblemList, line: number, column: string, value: string, min: number, max: number): number {
  const number = Number(value);
  if (value === '' || !Number.isFinite(number) || number < min || number > max) {
    problems.add(line, `${column} "${value}" is not a number between ${min} and ${max}`);
  }
  return number;
}

/** places.tsv: name, country, admin1, lat, lon, population, alternates. */
export function parseProjectPlaces(text: string, file: string): ProjectPlace[] {
  const problems = new ProblemList(file);
  const rows = readTsv(text, { file, columns: ['name', 'country', 'admin1', 'lat', 'lon', 'population', 'alternates'] }, problems);
  const places = rows.map(({ line, fields }) => {
    const [name, country, admin1, lat, lon, population, alternates] = fields as [string, string, string, string, string, string, string];
    if (name === '') problems.add(line, 'the name is empty');
    checkCountry(problems, line, country);
    return {
      name,
      country,
      admin1: admin1 === '-' || admin1 === '' ? null : admin1,
      lat: checkNumber(problems, line, 'lat', lat, -90, 90),
      lon: checkNumber(problems, line, 'lon', lon, -180, 180),
      population: checkNumber(problems, line, 'population', population, 0, 1e9),
      alternates: splitList(alternates),
    };
  });
  problems.throwIfAny();
  return places;
}

/** regions.tsv: name, country, admin1, variants. */
export function parseRegions(text: string, file: string): NamedRegion[] {
  const problems = new ProblemList(file);
  const rows = readTsv(text, { file, columns: ['name', 'country', 'admin1', 'variants'] }, problems);
  const regions = rows.map(({ line, fields }) => {
    const [name, country, admin1, variants] = fields as [string, string, string, string];
    if (name === '') problems.add(line, 'the name is empty');
    checkCountry(problems, line, country);
    return { name, country, admin1: admin1 === '-' || admin1 === '' ? null : admin1, variants: splitList(variants) };
  });
  problems.throwIfAny();
  return regions;
}

/** country-names.tsv: alpha-3, names. */
export function parseCountryNames(text: string, file: string): CountryNames[] {
  const problems = new ProblemList(file);
  const rows = readTsv(text, { file, columns: ['alpha3', 'names'] }, problems);
  const countries = rows.map(({ line, fields }) => {
    const [alpha3, names] = fields as [string, string];
    checkCountry(problems, line, alpha3);
    const list = splitList(names);
    if (list.length === 0) problems.add(line, 'no names given; list them separated by ";"');
    return { alpha3, names: list };
  });
  problems.throwIfAny();
  return countries;
}

/** An area from data/gazetteer/areas.tsv, with the other names it is written as. */
export interface ProjectArea extends AreaEntry {
  readonly alternates: readonly string[];
}

const AREA_KINDS: readonly AreaKind[] = ['region', 'admin1', 'city', 'point'];

/** areas.tsv: name, kind, country (or -), admin1 (or -), lat, lon, alternates. */
export function parseAreas(text: string, file: string): ProjectArea[] {
  const problems = new ProblemList(file);
  const rows = readTsv(text, { file, columns: ['name', 'kind', 'country', 'admin1', 'lat', 'lon', 'alternates'] }, problems);
  const areas = rows.map(({ line, fields }) => {
    const [name, kind, country, admin1, lat, lon, alternates] = fields as [string, string, string, string, string, string, string];
    if (name === '') problems.add(line, 'the name is empty');
    if (!(AREA_KINDS as readonly string[]).includes(kind)) problems.add(line, `kind "${kind}" is not one of ${AREA_KINDS.join(', ')}`);
    if (country !== '-') checkCountry(problems, line, country);
    return {
      name,
      kind: kind as AreaKind,
      country: country === '-' ? null : country,
      admin1: admin1 === '-' || admin1 === '' ? null : admin1,
      lat: checkNumber(problems, line, 'lat', lat, -90, 90),
      lon: checkNumber(problems, line, 'lon', lon, -180, 180),
      alternates: splitList(alternates),
    };
  });
  problems.throwIfAny();
  return areas;
}

/** A country's point where the `world-countries` centroid is not the one gazetteers agree on. */
export interface CountryPoint {
  readonly alpha3: string;
  readonly lat: number;
  readonly lon: number;
}

/** country-points.tsv: alpha-3, lat, lon. */
export function parseCountryPoints(text: string, file: string): CountryPoint[] {
  const problems = new ProblemList(file);
  const rows = readTsv(text, { file, columns: ['alpha3', 'lat', 'lon'] }, problems);
  const points = rows.map(({ line, fields }) => {
    const [alpha3, lat, lon] = fields as [string, string, string];
    checkCountry(problems, line, alpha3);
    return { alpha3, lat: checkNumber(problems, line, 'lat', lat, -90, 90), lon: checkNumber(problems, line, 'lon', lon, -180, 180) };
  });
  problems.throwIfAny();
  return points;
}
