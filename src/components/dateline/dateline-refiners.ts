/**
 * Refiners: turn a finder's candidate into a dateline, or drop it. The agency must be a known one
 * when the style names an agency; a dateline without an agency must name a place the gazetteer knows
 * or be written in the capitals of wire copy, so that an ordinary first sentence ("However, March 3 -
 * ...") is not read as a dateline.
 */
import type { Dateline, PlaceRef } from '../../document/layers.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { resolveMisspelt, resolvePlace } from '../../gazetteer/place-resolver.js';
import type { ResolvedPlace } from '../../gazetteer/place-resolver.js';
import type { AgencyTable } from './agency-table.js';
import type { DatelineCandidate } from './dateline-finders.js';
import { resolveDatelineDate } from './dateline-date.js';
import { misspeltMonthNumber, monthNumber } from './month-names.js';

export interface DatelineContext {
  readonly gazetteer: Gazetteer;
  readonly agencies: AgencyTable;
  /** The document's publication date (ISO), the reference for the dateline's year. */
  readonly published: string | null;
  /** Provenance tag, e.g. "dateline.v1". */
  readonly by: string;
}

const HAS_LOWER = /\p{Ll}/u;
// A capitalised word alone before a dash is a dateline only if it names a sizeable place: wire
// headers such as "LEAD -" or "CORN -" are also the names of hamlets.
const PLACE_ALONE_MIN_POPULATION = 15_000;

function isSizeable(place: ResolvedPlace): boolean {
  return place.precision === 'country' || place.population >= PLACE_ALONE_MIN_POPULATION;
}

/**
 * The place of a dateline. A qualifier written without its comma ("FARMINGTON Conn.") is part of
 * the finder's town, so when the whole does not resolve its last word is tried as the qualifier.
 */
export function resolveDatelinePlace(gazetteer: Gazetteer, city: string, qualifier: string | null): ResolvedPlace | null {
  const resolved = resolvePlace(gazetteer, city, qualifier);
  if (resolved !== null || qualifier !== null) return resolved;
  const space = city.lastIndexOf(' ');
  if (space < 0) return null;
  const last = city.slice(space + 1);
  if (gazetteer.regions(last).length === 0 && gazetteer.countries(last).length === 0) return null;
  return resolvePlace(gazetteer, city.slice(0, space), last);
}

function placeRef(place: ResolvedPlace | null): PlaceRef | null {
  return place === null ? null : { name: place.name, country: place.country, lat: place.lat, lon: place.lon };
}

function dateOf(candidate: DatelineCandidate, published: string | null): string | null {
  if (candidate.month === null || candidate.day === null) return null;
  const month = candidate.oddDate ? misspeltMonthNumber(candidate.month) : monthNumber(candidate.month);
  const day = Number(candidate.day);
  return month === null || day < 1 || day > 31 ? null : resolveDatelineDate(month, day, published);
}

/** The dateline this candidate stands for, or null when it is not one. */
export function refineCandidate(text: string, candidate: DatelineCandidate, context: DatelineContext): Dateline | null {
  const agency = candidate.agency === null ? null : context.agencies.canonical(candidate.agency);
  if (candidate.agency !== null && agency === null) return null;
  const wireCapitals = !HAS_LOWER.test(candidate.city);
  const place = resolveDatelinePlace(context.gazetteer, candidate.city, candidate.qualifier)
    // A misspelt town is read only in wire capitals, where a dateline is already likely.
    ?? (wireCapitals && candidate.qualifier === null && (agency !== null || candidate.month !== null) ? resolveMisspelt(context.gazetteer, candidate.city) : null);
  // Even with an agency, words the gazetteer does not know must be in capitals: "The talks (Reuters) -".
  if (place === null && !wireCapitals) return null;
  if (agency === null) {
    if ((candidate.month === null || candidate.oddDate) && !(place !== null && wireCapitals)) return null;
    // "London, March 3 - 5 is when the fair runs": a range in a sentence; wire copy is in capitals.
    if (candidate.numberAfter && !wireCapitals) return null;
    if (candidate.rule === 'place-dash' && candidate.qualifier === null && !(place !== null && isSizeable(place))) return null;
  }
  return {
    start: candidate.start,
    end: candidate.end,
    text: text.slice(candidate.start, candidate.end),
    place: placeRef(place),
    placeText: text.slice(candidate.placeStart, candidate.placeEnd),
    date: dateOf(candidate, context.published),
    agency,
    by: context.by,
    rule: place === null ? `${candidate.rule}/unresolved-place` : `${candidate.rule}/${place.precision}`,
  };
}
