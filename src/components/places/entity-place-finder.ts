/**
 * Finder: the names the entities layer typed as places. NORP ("Omani", "Chinese") and the other
 * types are never places; only name mentions count (a pronoun or "the enclave" has no toponym), and
 * never a day of the calendar ("Christmas", "May").
 *
 * @example findEntityPlaces(entities) // => [{ start: 829, end: 839, text: 'Gaza Strip', source: 'entity', entityType: 'REGION', qualifier: null }]
 */
import type { Entity, EntityType } from '../../document/layers.js';
import type { PlaceCandidate } from './place-candidate.js';

export const PLACE_ENTITY_TYPES: ReadonlySet<EntityType> = new Set(['COUNTRY', 'CITY', 'REGION', 'LOCATION', 'FACILITY']);

// Days of the calendar the model sometimes types as places; towns bear these names too ("Christmas", Florida).
const CALENDAR_NAMES: ReadonlySet<string> = new Set([
  'Christmas', 'Easter', 'Thanksgiving', 'Halloween', 'Hanukkah', 'Ramadan', 'Passover', 'Lent', 'Advent', 'Eid', 'Diwali',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);

export function findEntityPlaces(entities: readonly Entity[]): PlaceCandidate[] {
  const found: PlaceCandidate[] = [];
  for (const entity of entities) {
    if (!PLACE_ENTITY_TYPES.has(entity.type)) continue;
    for (const mention of entity.mentions) {
      if (mention.kind !== 'name' || CALENDAR_NAMES.has(mention.text)) continue;
      found.push({ start: mention.start, end: mention.end, text: mention.text, source: 'entity', entityType: entity.type, qualifier: null });
    }
  }
  return found;
}
