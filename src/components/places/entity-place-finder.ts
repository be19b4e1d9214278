/**
 * Finder: the names the entities layer typed as places. NORP ("Omani", "Chinese") and the other
 * types are never places; only name mentions count (a pronoun or "the enclave" has no toponym).
 *
 * @example findEntityPlaces(entities) // => [{ start: 829, end: 839, text: 'Gaza Strip', source: 'entity', entityType: 'REGION', qualifier: null }]
 */
import type { Entity, EntityType } from '../../document/layers.js';
import type { PlaceCandidate } from './place-candidate.js';

export const PLACE_ENTITY_TYPES: ReadonlySet<EntityType> = new Set(['COUNTRY', 'CITY', 'REGION', 'LOCATION', 'FACILITY']);

export function findEntityPlaces(entities: readonly Entity[]): PlaceCandidate[] {
  const found: PlaceCandidate[] = [];
  for (const entity of entities) {
    if (!PLACE_ENTITY_TYPES.has(entity.type)) continue;
    for (const mention of entity.mentions) {
      if (mention.kind !== 'name') continue;
      found.push({ start: mention.start, end: mention.end, text: mention.text, source: 'entity', entityType: entity.type, qualifier: null });
    }
  }
  return found;
}
