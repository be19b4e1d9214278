/**
 * Reassembles an output record from its layer rows: the inverse of article-rows.ts.
 */
import type { Selectable } from 'kysely';
import type { ActorRef, Dateline, Entity, EntityType, MentionKind, PoliticalEvent, Place, Quote, TimeExpression, TimeType } from '../document/layers.js';
import type { OutputRecord } from '../output/record.js';
import type { EventsTable, Schema } from './schema-types.js';
import { detailsFrom } from './layer-details.js';
import type { ActorView, IngestMeta, StoredArticle, StoredEvent } from './store.js';

type Rows<T extends keyof Schema> = Selectable<Schema[T]>[];

export interface ArticleRows {
  readonly article: Selectable<Schema['articles']>;
  readonly datelines: Rows<'datelines'>;
  readonly entities: Rows<'entities'>;
  readonly mentions: Rows<'mentions'>;
  readonly times: Rows<'times'>;
  readonly places: Rows<'places'>;
  readonly quotes: Rows<'quotes'>;
  readonly events: Rows<'events'>;
}

interface SpanRow { start_offset: number; end_offset: number; text: string; by: string; rule: string | null }

function spanOf(row: SpanRow) {
  return { start: row.start_offset, end: row.end_offset, text: row.text, by: row.by, ...(row.rule === null ? {} : { rule: row.rule }) };
}

function datelineOf(row: Selectable<Schema['datelines']> | undefined): Dateline | null {
  if (!row) return null;
  const place = row.place_name === null ? null
    : { name: row.place_name, country: row.place_country, lat: row.place_lat, lon: row.place_lon };
  return { ...spanOf(row), place, placeText: row.place_text, date: row.date, agency: row.agency, ...detailsFrom(row.details) };
}

function entitiesOf(rows: ArticleRows): Entity[] {
  return rows.entities.map((e) => ({
    id: e.entity_id, name: e.name, type: e.type as EntityType, country: e.country, sector: e.sector, role: e.role,
    mentions: rows.mentions.filter((m) => m.entity_idx === e.idx).map((m) => ({ ...spanOf(m), kind: m.kind as MentionKind, ...detailsFrom(m.details) })),
  }));
}

function quoteOf(q: Selectable<Schema['quotes']>): Quote {
  const speaker = q.speaker_name === null ? null : {
    start: q.speaker_start ?? 0, end: q.speaker_end ?? 0, text: q.speaker_text ?? '', entity: q.speaker_entity, name: q.speaker_name,
  };
  const cue = q.cue_start === null ? null : { start: q.cue_start, end: q.cue_end ?? q.cue_start, text: q.cue_text ?? '' };
  return { ...spanOf(q), direct: q.direct === 1, speaker, cue, source: q.source, ...detailsFrom(q.details) };
}

function actorOf(row: Selectable<EventsTable>, role: 'source' | 'target'): ActorRef | null {
  const name = row[`${role}_name`];
  if (name === null) return null;
  return { entity: row[`${role}_entity`], name, country: row[`${role}_country`], sector: row[`${role}_sector`] };
}

export function eventOf(e: Selectable<EventsTable>): PoliticalEvent {
  return {
    ...spanOf(e), cameo: e.cameo, plover: e.plover, mode: e.mode, quad: e.quad, goldstein: e.goldstein,
    source: actorOf(e, 'source'), target: actorOf(e, 'target'), date: e.date, place: e.place, confidence: e.confidence,
    ...detailsFrom(e.details),
  };
}

/** An event row as the store's callers see it. */
export function storedEventOf(e: Selectable<EventsTable>, articleId: string): StoredEvent {
  const { by: _by, rule: _rule, ...event } = eventOf(e);
  return { articleId, ...event, source: event.source as ActorView | null, target: event.target as ActorView | null };
}

export function recordOf(rows: ArticleRows): StoredArticle {
  const a = rows.article;
  const record: OutputRecord = {
    id: a.id, text: a.text, published: a.published, title: a.title, url: a.url, source: a.source,
    language: a.language, author: a.author,
    dateline: datelineOf(rows.datelines[0]),
    entities: entitiesOf(rows),
    times: rows.times.map((t): TimeExpression => ({ ...spanOf(t), type: t.type as TimeType, value: t.value, ...detailsFrom(t.details) })),
    places: rows.places.map((p): Place => ({
      ...spanOf(p), name: p.name, country: p.country, admin1: p.admin1, lat: p.lat, lon: p.lon, geonameid: p.geonameid,
      ...detailsFrom(p.details),
    })),
    quotes: rows.quotes.map(quoteOf),
    events: rows.events.map(eventOf),
  };
  const ingest: IngestMeta = {
    contentHash: a.content_hash, canonicalUrl: a.canonical_url, firstSeen: a.first_seen,
    ...(a.pipeline_version === null ? {} : { pipelineVersion: a.pipeline_version }),
  };
  // Articles saved before stories existed are each their own story.
  return { record, ingest, story: { id: a.story_id ?? a.id, reason: a.story_reason ?? 'first' } };
}
