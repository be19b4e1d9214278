/**
 * Country names, demonyms and capitals from the `world-countries` package, as a phrase table
 * keyed by lower-case token sequences. The name model uses it as features; the entities
 * component uses it to type LOC names (COUNTRY, CITY) and MISC names (NORP) and fill their country.
 *
 * @example countryGazetteer().phrases.get('south korea') → { kind: 'country', country: 'KOR', ... }
 */
import { createRequire } from 'node:module';
import { tokenize } from '../../nlp/tokenizer.js';

export type GazetteerKind = 'country' | 'demonym' | 'capital';

export interface GazetteerEntry {
  readonly kind: GazetteerKind;
  /** ISO 3166-1 alpha-3. */
  readonly country: string;
  /** The country's common English name. */
  readonly countryName: string;
}

export interface CountryGazetteer {
  /** Phrase (lower-case tokens joined by one space) → entry. */
  readonly phrases: ReadonlyMap<string, GazetteerEntry>;
  /** Every proper prefix of a phrase, so that matching stops as soon as nothing can follow. */
  readonly prefixes: ReadonlySet<string>;
  /** Longest phrase length in tokens. */
  readonly maxTokens: number;
  /**
   * Words that name both a country and its people, each with the country: a country name, or the
   * first word of one, that is also its demonym or the first word of it ("Thai", "Czech" of the
   * Czech Republic, "Saudi" of Saudi Arabian). The context, not the table, says which one is meant.
   */
  readonly countryOrPeople: ReadonlyMap<string, string>;
}

interface RawCountry {
  readonly name: { readonly common: string; readonly official: string };
  readonly cca3: string;
  readonly altSpellings: readonly string[];
  readonly capital: readonly string[];
  readonly demonyms?: { readonly eng?: { readonly f: string; readonly m: string } };
  readonly independent?: boolean | null;
}

// Short forms the package lacks or keeps only as ambiguous two-letter codes; news writes them daily.
const EXTRA_NAMES: readonly (readonly [string, string])[] = [
  ['USA', 'U.S.'], ['USA', 'US'], ['USA', 'America'], ['GBR', 'Britain'], ['GBR', 'UK'], ['GBR', 'U.K.'],
  ['NLD', 'Holland'], ['ARE', 'UAE'], ['CZE', 'Czech Republic'], ['RUS', 'Russian Federation'],
];

let cached: CountryGazetteer | null = null;

function phraseKey(text: string): string {
  return tokenize(text).map((t) => t.text.toLowerCase()).join(' ');
}

/** The gazetteer, built once on first use (the package's JSON is read lazily, not at import). */
export function countryGazetteer(): CountryGazetteer {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  // Independent countries first: a territory that shares a word with its sovereign ("French" of the
  // French Southern Lands, "Dutch" of the Caribbean Netherlands, "American" of the Northern Mariana
  // Islands) would otherwise take it, being earlier in the package's order.
  const all = require('world-countries/countries.json') as readonly RawCountry[];
  const countries = [...all.filter((c) => c.independent === true), ...all.filter((c) => c.independent !== true)];
  const phrases = new Map<string, GazetteerEntry>();
  const add = (kind: GazetteerKind, text: string, country: RawCountry): void => {
    const key = phraseKey(text);
    // The first writer wins, and country names beat capitals and demonyms ("Djibouti", "Kuwait").
    if (key.length > 0 && !phrases.has(key)) phrases.set(key, { kind, country: country.cca3, countryName: country.name.common });
  };
  for (const country of countries) for (const name of countryNames(country)) add('country', name, country);
  for (const country of countries) for (const d of demonymsOf(country)) add('demonym', d, country);
  for (const country of countries) for (const capital of country.capital) add('capital', capital, country);
  let maxTokens = 1;
  const prefixes = new Set<string>();
  for (const key of phrases.keys()) {
    const parts = key.split(' ');
    maxTokens = Math.max(maxTokens, parts.length);
    for (let k = 1; k < parts.length; k++) prefixes.add(parts.slice(0, k).join(' '));
  }
  cached = { phrases, prefixes, maxTokens: Math.min(maxTokens, 8), countryOrPeople: countryOrPeople(countries, phrases) };
  return cached;
}

function countryNames(country: RawCountry): string[] {
  // All-caps codes of two letters ("IN", "OR") are ordinary words in headlines; longer ones are safe.
  const alts = country.altSpellings.filter((alt) => alt.length > 3 || /^[A-Z]{3,}$/.test(alt));
  const extra = EXTRA_NAMES.filter(([code]) => code === country.cca3).map(([, name]) => name);
  return [country.name.common, country.name.official, ...alts, ...extra];
}

function demonymsOf(country: RawCountry): string[] {
  const demonyms = country.demonyms?.eng;
  return demonyms ? [demonyms.m, demonyms.f] : [];
}

function countryOrPeople(countries: readonly RawCountry[], phrases: ReadonlyMap<string, GazetteerEntry>): Map<string, string> {
  const firstWord = (text: string): string => phraseKey(text).split(' ')[0]!;
  const both = new Map<string, string>();
  for (const country of countries) {
    const people = new Set(demonymsOf(country).map(firstWord));
    for (const word of countryNames(country).map(firstWord)) {
      // Only where the table itself reads the word as this country ("American" is the USA's, not American Samoa's).
      if (people.has(word) && phrases.get(word)?.country === country.cca3) both.set(word, country.cca3);
    }
  }
  return both;
}
