/**
 * Refiner: places what the gazetteer cannot, by the article's own towns. A county ("Laurel County",
 * "Jefferson Parish", or a name in a list of counties: "Barrow, Jackson and Madison counties") lies in
 * the state its qualifier names or, failing that, in the state most of the article's names are in; it
 * is put at the middle of the article's towns in that state (local news names the county its towns are
 * in), else at the state's town of the county's name, else at the state's centre. A name the entities
 * layer calls a place but no gazetteer knows ("Harwinton", "Griffith Park", a township, a river) is,
 * in the same way, put at the middle of the article's towns in its leading division: local news names
 * the small places around it, which a gazetteer of towns of 500 people lacks. With no such towns it
 * stays unplaced.
 *
 * @example placeCounties(gazetteer, resolved) // "Laurel County" beside London, Ky. → near London, Ky.
 */
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { placeKey } from '../../gazetteer/place-key.js';
import type { GazetteerEntry } from '../../gazetteer/gazetteer-entry.js';
import type { PlaceCandidate, PlaceHypothesis, ResolvedCandidate } from './place-candidate.js';
import { isCountyName, placeHypotheses } from './place-hypotheses.js';

// Countries whose first-level divisions are made of counties, parishes or boroughs written "X County":
// a county is never put in France because the article also names Paris.
const COUNTY_COUNTRIES: ReadonlySet<string> = new Set(['USA', 'CAN', 'GBR', 'IRL', 'LBR', 'KEN', 'CHN', 'TWN', 'HUN', 'ROU', 'HRV', 'EST', 'LTU', 'SWE', 'NOR', 'POL']);

