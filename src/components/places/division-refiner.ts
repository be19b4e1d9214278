/**
 * Refiner: marks the names the text itself calls states or provinces. "Washington state", "the
 * state of Washington", and a name listed among states ("Utah, Virginia, Washington and Wyoming")
 * mean the division, not the capital or town of that name.
 *
 * @example markDivisions(gazetteer, 'a Washington state farm', candidates) // "Washington" → division: true
 */
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import type { PlaceCandidate } from './place-candidate.js';
import { placeHypotheses } from './place-hypotheses.js';

const STATE_AFTER = /^ (?:state|province)\b/u;
const STATE_BEFORE = /\b(?:state|province) of $/u;
const LIST_JOINER = /^(?:,| and|, and| or|, or|\/) ?$/u;

function isDivisionName(gazetteer: Gazetteer, name: string): boolean {
  return placeHypotheses(gazetteer, name).some((h) => h.precision === 'admin1');
}

/** Only a division's name, never a country's ("Georgia, Armenia and Azerbaijan" are countries). */
function isOnlyDivision(gazetteer: Gazetteer, name: string): boolean {
  const readings = placeHypotheses(gazetteer, name);
  return readings.some((h) => h.precision === 'admin1') && !readings.some((h) => h.precision === 'country');
}

function listedWith(gazetteer: Gazetteer, text: string, a: PlaceCandidate, b: PlaceCandidate | undefined): boolean {
  if (b === undefined) return false;
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  if (second.start - first.end > 6) return false;
  return LIST_JOINER.test(text.slice(first.end, second.start)) && isOnlyDivision(gazetteer, b.text);
}

export function markDivisions(gazetteer: Gazetteer, text: string, candidates: readonly PlaceCandidate[]): PlaceCandidate[] {
  return candidates.map((candidate, i) => {
    if (candidate.qualifier !== null) return candidate;
    // The text first (cheap), the gazetteer only for the few names it points at.
    const said = (text[candidate.end] === ' ' && STATE_AFTER.test(text.slice(candidate.end, candidate.end + 10)))
      || (text[candidate.start - 2] === 'f' && STATE_BEFORE.test(text.slice(Math.max(0, candidate.start - 12), candidate.start)));
    const listed = !said && (listedWith(gazetteer, text, candidate, candidates[i - 1]) || listedWith(gazetteer, text, candidate, candidates[i + 1]));
    return (said || listed) && isDivisionName(gazetteer, candidate.text) ? { ...candidate, division: true } : candidate;
  });
}
