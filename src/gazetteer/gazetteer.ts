/**
 * The gazetteer: places, countries and regions by name. It is assembled from parts so that tests can
 * pass small hand-made ones; src/gazetteer/default-gazetteer.ts assembles the real one, lazily.
 *
 * @example createGazetteer(parts).places('gaza city') // => [{ name: 'Gaza City', country: 'PSE', ... }]
 */
import type { AreaEntry, CountryEntry, GazetteerEntry, RegionEntry } from './gazetteer-entry.js';
import type { Point } from './admin1-centres.js';
import type { CityIndex } from './geonames-cities.js';
import type { CountryNames, CountryPoint, NamedRegion, ProjectArea, ProjectPlace } from './gazetteer-data-loader.js';
import type { CountryWithNames } from './world-countries-source.js';
import { placeKey } from './place-key.js';
import { createNearMissIndex } from './near-miss-index.js';
import type { NearMissIndex } from './near-miss-index.js';

export interface Gazetteer {
  /** Populated places written this way (any spelling: the name is keyed with placeKey). */
  places(name: string): readonly GazetteerEntry[];
  /** Countries written this way ("Britain", "Russian Federation", "U.S."). */
  countries(name: string): readonly CountryEntry[];
  /** The country with this ISO 3166-1 alpha-3 code. */
  country(alpha3: string): CountryEntry | null;
  /** First-level divisions and regions written this way ("Calif.", "Leningrad Region"). */
  regions(name: string): readonly RegionEntry[];
  /**
   * Places whose name is one typing slip from this one ("ALTANTA" → Atlanta); only towns of 100,000
   * people or more and the project's places are considered. Built on first use.
   */
  nearMisses(name: string): readonly GazetteerEntry[];
  /** Territories, regions, seas, continents and landmarks written this way ("Gaza Strip", "Middle East"). */
  areas(name: string): readonly AreaEntry[];
  /** Where a first-level division lies: written in areas.tsv, else estimated from its towns; null when unknown. */
  regionCentre(region: RegionEntry): Point | null;
}

export interface GazetteerParts {
  readonly countries: readonly CountryWithNames[];
  readonly extraCountryNames: readonly CountryNames[];
  readonly places: readonly ProjectPlace[];
  readonly regions: readonly NamedRegion[];
  /** GeoNames cities; null leaves only the project's places (as in unit tests). */
  readonly cities: CityIndex | null;
  /** data/gazetteer/country-points.tsv: points that replace a country's centroid; absent means none. */
  readonly countryPoints?: readonly CountryPoint[];
  /** data/gazetteer/areas.tsv; absent means none. */
  readonly areas?: readonly ProjectArea[];
}

function addTo<T>(map: Map<string, T[]>, name: string, value: T): void {
  const key = placeKey(name);
  if (key === '') return;
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function projectEntry(place: ProjectPlace, mainName: boolean): GazetteerEntry {
  return {
    name: place.name, country: place.country, admin1: place.admin1, lat: place.lat, lon: place.lon,
    population: place.population, featureCode: 'PPL', geonameid: null, source: 'project', mainName,
  };
}

export function createGazetteer(parts: GazetteerParts): Gazetteer {
  const byAlpha3 = new Map<string, CountryEntry>();
  const countryNames = new Map<string, CountryEntry[]>();
  const points = new Map((parts.countryPoints ?? []).map((point) => [point.alpha3, point]));
  for (const { names, ...listed } of parts.countries) {
    const point = points.get(listed.alpha3);
    const country = point ? { ...listed, lat: point.lat, lon: point.lon } : listed;
    byAlpha3.set(country.alpha3, country);
    for (const name of names) addTo(countryNames, name, country);
  }
  for (const { alpha3, names } of parts.extraCountryNames) {
    const country = byAlpha3.get(alpha3);
    if (country) for (const name of names) addTo(countryNames, name, country);
  }
  const projectPlaces = new Map<string, GazetteerEntry[]>();
  for (const place of parts.places) {
    addTo(projectPlaces, place.name, projectEntry(place, true));
    const alternate = projectEntry(place, false);
    for (const name of place.alternates) addTo(projectPlaces, name, alternate);
  }
  const regions = new Map<string, RegionEntry[]>();
  for (const { variants, ...region } of parts.regions) {
    addTo(regions, region.name, region);
    for (const variant of variants) addTo(regions, variant, region);
  }
  // Abbreviations are spaced at will ("W. Va." and "W.Va."): a spaced key falls back to its unspaced form.
  const regionsNamed = (name: string): readonly RegionEntry[] => {
    const key = placeKey(name);
    return regions.get(key) ?? regions.get(key.replace(/ /g, '')) ?? [];
  };
  const places = (name: string): readonly GazetteerEntry[] => {
    const key = placeKey(name);
    const own = projectPlaces.get(key) ?? [];
    const cities = parts.cities?.lookup(key) ?? [];
    return own.length === 0 ? cities : [...own, ...cities];
  };
  const areas = new Map<string, AreaEntry[]>();
  const writtenCentres = new Map<string, Point>();
  for (const { alternates, ...area } of parts.areas ?? []) {
    addTo(areas, area.name, area);
    for (const name of alternates) addTo(areas, name, area);
    if (area.kind === 'admin1' && area.country !== null && area.admin1 !== null) writtenCentres.set(`${area.country}|${area.admin1}`, area);
  }
  let nearMiss: NearMissIndex | null = null;
  return {
    areas: (name) => areas.get(placeKey(name)) ?? [],
    regionCentre(region) {
      if (region.admin1 === null) return null;
      const written = writtenCentres.get(`${region.country}|${region.admin1}`);
      if (written) return { lat: written.lat, lon: written.lon };
      return parts.cities?.admin1Centre(region.country, region.admin1) ?? null;
    },
    places,
    nearMisses(name) {
      nearMiss ??= createNearMissIndex([...projectPlaces.keys(), ...(parts.cities?.largeTownKeys ?? [])]);
      return nearMiss.near(placeKey(name)).flatMap((key) => places(key));
    },
    countries: (name) => countryNames.get(placeKey(name)) ?? [],
    country: (alpha3) => byAlpha3.get(alpha3) ?? null,
    regions: regionsNamed,
  };
}
