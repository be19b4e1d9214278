/**
 * Countries from the `world-countries` package (ISO 3166-1 codes, names, alternate spellings,
 * capitals, centroids), read once when the gazetteer is first used.
 */
import { createRequire } from 'node:module';
import type { CountryEntry } from './gazetteer-entry.js';

interface WorldCountry {
  readonly name: { readonly common: string; readonly official: string };
  readonly cca2: string;
  readonly cca3: string;
  readonly altSpellings: readonly string[];
  readonly capital?: readonly string[];
  readonly latlng: readonly number[];
}

/** A country and every name it is written as (common, official, alternate spellings of 3+ letters). */
export interface CountryWithNames extends CountryEntry {
  readonly names: readonly string[];
}

/** Converts the package's records; exported for tests, which pass a hand-made list. */
export function toCountries(records: readonly WorldCountry[]): CountryWithNames[] {
  return records.map((record) => ({
    name: record.name.common,
    alpha3: record.cca3,
    alpha2: record.cca2,
    capital: record.capital?.[0] ?? null,
    lat: record.latlng[0] ?? 0,
    lon: record.latlng[1] ?? 0,
    // Two-letter alternate spellings are ISO codes ("PS"), which would read words as countries.
    names: [record.name.common, record.name.official, ...record.altSpellings.filter((spelling) => spelling.length > 2)],
  }));
}

export function loadWorldCountries(): CountryWithNames[] {
  const require = createRequire(import.meta.url);
  return toCountries(require('world-countries') as WorldCountry[]);
}
