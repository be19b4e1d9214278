/**
 * Writes events as GDELT 2.0 Events rows: 61 tab-separated columns, no header, in the layout of
 * the real files (gdelt-columns.ts). Values GDELT has and dateline does not compute (tone, ethnic
 * and religion codes, actor geography) are left empty rather than invented; NumMentions,
 * NumSources and NumArticles are 1 because each row comes from one article.
 *
 * @example writeGdelt([input], { addedAt: new Date('2023-11-02T00:00:00Z') }) // '…\t190\t190\t19\t4\t-10.0\t…\n'
 */
import type { ActorRef, Place, PoliticalEvent } from '../../document/layers.js';
import { GDELT_COLUMN_NAMES } from './gdelt-columns.js';
import { eventNumber, placeOf, sectorCode, type EventExportInput } from './export-input.js';
import { loadFipsTable } from './fips-table.js';

export interface GdeltOptions {
  /** DATEADDED: when the rows are written. */
  readonly addedAt: Date;
  readonly fips?: ReadonlyMap<string, string>;
}

function clean(value: string): string {
  return value.replace(/[\t\r\n]+/g, ' ');
}

function compactDate(iso: string | null): string {
  return iso !== null && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10).replace(/-/g, '') : '';
}

/** GDELT's FractionDate: year + ((month - 1) * 30 + day) / 365, four decimals. */
function fractionDate(sqlDate: string): string {
  if (sqlDate === '') return '';
  const year = Number(sqlDate.slice(0, 4));
  const month = Number(sqlDate.slice(4, 6));
  const day = Number(sqlDate.slice(6, 8));
  return (year + ((month - 1) * 30 + day) / 365).toFixed(4);
}

function score(value: number): string {
  return Number.isInteger(value) ? value.toFixed(1) : String(value);
}

function actorColumns(actor: ActorRef | null): string[] {
  if (actor === null) return new Array<string>(10).fill('');
  const country = actor.country !== null && /^[A-Z]{3}$/.test(actor.country) && actor.country !== 'IGO' ? actor.country : '';
  const sector = sectorCode(actor.sector);
  const code = `${actor.country === 'IGO' ? 'IGO' : country}${sector}`;
  return [code, clean(actor.name.toUpperCase()), country, '', '', '', '', sector, '', ''];
}

function geoColumns(place: Place | null, fips: ReadonlyMap<string, string>): string[] {
  if (place === null) return ['0', '', '', '', '', '', '', ''];
  const code = place.country === 'PSE' && /gaza/i.test(place.name) ? 'GZ' : (place.country !== null ? fips.get(place.country) ?? '' : '');
  // GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (first-level division).
  const precision = place.precision ?? (place.admin1 === null && place.geonameid === null ? 'country' : 'city');
  const isCountry = precision === 'country';
  const us = place.country === 'USA';
  const type = isCountry ? '1' : precision === 'admin1' ? (us ? '2' : '5') : us ? '3' : '4';
  const adm1 = code !== '' && place.admin1 !== null && /^[0-9A-Z]{2}$/.test(place.admin1) ? `${code}${place.admin1}` : code;
  const coordinate = (value: number | null) => (value === null ? '' : String(value));
  const feature = isCountry ? code : place.geonameid === null ? '' : String(place.geonameid);
  return [type, clean(place.name), code, adm1, '', coordinate(place.lat), coordinate(place.lon), feature];
}

function timestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

export function gdeltRow(input: EventExportInput, event: PoliticalEvent, options: GdeltOptions): string[] {
  const fips = options.fips ?? loadFipsTable();
  const sqlDate = compactDate(event.date ?? input.meta.published);
  const root = event.cameo.slice(0, 2);
  const base = event.cameo.slice(0, 3);
  const row = [
    String(eventNumber(input.meta, event)), sqlDate, sqlDate.slice(0, 6), sqlDate.slice(0, 4), fractionDate(sqlDate),
    ...actorColumns(event.source), ...actorColumns(event.target),
    input.leadEnd !== null && event.start < input.leadEnd ? '1' : '0',
    event.cameo, base, root, String(event.quad), score(event.goldstein), '1', '1', '1', '',
    ...geoColumns(null, fips), ...geoColumns(null, fips), ...geoColumns(placeOf(input, event), fips),
    timestamp(options.addedAt), clean(input.meta.url ?? input.meta.id),
  ];
  if (row.length !== GDELT_COLUMN_NAMES.length) throw new Error(`GDELT row has ${row.length} columns, not ${GDELT_COLUMN_NAMES.length}`);
  return row;
}

export function writeGdelt(inputs: readonly EventExportInput[], options: GdeltOptions): string {
  let text = '';
  for (const input of inputs) for (const event of input.events) text += `${gdeltRow(input, event, options).join('\t')}\n`;
  return text;
}
