/**
 * Writes events as PLOVER JSON with POLECAT's field names ("Event ID", "Event Type", "Actor Name",
 * "Recipient Name", ...). Fields POLECAT fills from resources dateline does not have (COW codes,
 * Wikipedia ids, titles, intensity, contexts) are null, never guessed.
 */
import type { ActorRef, PoliticalEvent } from '../../document/layers.js';
import { eventNumber, placeOf, type EventExportInput } from './export-input.js';

export const PLOVER_VERSION = 'dateline-plover-0.1';

function actorFields(prefix: 'Actor' | 'Recipient', actor: ActorRef | null): Record<string, unknown> {
  const primary = prefix === 'Actor' ? 'Primary Actor Sector' : 'Primary Recipient Sector';
  return {
    [`${prefix} Name`]: actor?.name ?? null,
    [`${prefix} Country`]: actor?.country ?? null,
    [`${prefix} COW`]: null,
    [primary]: actor?.sector ?? null,
    [`${prefix} Sectors`]: actor?.sector ? [actor.sector] : [],
    [`${prefix} Title`]: null,
    [`${prefix} Name Raw`]: actor?.name ?? null,
    [`Wikipedia ${prefix} ID`]: null,
  };
}

export function ploverRecord(input: EventExportInput, event: PoliticalEvent): Record<string, unknown> {
  const place = placeOf(input, event);
  const names = (types: readonly string[]) => input.entities.filter((entity) => types.includes(entity.type)).map((entity) => entity.name);
  return {
    'Event ID': String(eventNumber(input.meta, event)),
    'Event Date': event.date ?? input.meta.published?.slice(0, 10) ?? null,
    'Event Type': event.plover,
    'Event Mode': event.mode,
    'Event Intensity': null,
    'Quad Code': event.quad,
    Contexts: [],
    ...actorFields('Actor', event.source),
    ...actorFields('Recipient', event.target),
    Placename: place?.name ?? event.place,
    City: null,
    District: null,
    Province: place?.admin1 ?? null,
    Country: place?.country ?? null,
    Latitude: place?.lat ?? null,
    Longitude: place?.lon ?? null,
    'GeoNames ID': place?.geonameid ?? null,
    'Raw Placename': place?.text ?? event.place,
    'Feature Type': null,
    Source: input.meta.source,
    'Publication Date': input.meta.published,
    'Story People': names(['PERSON']),
    'Story Organizations': names(['ORG']),
    'Story Locations': names(['COUNTRY', 'CITY', 'REGION', 'LOCATION']),
    Language: input.meta.language,
    Version: PLOVER_VERSION,
  };
}

/** A JSON array of PLOVER records. */
export function writePlover(inputs: readonly EventExportInput[]): string {
  const records = inputs.flatMap((input) => input.events.map((event) => ploverRecord(input, event)));
  return `${JSON.stringify(records, null, 2)}\n`;
}
