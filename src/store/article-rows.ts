/**
 * Splits an output record into the rows of each layer table (schema-types.ts). The inverse is
 * article-record.ts; a record saved and read back is equal to the original.
 */
import type { Insertable } from 'kysely';
import type { ActorRef } from '../document/layers.js';
import type { OutputRecord } from '../output/record.js';
import type { Schema } from './schema-types.js';
import { DATELINE_COLUMNS, EVENT_COLUMNS, MENTION_COLUMNS, PLACE_COLUMNS, QUOTE_COLUMNS, TIME_COLUMNS, detailsOf } from './layer-details.js';
import type { IngestMeta } from './store.js';

type Row<T extends keyof Schema> = Insertable<Schema[T]>;

/** The lower-cased form used for case-insensitive filters; control characters (NUL breaks PostgreSQL) dropped. */
export function keyOf(value: string | null | undefined): string {
  return withoutControls(value ?? '').normalize('NFKC').toLowerCase().trim();
}

/** `value` without C0/C1 control characters, which no filter value needs. */
export function withoutControls(value: string): string {
  return value.replace(/\p{Cc}/gu, '');
}

/** YYYY-MM-DD of an ISO date or date-time, or '' when there is none. */
export function dayOf(value: string | null | undefined): string {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : '';
}

export function articleRow(record: OutputRecord, ingest: IngestMeta): Row<'articles'> {
  return {
    id: record.id, title: record.title, url: record.url, canonical_url: ingest.canonicalUrl,
    source: record.source, source_key: keyOf(record.source),
    language: record.language, language_key: keyOf(record.language), author: record.author,
    published: record.published, published_key: record.published ?? '', published_day: dayOf(record.published),
    text: record.text, content_hash: ingest.contentHash, first_seen: ingest.firstSeen,
    pipeline_version: ingest.pipelineVersion ?? null,
  };
}

function spanCols(span: { start: number; end: number; text: string; by: string; rule?: string }) {
  return { start_offset: span.start, end_offset: span.end, text: span.text, by: span.by, rule: span.rule ?? null };
}

function actorCols(role: 'source' | 'target', actor: ActorRef | null) {
  return {
    [`${role}_entity`]: actor?.entity ?? null,
    [`${role}_name`]: actor?.name ?? null,
    [`${role}_key`]: keyOf(actor?.name),
    [`${role}_country`]: actor?.country ?? null,
    [`${role}_sector`]: actor?.sector ?? null,
  } as Record<`${typeof role}_${'entity' | 'name' | 'key' | 'country' | 'sector'}`, string | null>;
}

export interface LayerRows {
  readonly datelines: Row<'datelines'>[];
  readonly entities: Row<'entities'>[];
  readonly mentions: Row<'mentions'>[];
  readonly times: Row<'times'>[];
  readonly places: Row<'places'>[];
  readonly quotes: Row<'quotes'>[];
  readonly events: Row<'events'>[];
}

export function layerRows(record: OutputRecord, seq: number): LayerRows {
  const day = dayOf(record.published);
  const d = record.dateline;
  const datelines: Row<'datelines'>[] = d ? [{
    article_seq: seq, ...spanCols(d),
    place_name: d.place?.name ?? null, place_country: d.place?.country ?? null,
    place_lat: d.place?.lat ?? null, place_lon: d.place?.lon ?? null,
    place_text: d.placeText, place_key: keyOf(d.place?.name ?? d.placeText),
    date: d.date, agency: d.agency, agency_key: keyOf(d.agency), details: detailsOf(d, DATELINE_COLUMNS),
  }] : [];
  return {
    datelines,
    entities: record.entities.map((e, idx) => ({
      article_seq: seq, idx, entity_id: e.id, name: e.name, name_key: keyOf(e.name),
      type: e.type, country: e.country, sector: e.sector, role: e.role,
    })),
    mentions: record.entities.flatMap((e, entityIdx) => e.mentions.map((m, idx) => ({
      article_seq: seq, entity_idx: entityIdx, idx, kind: m.kind, ...spanCols(m), details: detailsOf(m, MENTION_COLUMNS),
    }))),
    times: record.times.map((t, idx) => ({
      article_seq: seq, idx, type: t.type, value: t.value, ...spanCols(t), details: detailsOf(t, TIME_COLUMNS),
    })),
    places: record.places.map((p, idx) => ({
      article_seq: seq, idx, ...spanCols(p), name: p.name, country: p.country, admin1: p.admin1,
      lat: p.lat, lon: p.lon, geonameid: p.geonameid, details: detailsOf(p, PLACE_COLUMNS),
    })),
    quotes: record.quotes.map((q, idx) => ({
      article_seq: seq, idx, ...spanCols(q), text_key: keyOf(q.text), direct: q.direct ? 1 : 0,
      speaker_start: q.speaker?.start ?? null, speaker_end: q.speaker?.end ?? null, speaker_text: q.speaker?.text ?? null,
      speaker_entity: q.speaker?.entity ?? null, speaker_name: q.speaker?.name ?? null, speaker_key: keyOf(q.speaker?.name),
      cue_start: q.cue?.start ?? null, cue_end: q.cue?.end ?? null, cue_text: q.cue?.text ?? null,
      source: q.source, day, details: detailsOf(q, QUOTE_COLUMNS),
    })),
    events: record.events.map((e, idx) => ({
      article_seq: seq, idx, ...spanCols(e), cameo: e.cameo, plover: e.plover, plover_key: keyOf(e.plover),
      mode: e.mode, quad: e.quad, goldstein: e.goldstein, date: e.date, place: e.place, confidence: e.confidence,
      day: dayOf(e.date) || day, ...actorCols('source', e.source), ...actorCols('target', e.target),
      details: detailsOf(e, EVENT_COLUMNS),
    } as Row<'events'>)),
  };
}
