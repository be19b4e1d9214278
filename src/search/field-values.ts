/**
 * Reads the value of a `field:value` filter into its node, or says why it cannot.
 *
 * @example dateRange('2023-10..2023-11-15') → { from: '2023-10-01', to: '2023-11-15' }
 */
import type { DateNode, FieldNode, FilterField } from './search-ast.js';
import { SearchSyntaxError } from './search-errors.js';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first or last day that a YYYY, YYYY-MM or YYYY-MM-DD covers. */
function dayOf(text: string, end: 'first' | 'last', pos: number): string {
  const m = DATE.exec(text);
  const year = Number(m?.[1]);
  const month = m?.[2] === undefined ? (end === 'first' ? 1 : 12) : Number(m[2]);
  if (!m || month < 1 || month > 12) throw new SearchSyntaxError(`"${text}" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD`, pos);
  const day = m[3] === undefined ? (end === 'first' ? 1 : daysIn(year, month)) : Number(m[3]);
  if (day < 1 || day > daysIn(year, month)) throw new SearchSyntaxError(`"${text}" is not a day of that month`, pos);
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function dateRange(value: string, pos: number): DateNode {
  const dots = value.indexOf('..');
  if (dots < 0) return { kind: 'date', from: dayOf(value, 'first', pos), to: dayOf(value, 'last', pos) };
  const left = value.slice(0, dots);
  const right = value.slice(dots + 2);
  if (left === '' && right === '') throw new SearchSyntaxError('date: needs at least one end, like date:2023-10-01..', pos);
  const from = left === '' ? null : dayOf(left, 'first', pos);
  const to = right === '' ? null : dayOf(right, 'last', pos);
  if (from !== null && to !== null && from > to) throw new SearchSyntaxError(`date: range ends (${to}) before it starts (${from})`, pos);
  return { kind: 'date', from, to };
}

export function fieldValue(field: FilterField, raw: string, pos: number): FieldNode {
  const value = raw.replace(/\p{Cc}/gu, '').normalize('NFKC').toLowerCase().trim().split(/\s+/).join(' ');
  if (field === 'country' && !/^[a-z]{3}$/.test(value)) {
    throw new SearchSyntaxError('country: takes an ISO 3166-1 alpha-3 code, like country:FRA', pos);
  }
  if (field === 'event' && !/^(\d{1,4}|[a-z_]{1,40})$/.test(value)) {
    throw new SearchSyntaxError('event: takes a CAMEO code prefix (event:04) or a PLOVER type (event:protest)', pos);
  }
  if (field === 'lang' && !/^[a-z]{2,3}(-[a-z0-9]{1,8})?$/.test(value)) {
    throw new SearchSyntaxError('lang: takes a language code, like lang:en', pos);
  }
  return { kind: 'field', field, value };
}
