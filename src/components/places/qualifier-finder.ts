/**
 * The region or country written right after a place, after a comma: "Paris, Texas", "Aleppo, Syria",
 * "Portland, Maine", "Charleston, W.Va.". Only a name the gazetteer knows as a first-level division or
 * a country qualifies; "Paris, where" or "Smith, Jones" do not.
 *
 * @example qualifierAfter(gazetteer, 'in Paris, Texas, on', 8) // => { start: 10, end: 15, text: 'Texas' }
 */
import type { Span } from '../../document/span.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { nameRuns } from './name-runs.js';

// Room for the comma, a space and the longest qualifier ("Newfoundland and Labrador").
const LOOK_AHEAD = 40;

export function qualifierAfter(gazetteer: Gazetteer, text: string, end: number): Span | null {
  if (text[end] !== ',') return null;
  const run = nameRuns(text, end + 1, Math.min(text.length, end + LOOK_AHEAD))[0];
  if (run === undefined || run.start > end + 3) return null;
  // The longest leading part of the run that names a region or country ("W.Va." of "W.Va. Gov"), whole run first.
  for (let count = run.words.length; count > 0; count--) {
    const last = run.words[count - 1]!;
    if (last.connector) continue;
    const name = text.slice(run.start, last.end);
    if (gazetteer.regions(name).length > 0 || gazetteer.countries(name).length > 0) return { start: run.start, end: last.end, text: name };
  }
  return null;
}
