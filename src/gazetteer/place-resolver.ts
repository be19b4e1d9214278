/**
 * Resolves a place as a dateline writes it ("PORTLAND", qualified "Maine") to one gazetteer entry.
 * Order of evidence: the qualifier (a country or a first-level division) narrows the candidates; a
 * country name resolves to a city of that country when one bears the name (Singapore, Kuwait),
 * otherwise to the country itself; among the rest the project's own entries win, then the largest
 * town, national capitals counting five times (a bare "SAN JOSE" is Costa Rica's; wire copy
 * qualifies the Californian one) and towns matched only by an alternate name counting a fifth, capital or not (Amman's
 * ancient name "Philadelphia" must not beat the American city).
 *
 * @example resolvePlace(gazetteer, 'PORTLAND', 'Maine') // => { name: 'Portland', country: 'USA', admin1: 'ME', ... }
 */
import type { Gazetteer } from './gazetteer.js';
import type { CountryEntry, GazetteerEntry, RegionEntry } from './gazetteer-entry.js';

export interface ResolvedPlace {
  readonly name: string;
  readonly country: string;
  readonly admin1: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly geonameid: number | null;
  /** Inhabitants, 0 when unknown. */
  readonly population: number;
  /**
   * How it was resolved: a town ('place'), a country named alone ('country'), only its qualifier's
   * country ('qualifier'), or a town whose name was misspelt ('near-miss').
   */
  readonly precision: 'place' | 'country' | 'qualifier' | 'near-miss';
}

function weight(entry: GazetteerEntry): number {
  if (entry.source === 'project') return Number.MAX_SAFE_INTEGER;
  // +1: a place of unknown population still outranks nothing.
  if (!entry.mainName) return (entry.population + 1) / 5;
  return (entry.population + 1) * (entry.featureCode === 'PPLC' ? 5 : 1);
}

/** The heaviest entry; ties keep the earlier one. */
export function bestEntry(entries: readonly GazetteerEntry[]): GazetteerEntry | null {
  let best: GazetteerEntry | null = null;
  for (const entry of entries) if (best === null || weight(entry) > weight(best)) best = entry;
  return best;
}

function fromEntry(entry: GazetteerEntry): ResolvedPlace {
  return { name: entry.name, country: entry.country, admin1: entry.admin1, lat: entry.lat, lon: entry.lon, geonameid: entry.geonameid, population: entry.population, precision: 'place' };
}

function fromCountry(country: CountryEntry): ResolvedPlace {
  return { name: country.name, country: country.alpha3, admin1: null, lat: country.lat, lon: country.lon, geonameid: null, population: 0, precision: 'country' };
}

function inRegion(entry: GazetteerEntry, region: RegionEntry): boolean {
  return entry.country === region.country && (region.admin1 === null || entry.admin1 === region.admin1);
}

/** Title case for a place the gazetteer lacks: "BALA CYNWYD" → "Bala Cynwyd". */
function titleCase(written: string): string {
  return written.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());
}

function resolveQualified(gazetteer: Gazetteer, name: string, candidates: readonly GazetteerEntry[], qualifier: string): ResolvedPlace | null | undefined {
  const regions = gazetteer.regions(qualifier);
  const countries = gazetteer.countries(qualifier);
  if (regions.length === 0 && countries.length === 0) return undefined;
  const inRegions = candidates.filter((entry) => regions.some((region) => inRegion(entry, region)));
  const inCountries = candidates.filter((entry) => countries.some((country) => entry.country === country.alpha3));
  const best = bestEntry(inRegions) ?? bestEntry(inCountries);
  if (best) return fromEntry(best);
  // The town is missing from the gazetteer, but the qualifier still tells its country.
  const country = regions[0]?.country ?? countries[0]?.alpha3;
  if (country === undefined) return null;
  return { name: titleCase(name), country, admin1: regions[0]?.admin1 ?? null, lat: null, lon: null, geonameid: null, population: 0, precision: 'qualifier' };
}

/**
 * The town a misspelt name most likely means ("WASINGTON" → Washington), or null. Only for names of
 * five letters or more: shorter ones are a slip away from too many towns.
 */
export function resolveMisspelt(gazetteer: Gazetteer, name: string): ResolvedPlace | null {
  if (name.replace(/[^\p{L}]/gu, '').length < 5) return null;
  const best = bestEntry(gazetteer.nearMisses(name));
  return best ? { ...fromEntry(best), precision: 'near-miss' } : null;
}

/** The place `name` (qualified by `qualifier`, a region or country, when given), or null when unknown. */
export function resolvePlace(gazetteer: Gazetteer, name: string, qualifier: string | null = null): ResolvedPlace | null {
  const candidates = gazetteer.places(name);
  if (qualifier !== null) {
    const qualified = resolveQualified(gazetteer, name, candidates, qualifier);
    if (qualified !== undefined) return qualified;
  }
  const countries = gazetteer.countries(name);
  if (countries.length > 0) {
    const sameCountry = candidates.filter((entry) => countries.some((country) => country.alpha3 === entry.country));
    const city = bestEntry(sameCountry);
    return city ? fromEntry(city) : fromCountry(countries[0]!);
  }
  const best = bestEntry(candidates);
  return best ? fromEntry(best) : null;
}
