/**
 * The flat form of an event shared by the JSONL and CSV exports: one object per event with the
 * article's id, url and date, the evidence offsets and every code, in a fixed column order.
 */
import type { PoliticalEvent } from '../../document/layers.js';
import type { EventExportInput } from './export-input.js';

export const FLAT_COLUMNS = [
  'article_id', 'url', 'published', 'start', 'end', 'evidence', 'cameo', 'plover', 'mode', 'quad', 'goldstein',
  'source_name', 'source_country', 'source_sector', 'target_name', 'target_country', 'target_sector',
  'date', 'place', 'confidence', 'by', 'rule',
] as const;

export type FlatEvent = Record<(typeof FLAT_COLUMNS)[number], string | number | null>;

export function flatEvent(input: EventExportInput, event: PoliticalEvent): FlatEvent {
  return {
    article_id: input.meta.id, url: input.meta.url, published: input.meta.published,
    start: event.start, end: event.end, evidence: event.text,
    cameo: event.cameo, plover: event.plover, mode: event.mode, quad: event.quad, goldstein: event.goldstein,
    source_name: event.source?.name ?? null, source_country: event.source?.country ?? null, source_sector: event.source?.sector ?? null,
    target_name: event.target?.name ?? null, target_country: event.target?.country ?? null, target_sector: event.target?.sector ?? null,
    date: event.date, place: event.place, confidence: event.confidence, by: event.by, rule: event.rule ?? null,
  };
}

export function writeJsonl(inputs: readonly EventExportInput[]): string {
  let text = '';
  for (const input of inputs) for (const event of input.events) text += `${JSON.stringify(flatEvent(input, event))}\n`;
  return text;
}

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function writeCsv(inputs: readonly EventExportInput[]): string {
  let text = `${FLAT_COLUMNS.join(',')}\r\n`;
  for (const input of inputs) {
    for (const event of input.events) {
      const flat = flatEvent(input, event);
      text += `${FLAT_COLUMNS.map((column) => csvField(flat[column])).join(',')}\r\n`;
    }
  }
  return text;
}
