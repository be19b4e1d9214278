/**
 * Every reading the gazetteer offers for a name: the countries, areas (territories, regions, seas,
 * landmarks), first-level divisions and towns written that way. The scorer chooses among them.
 *
 * @example placeHypotheses(gazetteer, 'Georgia') // => [country GEO, state GA of the USA, towns named Georgia ...]
 */
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import type { GazetteerEntry } from '../../gazetteer/gazetteer-entry.js';
import type { PlaceHypothesis } from './place-candidate.js';
import { detachedString } from '../../util/detached-string.js';

// Two-letter region codes ("IN", "ME", "OR", "Oh") are ordinary words in a capitalised headline or
// a sentence; they are read as regions only when they qualify a town ("Portland, ME").
function isCodeLike(name: string): boolean {
  return /^\p{L}{2}$/u.test(name.trim());
}

// A town reached only through an alternate name (GeoNames lists old and foreign names: "Rogersville"
// for Chicago's Rogers Park) stands only if no town bears the name as its own, or if it is a city
// of this size and far larger than every town that does ("Kiev", "Peking").
const ALTERNATE_CITY = 15_000;
const ALTERNATE_RATIO = 20;

function keepAlternates(towns: readonly GazetteerEntry[]): GazetteerEntry[] {
  const ownLargest = Math.max(-1, ...towns.filter((town) => town.mainName).map((town) => town.population));
  if (ownLargest < 0) return [...towns];
  return towns.filter((town) => town.mainName || (town.population >= ALTERNATE_CITY && town.population > ALTERNATE_RATIO * ownLargest));
}

const COUNTY_WORDS = [' County', ' Parish', ' Borough'];
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const COMPASS = /^(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Northern|Southern|Eastern|Western|Central|Upper|Lower|Middle)[ -]/u;

/** "Laurel County" → its divisions are known only by its state; the county refiner places it. */
export function isCountyName(name: string): boolean {
  // Suffix tests rather than /^(.+) (County|Parish|Borough)$/: every candidate and run is tested, and
  // the expression cost more than the lookups it guards. Same language: a one-line name before the word.
  const word = COUNTY_WORDS.find((suffix) => name.length > suffix.length && name.endsWith(suffix));
  return word !== undefined && !LINE_BREAK.test(name.slice(0, -word.length));
}

function lookUpHypotheses(gazetteer: Gazetteer, name: string, qualifying: boolean): PlaceHypothesis[] {
  const found: PlaceHypothesis[] = [];
  const areas = gazetteer.areas(name);
  for (const area of areas) {
    found.push({ name: area.name, precision: area.kind, country: area.country, admin1: area.admin1, lat: area.lat, lon: area.lon, geonameid: null, population: 0, featureCode: '', mainName: true, project: true });
  }
  // An area written in areas.tsv ("Gaza Strip") is more exact than the country it is also an alias of.
  if (areas.length === 0) {
    for (const country of gazetteer.countries(name)) {
      found.push({ name: country.name, precision: 'country', country: country.alpha3, admin1: null, lat: country.lat, lon: country.lon, geonameid: null, population: 0, featureCode: '', mainName: true, project: false });
    }
  }
  if (qualifying || !isCodeLike(name)) {
    for (const region of gazetteer.regions(name)) {
      if (areas.some((area) => area.country === region.country && area.admin1 === region.admin1)) continue;
      const centre = gazetteer.regionCentre(region);
      found.push({ name: region.name, precision: 'admin1', country: region.country, admin1: region.admin1, lat: centre?.lat ?? null, lon: centre?.lon ?? null, geonameid: null, population: 0, featureCode: '', mainName: true, project: true });
    }
  }
  for (const town of keepAlternates(gazetteer.places(name))) {
    found.push({ name: town.name, precision: 'city', country: town.country, admin1: town.admin1, lat: town.lat, lon: town.lon, geonameid: town.geonameid, population: town.population, featureCode: town.featureCode, mainName: town.mainName, project: town.source === 'project' });
  }
  if (found.length === 0 && isCountyName(name)) {
    found.push({ name, precision: 'region', country: null, admin1: null, lat: null, lon: null, geonameid: null, population: 0, featureCode: 'ADM2', mainName: true, project: false });
  }
  // "Northeast Georgia", "North Texas": part of a known region or country, placed at the whole.
  const compass = found.length === 0 ? COMPASS.exec(name) : null;
  if (compass !== null) {
    const whole = lookUpHypotheses(gazetteer, name.slice(compass[0].length), qualifying).filter((h) => h.precision !== 'city' && h.precision !== 'point');
    for (const h of whole) found.push({ ...h, name, precision: 'region' });
  }
  return found;
}

// Names recur across articles ("U.S.", "Texas"): their readings are kept, per gazetteer, up to this
// many names, then forgotten all at once (a bound on memory, not a policy).
const CACHE_LIMIT = 50_000;
const CACHES = new WeakMap<Gazetteer, Map<string, readonly PlaceHypothesis[]>>();

/** The readings of `name` (read-only, shared between calls); `qualifying` also reads two-letter codes as regions. */
export function placeHypotheses(gazetteer: Gazetteer, name: string, qualifying = false): readonly PlaceHypothesis[] {
  let cache = CACHES.get(gazetteer);
  if (cache === undefined) CACHES.set(gazetteer, (cache = new Map()));
  const key = qualifying ? `q:${name}` : name;
  let found = cache.get(key);
  if (found === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    found = lookUpHypotheses(gazetteer, name, qualifying);
    // A key cut from the article would keep its whole text alive in the cache.
    cache.set(detachedString(key), found);
  }
  return found;
}