// After a name, the rest of a list of names that ends in the plural "counties" or "parishes": "Barrow,
// Jackson and Madison counties" names three counties, none of them written with "County".
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}`;
const COUNTY_LIST_REST = new RegExp(String.raw`^(?:(?:,|,? and|,? or|,? &) ${NAME})* (?:counties|parishes)\b`, 'u');
const LIST_LOOKAHEAD = 160;

/** Marks the names a list of counties holds ("Clarke and Oconee counties"); the rest are left as they are. */
export function markCountyLists(gazetteer: Gazetteer, text: string, candidates: readonly PlaceCandidate[]): PlaceCandidate[] {
  // Most stories name no counties at all: two searches of the text spare one per candidate.
  if (!text.includes(' counties') && !text.includes(' parishes')) return [...candidates];
  return candidates.map((candidate) => {
    // The text first (cheap): a list goes on with a comma or a conjunction, or ends right here.
    const next = text[candidate.end];
    if (next !== ',' && next !== ' ') return candidate;
    if (candidate.qualifier !== null || isCountyName(candidate.text)) return candidate;
    const rest = text.slice(candidate.end, candidate.end + LIST_LOOKAHEAD);
    if (!rest.includes(' counties') && !rest.includes(' parishes')) return candidate;
    const list = COUNTY_LIST_REST.exec(rest);
    if (list === null) return candidate;
    // "Georgia counties", "Northeast Georgia counties": the counties of a state, not one of them.
    if (placeHypotheses(gazetteer, candidate.text).some((h) => h.precision !== 'city')) return candidate;
    return { ...candidate, county: list[0].endsWith('parishes') ? 'Parish' : 'County' };
  });
}

function isUnplacedCounty(hypothesis: PlaceHypothesis | null): hypothesis is PlaceHypothesis {
  return hypothesis !== null && hypothesis.featureCode === 'ADM2' && hypothesis.lat === null;
}

/**
 * The division most of the article's resolved places lie in, as "country|admin1". Names are counted
 * once however often they recur (a school called "Scott" named ten times is one vote, not ten); the
 * mentions only break a tie.
 */
function leadingDivision(resolved: readonly ResolvedCandidate[], countries: ReadonlySet<string> | null): string | null {
  const tally = new Map<string, { names: Set<string>; mentions: number }>();
  for (const { candidate, hypothesis } of resolved) {
    if (hypothesis === null || hypothesis.country === null || hypothesis.admin1 === null || hypothesis.precision === 'country') continue;
    if (countries !== null && !countries.has(hypothesis.country)) continue;
    const key = `${hypothesis.country}|${hypothesis.admin1}`;
    let counts = tally.get(key);
    if (counts === undefined) tally.set(key, (counts = { names: new Set(), mentions: 0 }));
    counts.names.add(placeKey(candidate.text));
    counts.mentions++;
  }
  let best: string | null = null;
  let most = { names: 0, mentions: 0 };
  for (const [key, counts] of tally) {
    if (counts.names.size > most.names || (counts.names.size === most.names && counts.mentions > most.mentions)) {
      best = key;
      most = { names: counts.names.size, mentions: counts.mentions };
    }
  }
  return best;
}

function divisionOf(gazetteer: Gazetteer, resolved: ResolvedCandidate): string | null {
  const qualifier = resolved.candidate.qualifier;
  if (qualifier === null) return null;
  const region = placeHypotheses(gazetteer, qualifier.text, true).find((h) => h.precision === 'admin1');
  return region ? `${region.country}|${region.admin1}` : null;
}

/**
 * The largest town of the state that bears the county's name ("Alachua" for Alachua County, Fla.):
 * counties are often named after, or name, a town inside them, which lies nearer the county than the
 * state's centre does.
 */
function namesakeTown(gazetteer: Gazetteer, county: string, country: string, admin1: string): { lat: number; lon: number } | null {
  const stem = county.slice(0, county.lastIndexOf(' '));
  let best: GazetteerEntry | null = null;
  for (const town of gazetteer.places(stem)) {
    if (town.mainName && town.country === country && town.admin1 === admin1 && (best === null || town.population > best.population)) best = town;
  }
  return best;
}

/** A name the entities layer calls a place that no gazetteer knows ("Harwinton", "Griffith Park"); never a building. */
function isUnknownPlace(r: ResolvedCandidate): boolean {
  return r.hypothesis === null && r.candidate.source === 'entity' && r.candidate.entityType !== 'FACILITY';
}

function unknownHypothesis(name: string): PlaceHypothesis {
  return { name, precision: 'region', country: null, admin1: null, lat: null, lon: null, geonameid: null, population: 0, featureCode: '', mainName: true, project: false };
}

export function placeCounties(gazetteer: Gazetteer, resolved: readonly ResolvedCandidate[]): ResolvedCandidate[] {
  // A hidden name (one an organisation is named after) is evidence only: it is not placed.
  const toPlace = (r: ResolvedCandidate): boolean => r.candidate.hidden !== true && (isUnplacedCounty(r.hypothesis) || isUnknownPlace(r));
  if (!resolved.some(toPlace)) return [...resolved];
  const leadingCounties = leadingDivision(resolved, COUNTY_COUNTRIES);
  const leadingAnywhere = leadingDivision(resolved, null);
  // The article's towns in each division, gathered once however many names it places there.
  const townsIn = new Map<string, ResolvedCandidate[]>();
  return resolved.map((original) => {
    if (!toPlace(original)) return original;
    const unknown = original.hypothesis === null;
    const hypothesis = original.hypothesis ?? unknownHypothesis(original.candidate.text);
    // A parish with no state written is Louisiana's (the one US state of parishes).
    const division = unknown ? leadingAnywhere : divisionOf(gazetteer, original) ?? (/ Parish$/u.test(hypothesis.name) ? 'USA|LA' : leadingCounties);
    if (division === null) return original;
    const [country, admin1] = division.split('|') as [string, string];
    const placed = (lat: number, lon: number, rule: string): ResolvedCandidate => ({ ...original, hypothesis: { ...hypothesis, country, admin1, lat, lon }, rule });
    let towns = townsIn.get(division);
    if (towns === undefined) {
      townsIn.set(division, (towns = resolved.filter(({ hypothesis: h }) => h !== null && h.precision === 'city' && h.country === country && h.admin1 === admin1 && h.lat !== null && h.lon !== null)));
    }
    if (towns.length > 0) {
      const lat = towns.reduce((sum, t) => sum + t.hypothesis!.lat!, 0) / towns.length;
      const lon = towns.reduce((sum, t) => sum + t.hypothesis!.lon!, 0) / towns.length;
      return placed(lat, lon, unknown ? 'unknown-near-towns' : 'county-near-towns');
    }
    // An unknown name with no town of the article beside it stays unplaced: a state's middle is too wide a guess.
    if (unknown) return original;
    const namesake = namesakeTown(gazetteer, hypothesis.name, country, admin1);
    if (namesake !== null) return placed(namesake.lat, namesake.lon, 'county-namesake');
    const centre = gazetteer.regionCentre({ name: '', country, admin1 });
    return centre === null ? original : placed(centre.lat, centre.lon, 'county-in-state');
  });
}
