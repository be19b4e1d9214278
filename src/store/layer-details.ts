/**
 * The output fields a layer table has no column for, kept as one JSON object per row (the
 * `details` column, migration 008). The output contract grows by optional fields (docs/output.md:
 * additive only), so a record saved and read back is the record it was, with whatever fields the
 * pipeline that made it wrote, without a migration for each new field.
 *
 * @example detailsOf({ start: 0, end: 5, text: 'Paris', by: 'places.v4', precision: 'city', … }, PLACE_COLUMNS) // => '{"precision":"city"}'
 */

const SPAN_FIELDS = ['start', 'end', 'text', 'by', 'rule'];

/** The fields each layer table stores in columns of its own (schema-types.ts). */
export const DATELINE_COLUMNS: ReadonlySet<string> = new Set([...SPAN_FIELDS, 'place', 'placeText', 'date', 'agency']);
export const MENTION_COLUMNS: ReadonlySet<string> = new Set([...SPAN_FIELDS, 'kind']);
export const TIME_COLUMNS: ReadonlySet<string> = new Set([...SPAN_FIELDS, 'type', 'value']);
export const PLACE_COLUMNS: ReadonlySet<string> = new Set([...SPAN_FIELDS, 'name', 'country', 'admin1', 'lat', 'lon', 'geonameid']);
export const QUOTE_COLUMNS: ReadonlySet<string> = new Set([...SPAN_FIELDS, 'direct', 'speaker', 'cue', 'source']);
export const EVENT_COLUMNS: ReadonlySet<string> = new Set([
  ...SPAN_FIELDS, 'cameo', 'plover', 'mode', 'quad', 'goldstein', 'source', 'target', 'date', 'place', 'confidence',
]);

/** The item's fields outside `columns` as a JSON object, or null when it has none (undefined ones are absent). */
export function detailsOf(item: object, columns: ReadonlySet<string>): string | null {
  let extra: Record<string, unknown> | null = null;
  for (const [key, value] of Object.entries(item)) {
    if (columns.has(key) || value === undefined) continue;
    (extra ??= {})[key] = value;
  }
  return extra === null ? null : JSON.stringify(extra);
}

/** The fields a `details` value holds, to spread into the item read back; none when null. */
export function detailsFrom(details: string | null | undefined): Record<string, unknown> {
  if (details === null || details === undefined) return {};
  const parsed: unknown = JSON.parse(details);
  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed as Record<string, unknown> : {};
}
