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

const MODEL_TYPES: Readonly<Record<string, EntityType>> = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOCATION', MISC: 'MISC' };

function gazetteerType(entry: GazetteerEntry): MentionType {
  if (entry.kind === 'country') return { type: 'COUNTRY', country: entry.country, rule: 'country-name' };
  if (entry.kind === 'demonym') return { type: 'NORP', country: entry.country, rule: 'demonym' };
  return { type: 'CITY', country: entry.country, rule: 'capital' };
}

/** A plural demonym's singular ("Israelis" → "israeli"), or null. */
function singular(lower: string): string | null {
  return lower.length > 4 && lower.endsWith('s') ? lower.slice(0, -1) : null;
}

export function typeMention(words: readonly string[], modelType: string, gazetteer: CountryGazetteer): MentionType {
  const lower = words.map((w) => w.toLowerCase());
  const key = lower.join(' ');
  if (modelType === 'LOC' || modelType === 'MISC') {
    // "Czech" names the country in "beat Czech 2-1" and its people in "Czech officials": the model read the context.
    const either = gazetteer.countryOrPeople.get(key);
    if (either !== undefined) return { type: modelType === 'LOC' ? 'COUNTRY' : 'NORP', country: either, rule: 'country-or-people' };
    const entry = gazetteer.phrases.get(key);
    if (entry) return gazetteerType(entry);
    const one = singular(key);
    const plural = one === null ? undefined : gazetteer.phrases.get(one);
    if (plural?.kind === 'demonym') return gazetteerType(plural);
  }
  const head = lower[lower.length - 1] ?? '';
  if (modelType === 'LOC') {
    if (REGION_HEADS.has(head)) return { type: 'REGION', country: null, rule: 'region-head' };
    if (LOCATION_HEADS.has(head) || (lower.length > 1 && LOCATION_HEADS.has(lower[0]!))) return { type: 'LOCATION', country: null, rule: 'location-head' };
    if (FACILITY_HEADS.has(head)) return { type: 'FACILITY', country: null, rule: 'facility-head' };
  }
  if (modelType === 'MISC' && EVENT_HEADS.has(head) && words.length > 1) return { type: 'EVENT', country: null, rule: 'event-head' };
  return { type: MODEL_TYPES[modelType] ?? 'MISC', country: null, rule: 'model' };
}
