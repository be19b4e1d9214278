/**
 * Refiner: places counties ("Laurel County", "Jefferson Parish"), which the gazetteer lacks. A county
 * lies in the state its qualifier names or, failing that, in the state the article's towns are in;
 * it is put at the middle of the article's towns in that state (local news names the county its
 * towns are in), else at the state's centre, else it stays unplaced.
 *
 * @example placeCounties(gazetteer, resolved) // "Laurel County" beside London, Ky. → near London, Ky.
 */
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import type { PlaceHypothesis, ResolvedCandidate } from './place-candidate.js';
import { placeHypotheses } from './place-hypotheses.js';

// Countries whose first-level divisions are made of counties, parishes or boroughs written "X County":
// a county is never put in France because the article also names Paris.
const COUNTY_COUNTRIES: ReadonlySet<string> = new Set(['USA', 'CAN', 'GBR', 'IRL', 'LBR', 'KEN', 'CHN', 'TWN', 'HUN', 'ROU', 'HRV', 'EST', 'LTU', 'SWE', 'NOR', 'POL']);

function isUnplacedCounty(hypothesis: PlaceHypothesis | null): hypothesis is PlaceHypothesis {
  return hypothesis !== null && hypothesis.featureCode === 'ADM2' && hypothesis.lat === null;
}

/** The division most of the article's resolved places lie in, as "country|admin1". */
function leadingDivision(resolved: readonly ResolvedCandidate[]): string | null {
  const counts = new Map<string, number>();
  for (const { hypothesis } of resolved) {
    if (hypothesis === null || hypothesis.country === null || hypothesis.admin1 === null || hypothesis.precision === 'country') continue;
    if (!COUNTY_COUNTRIES.has(hypothesis.country)) continue;
    const key = `${hypothesis.country}|${hypothesis.admin1}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [key, count] of counts) if (best === null || count > counts.get(best)!) best = key;
  return best;
}

function divisionOf(gazetteer: Gazetteer, resolved: ResolvedCandidate): string | null {
  const qualifier = resolved.candidate.qualifier;
  if (qualifier === null) return null;
  const region = placeHypotheses(gazetteer, qualifier.text, true).find((h) => h.precision === 'admin1');
  return region ? `${region.country}|${region.admin1}` : null;
}

export function placeCounties(gazetteer: Gazetteer, resolved: readonly ResolvedCandidate[]): ResolvedCandidate[] {
  // A hidden county (one an organisation is named after) is evidence only: it is not placed.
  const toPlace = (r: ResolvedCandidate): boolean => r.candidate.hidden !== true && isUnplacedCounty(r.hypothesis);
  if (!resolved.some(toPlace)) return [...resolved];
  const leading = leadingDivision(resolved);
  return resolved.map((item) => {
    if (!toPlace(item) || item.hypothesis === null) return item;
    // A parish with no state written is Louisiana's (the one US state of parishes).
    const division = divisionOf(gazetteer, item) ?? (/ Parish$/u.test(item.hypothesis.name) ? 'USA|LA' : leading);
    if (division === null) return item;
    const [country, admin1] = division.split('|') as [string, string];
    const towns = resolved.filter(({ hypothesis: h }) => h !== null && h.precision === 'city' && h.country === country && h.admin1 === admin1 && h.lat !== null && h.lon !== null);
    const centre = towns.length > 0
      ? { lat: towns.reduce((sum, t) => sum + t.hypothesis!.lat!, 0) / towns.length, lon: towns.reduce((sum, t) => sum + t.hypothesis!.lon!, 0) / towns.length }
      : gazetteer.regionCentre({ name: '', country, admin1 });
    if (centre === null) return item;
    return { ...item, hypothesis: { ...item.hypothesis, country, admin1, lat: centre.lat, lon: centre.lon }, rule: towns.length > 0 ? 'county-near-towns' : 'county-in-state' };
  });
}
