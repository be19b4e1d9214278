/**
 * Finder: capitalised names the gazetteer knows that the entities layer may have missed. A run of
 * capitalised words is looked up whole; when the whole is unknown it is split at its connectors
 * ("Israel and Syria" gives both), never into loose words, so "Jordan Peterson" or "Paris Hilton"
 * yield nothing. Accepted: countries, areas other than single buildings, states and provinces by
 * their full names, counties, towns of 100,000 people or more, and a town of any size when a region
 * or country qualifies it ("Pandi, Bulacan" no; "Lebanon, Ohio" yes). A lone sentence-initial word
 * must be a country, area or state: "Reading" opening a sentence is not the English town.
 *
 * @example findGazetteerNames(gazetteer, 'Clashes in the West Bank.', new Set([0])) // => [{ start: 15, end: 24, text: 'West Bank', source: 'scan', ... }]
 */
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import type { PlaceCandidate } from './place-candidate.js';
import { placeHypotheses } from './place-hypotheses.js';
import { nameRuns } from './name-runs.js';
import type { RunWord } from './name-runs.js';
import { qualifierAfter } from './qualifier-finder.js';

const LARGE_TOWN = 100_000;
// Capitalised words that open a sentence or a title, never a place name's first word.
const LEADING_WORDS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'For', 'From', 'To', 'By', 'With', 'Of', 'And', 'But', 'Or', 'As', 'If', 'When', 'While',
  'After', 'Before', 'Since', 'During', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'His', 'Her',
  'Their', 'Our', 'Its', 'Mr', 'Mrs', 'Ms', 'Dr', 'Gov', 'Sen', 'Rep', 'President', 'Minister', 'Prime', 'Foreign', 'Near', 'Across',
  'Outside', 'Inside', 'Throughout', 'Both', 'All', 'Some', 'Many', 'Most', 'Several', 'Meanwhile', 'However', 'Also', 'THE', 'IN',
]);

// Calendar words are never a place on their own, whatever town bears the name ("May", "Monday").
const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);

function isAccepted(gazetteer: Gazetteer, name: string, lone: boolean, qualified: boolean): boolean {
  if (CALENDAR_WORDS.has(name)) return false;
  const readings = placeHypotheses(gazetteer, name);
  // Countries, areas other than buildings, divisions (two-letter codes are not read as such here) and counties.
  if (readings.some((h) => h.precision !== 'city' && h.precision !== 'point')) return true;
  if (lone) return false;
  const towns = readings.filter((h) => h.precision === 'city');
  if (qualified) return towns.length > 0;
  return towns.some((town) => town.mainName && town.population >= LARGE_TOWN);
}

function startsSentence(text: string, at: number, sentenceStarts: ReadonlySet<number>): boolean {
  if (sentenceStarts.has(at)) return true;
  let back = at - 1;
  while (back >= 0 && (text[back] === ' ' || text[back] === '"' || text[back] === '“' || text[back] === '(')) back--;
  return back < 0 || text[back] === '\n' || text[back] === '.' || text[back] === '!' || text[back] === '?';
}

/** Looks `words` up whole, else splits them at each connector and looks the parts up. */
function scanWords(gazetteer: Gazetteer, text: string, words: readonly RunWord[], sentenceStarts: ReadonlySet<number>, found: PlaceCandidate[]): void {
  let first = 0;
  while (first < words.length && (LEADING_WORDS.has(words[first]!.text) || words[first]!.connector)) first++;
  const rest = words.slice(first);
  if (rest.length === 0) return;
  const start = rest[0]!.start;
  const end = rest[rest.length - 1]!.end;
  const name = text.slice(start, end);
  const qualifier = qualifierAfter(gazetteer, text, end);
  const lone = rest.length === 1 && startsSentence(text, start, sentenceStarts);
  if (isAccepted(gazetteer, name, lone && qualifier === null, qualifier !== null)) {
    found.push({ start, end, text: name, source: 'scan', entityType: null, qualifier });
    if (qualifier !== null) found.push({ ...qualifier, source: 'scan', entityType: null, qualifier: null });
    return;
  }
  const split = rest.findIndex((word) => word.connector);
  if (split < 0) return;
  scanWords(gazetteer, text, rest.slice(0, split), sentenceStarts, found);
  scanWords(gazetteer, text, rest.slice(split + 1), sentenceStarts, found);
}

export function findGazetteerNames(gazetteer: Gazetteer, text: string, sentenceStarts: ReadonlySet<number>): PlaceCandidate[] {
  const found: PlaceCandidate[] = [];
  for (const run of nameRuns(text)) scanWords(gazetteer, text, run.words, sentenceStarts, found);
  return found;
}
