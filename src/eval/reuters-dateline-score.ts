/**
 * Scores the dateline component on Reuters-21578. Each story's text is rebuilt as it went out on the
 * wire, `<DATELINE>` then `<BODY>` ("ROCHESTER, N.Y., Feb 26 - Champion Products Inc said ..."),
 * because the collection cut the dateline out of the body; `<DATE>` is the publication date.
 *
 * A place is right when the place text found is the gold's (ignoring case and punctuation) and it
 * resolves to a gazetteer entry; the country is further checked against the story's `<PLACES>` tags,
 * which list the countries a story is about (a London dateline on a story about Japan disagrees
 * without being wrong, so that figure is reported apart). A date is right when it equals the gold's
 * month and day in the year of `<DATE>`.
 */
import type { Dateline } from '../document/layers.js';
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import { placeKey } from '../gazetteer/place-key.js';
import { goldDate, parseGoldDateline } from './reuters-dateline-gold.js';
import type { ReutersStory } from './reuters-sgml.js';

export type ErrorKind = 'not-found' | 'place-text' | 'place-unresolved' | 'date-wrong' | 'country-not-in-places';

export interface ReutersDatelineCounts {
  withDateline: number;
  found: number;
  placeTextRight: number;
  placeRight: number;
  dateRight: number;
  placeAndDateRight: number;
  countryChecked: number;
  countryInPlaces: number;
  readonly errors: Map<ErrorKind, { count: number; examples: string[] }>;
}

export function emptyCounts(): ReutersDatelineCounts {
  return { withDateline: 0, found: 0, placeTextRight: 0, placeRight: 0, dateRight: 0, placeAndDateRight: 0, countryChecked: 0, countryInPlaces: 0, errors: new Map() };
}

/** The wire text of a story: its dateline (indentation removed) followed by its body. */
export function wireText(story: ReutersStory): string {
  return `${(story.dateline ?? '').trimStart()}${story.body ?? ''}`;
}

function addError(counts: ReutersDatelineCounts, kind: ErrorKind, example: string, keep: number): void {
  const entry = counts.errors.get(kind) ?? { count: 0, examples: [] };
  entry.count++;
  if (entry.examples.length < keep) entry.examples.push(example);
  counts.errors.set(kind, entry);
}

/** alpha-3 codes of a story's <PLACES> ("west-germany" → DEU); codes the gazetteer cannot read are skipped. */
function placesCountries(gazetteer: Gazetteer, places: readonly string[]): Set<string> {
  return new Set(places.flatMap((code) => gazetteer.countries(code.replace(/-/g, ' ')).map((country) => country.alpha3)));
}

/** Adds one story with a gold dateline to the counts. */
export function scoreStory(counts: ReutersDatelineCounts, story: ReutersStory, found: Dateline | null, gazetteer: Gazetteer, keep: number): void {
  const gold = parseGoldDateline(story.dateline ?? '');
  const label = `#${story.id} gold "${story.dateline?.trim()}"`;
  counts.withDateline++;
  if (found === null) {
    addError(counts, 'not-found', label, keep);
    return;
  }
  counts.found++;
  const shown = `${label} found "${found.text}" → ${found.place ? `${found.place.name}/${found.place.country}` : 'no place'}, ${found.date}`;
  const textRight = found.placeText !== null && placeKey(found.placeText) === placeKey(gold.place);
  if (textRight) counts.placeTextRight++;
  else addError(counts, 'place-text', shown, keep);
  if (textRight && found.place !== null) counts.placeRight++;
  else if (textRight) addError(counts, 'place-unresolved', shown, keep);
  const dateRight = found.date === goldDate(gold, story.published);
  if (dateRight) counts.dateRight++;
  else addError(counts, 'date-wrong', shown, keep);
  if (dateRight && textRight && found.place !== null) counts.placeAndDateRight++;
  const countries = placesCountries(gazetteer, story.places);
  if (found.place?.country && countries.size > 0) {
    counts.countryChecked++;
    if (countries.has(found.place.country)) counts.countryInPlaces++;
    else addError(counts, 'country-not-in-places', `${shown} places ${story.places.join(',')}`, keep);
  }
}
