/**
 * What every event export reads: one article's metadata and its layers. Writers never look at
 * anything else, so they can run on stored records as well as on fresh pipeline output.
 */
import type { ArticleMeta } from '../../document/document.js';
import type { Entity, Place, PoliticalEvent } from '../../document/layers.js';

export interface EventExportInput {
  readonly meta: ArticleMeta;
  readonly events: readonly PoliticalEvent[];
  readonly places: readonly Place[];
  readonly entities: readonly Entity[];
  /** End offset of the lead sentence (GDELT's IsRootEvent), or null when unknown. */
  readonly leadEnd: number | null;
}

/** A stable numeric id for an event: 48 bits of FNV-1a over the article id and the event's identity. */
export function eventNumber(meta: ArticleMeta, event: PoliticalEvent): number {
  const key = `${meta.id}\u0000${event.start}\u0000${event.end}\u0000${event.cameo}\u0000${event.source?.name ?? ''}\u0000${event.target?.name ?? ''}`;
  let low = 0x811c9dc5;
  let high = 0x050c5d1f;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    low = Math.imul(low ^ code, 0x01000193) >>> 0;
    high = Math.imul(high ^ code, 0x01000193) >>> 0;
  }
  return (high & 0xffff) * 2 ** 32 + low;
}

/** The event's place in the places layer, by name, when the places component found it. */
export function placeOf(input: EventExportInput, event: PoliticalEvent): Place | null {
  if (event.place === null) return null;
  return input.places.find((place) => place.name === event.place) ?? null;
}

/** A three-letter CAMEO sector code from an actor's sector, or '' when it is not one. */
export function sectorCode(sector: string | null): string {
  return sector !== null && /^[A-Za-z]{3}$/.test(sector) ? sector.toUpperCase() : '';
}
