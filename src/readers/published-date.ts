/**
 * Publication dates arrive as ISO 8601 (`2023-11-01T09:30:00+03:00`), RFC 822 (`Wed, 01 Nov 2023
 * 09:30:00 GMT`, RSS), or loose forms (`November 1, 2023`). They leave here as ISO 8601.
 *
 * @example toIsoDate('Wed, 01 Nov 2023 09:30:00 GMT') // => '2023-11-01T09:30:00.000Z'
 * @example toIsoDate('2023-11-01') // => '2023-11-01'
 */
import { isCalendarDate } from './seed-header.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
/** Longer strings are not dates; refusing them keeps Date.parse cheap. */
const MAX_DATE_LENGTH = 80;

/** The value as an ISO 8601 date or date-time, or null when it is not a recognisable date. */
export function toIsoDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return fromEpoch(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '' || text.length > MAX_DATE_LENGTH) return null;
  if (ISO_DAY.test(text)) return isCalendarDate(text) && plausibleYear(text) ? text : null;
  if (ISO_DATE_TIME.test(text)) {
    // Keep the writer's own offset: it says which local day the story appeared on.
    return isCalendarDate(text.slice(0, 10)) && plausibleYear(text) && !Number.isNaN(Date.parse(text.replace(' ', 'T'))) ? text.replace(' ', 'T') : null;
  }
  if (/^\d{10}(?:\d{3})?$/.test(text)) return fromEpoch(Number(text));
  const parsed = Date.parse(text);
  if (Number.isNaN(parsed) || !plausible(parsed)) return null;
  // Without a time of day the writer meant a calendar day, which Date.parse placed at local midnight.
  return /\d:\d\d/.test(text) ? new Date(parsed).toISOString() : localDay(new Date(parsed));
}

function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function fromEpoch(value: number): string | null {
  // Ten digits are seconds, thirteen milliseconds.
  const ms = value < 1e11 ? value * 1000 : value;
  return plausible(ms) ? new Date(ms).toISOString() : null;
}

/** CMS placeholders such as 0001-01-01 are not publication dates. */
const plausibleYear = (iso: string): boolean => yearInRange(Number(iso.slice(0, 4)));

/** News is dated between the first newspapers and a little into the future. */
function plausible(ms: number): boolean {
  return yearInRange(new Date(ms).getUTCFullYear());
}

function yearInRange(year: number): boolean {
  return year >= 1600 && year <= 2200;
}
