/**
 * Refines the model's four types into the output's finer ones, with the country where it is
 * certain: a country name is COUNTRY, a demonym is NORP ("Omani", "Israelis"), a capital is a CITY,
 * each with its country; a word that is both a country and its people ("Thai", "Czech") keeps the
 * model's reading; other places are typed by their head word ("Gaza Strip" → REGION).
 *
 * @example typeMention(['Omani'], 'MISC', gazetteer) → { type: 'NORP', country: 'OMN', rule: 'demonym' }
 */
import type { CountryCode, EntityType } from '../../document/layers.js';
import type { CountryGazetteer, GazetteerEntry } from './country-gazetteer.js';

export interface MentionType {
  readonly type: EntityType;
  readonly country: CountryCode | null;
  /** Which rule decided: `model` when the model's type was only mapped. */
  readonly rule: string;
}

// Head words that say what kind of place a name is; a user-facing table belongs in data/ once the
// places work (issue 4) has a gazetteer format to hold it.
const REGION_HEADS = new Set(['province', 'region', 'state', 'county', 'oblast', 'krai', 'district', 'territory', 'territories', 'strip', 'bank', 'prefecture', 'governorate', 'canton', 'republic']);
const LOCATION_HEADS = new Set(['river', 'sea', 'ocean', 'lake', 'gulf', 'mountains', 'mount', 'valley', 'desert', 'island', 'islands', 'peninsula', 'strait', 'bay', 'coast', 'heights', 'canal']);
const FACILITY_HEADS = new Set(['airport', 'port', 'bridge', 'stadium', 'hospital', 'palace', 'square', 'station', 'building', 'tower', 'dam', 'prison', 'base', 'embassy', 'plant', 'crossing']);
const EVENT_HEADS = new Set(['war', 'summit', 'olympics', 'games', 'cup', 'championship', 'championships', 'forum', 'conference', 'festival', 'election', 'elections', 'revolution', 'uprising', 'crisis', 'open']);

/** The answers that name no country, made once and shared: every name of the text gets one. */
const fixed = (type: EntityType, rule: string): MentionType => Object.freeze({ type, country: null, rule });
const REGION = fixed('REGION', 'region-head');
const LOCATION = fixed('LOCATION', 'location-head');
const FACILITY = fixed('FACILITY', 'facility-head');
const EVENT = fixed('EVENT', 'event-head');
const MODEL_TYPES: ReadonlyMap<string, MentionType> = new Map([
  ['PER', fixed('PERSON', 'model')], ['ORG', fixed('ORG', 'model')], ['LOC', fixed('LOCATION', 'model')], ['MISC', fixed('MISC', 'model')],
]);
const OTHER = fixed('MISC', 'model');

function gazetteerType(entry: GazetteerEntry): MentionType {
  if (entry.kind === 'country') return { type: 'COUNTRY', country: entry.country, rule: 'country-name' };
  if (entry.kind === 'demonym') return { type: 'NORP', country: entry.country, rule: 'demonym' };
  return { type: 'CITY', country: entry.country, rule: 'capital' };
}

/** The last word in lower case, or '' for none. */
function lastWord(words: readonly string[]): string {
  return words.length > 0 ? words[words.length - 1]!.toLowerCase() : '';
}

/** A plural demonym's singular ("Israelis" → "israeli"), or null. */
function singular(lower: string): string | null {
  return lower.length > 4 && lower.endsWith('s') ? lower.slice(0, -1) : null;
}

export function typeMention(words: readonly string[], modelType: string, gazetteer: CountryGazetteer): MentionType {
  if (modelType === 'LOC' || modelType === 'MISC') {
    const key = words.map((w) => w.toLowerCase()).join(' ');
    // "Czech" names the country in "beat Czech 2-1" and its people in "Czech officials": the model read the context.
    const either = gazetteer.countryOrPeople.get(key);
    if (either !== undefined) return { type: modelType === 'LOC' ? 'COUNTRY' : 'NORP', country: either, rule: 'country-or-people' };
    const entry = gazetteer.phrases.get(key);
    if (entry) return gazetteerType(entry);
    const one = singular(key);
    const plural = one === null ? undefined : gazetteer.phrases.get(one);
    if (plural?.kind === 'demonym') return gazetteerType(plural);
  }
  // Head words are read only for places and other names: a person's name needs no lower-casing.
  if (modelType === 'LOC') {
    const head = lastWord(words);
    if (REGION_HEADS.has(head)) return REGION;
    if (LOCATION_HEADS.has(head) || (words.length > 1 && LOCATION_HEADS.has(words[0]!.toLowerCase()))) return LOCATION;
    if (FACILITY_HEADS.has(head)) return FACILITY;
  }
  if (modelType === 'MISC' && words.length > 1 && EVENT_HEADS.has(lastWord(words))) return EVENT;
  return MODEL_TYPES.get(modelType) ?? OTHER;
}
