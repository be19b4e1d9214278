/**
 * The tables as the query builder sees them (created by src/store/migrations/). Each layer of the
 * output record is normalised into its own table, keyed by the article's `seq` and the item's
 * position (`idx`) in its layer. Columns ending in `_key` hold lower-cased copies for filtering.
 */
import type { Generated } from 'kysely';

export interface ArticlesTable {
  seq: Generated<number>;
  id: string;
  title: string | null;
  url: string | null;
  canonical_url: string | null;
  source: string | null;
  source_key: string;
  language: string | null;
  language_key: string;
  author: string | null;
  published: string | null;
  /** `published`, or '' when unknown, so that ordering is the same on every backend. */
  published_key: string;
  /** YYYY-MM-DD of `published`, or ''. */
  published_day: string;
  text: string;
  content_hash: string;
  first_seen: string;
  /** Migration 004: the story (near-duplicate group) and why the article is in it; see story-grouping.ts. */
  story_id: string | null;
  story_reason: string | null;
  title_key: string | null;
  /** Encoded MinHash signature of the opening (near-duplicate.ts), or null when too short. */
  signature: string | null;
  /** The pipeline version that extracted the layers (pipeline-version.ts), or null when unknown. */
  pipeline_version: string | null;
}

export interface StoryBandsTable {
  band: string;
  article_seq: number;
}

interface SpanColumns {
  start_offset: number;
  end_offset: number;
  text: string;
  by: string;
  rule: string | null;
  /** Migration 008: the item's other output fields as a JSON object, or null; see layer-details.ts. */
  details: string | null;
}

export interface DatelinesTable extends SpanColumns {
  article_seq: number;
  place_name: string | null;
  place_country: string | null;
  place_lat: number | null;
  place_lon: number | null;
  place_text: string | null;
  place_key: string;
  date: string | null;
  agency: string | null;
  agency_key: string;
}

export interface EntitiesTable {
  article_seq: number;
  idx: number;
  entity_id: string;
  name: string;
  name_key: string;
  type: string;
  country: string | null;
  sector: string | null;
  role: string | null;
}

export interface MentionsTable extends SpanColumns {
  article_seq: number;
  entity_idx: number;
  idx: number;
  kind: string;
}

export interface TimesTable extends SpanColumns {
  article_seq: number;
  idx: number;
  type: string;
  value: string;
}

export interface PlacesTable extends SpanColumns {
  article_seq: number;
  idx: number;
  name: string;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  geonameid: number | null;
}

export interface QuotesTable extends SpanColumns {
  seq: Generated<number>;
  article_seq: number;
  idx: number;
  text_key: string;
  direct: number;
  speaker_start: number | null;
  speaker_end: number | null;
  speaker_text: string | null;
  speaker_entity: string | null;
  speaker_name: string | null;
  speaker_key: string;
  cue_start: number | null;
  cue_end: number | null;
  cue_text: string | null;
  source: string | null;
  day: string;
}

interface ActorColumns {
  source_entity: string | null;
  source_name: string | null;
  source_key: string;
  source_country: string | null;
  source_sector: string | null;
  target_entity: string | null;
  target_name: string | null;
  target_key: string;
  target_country: string | null;
  target_sector: string | null;
}

export interface EventsTable extends SpanColumns, ActorColumns {
  seq: Generated<number>;
  article_seq: number;
  idx: number;
  cameo: string;
  plover: string;
  plover_key: string;
  mode: string | null;
  quad: number;
  goldstein: number;
  date: string | null;
  place: string | null;
  confidence: number;
  /** The event's date, or the article's day when the event has none, or ''. */
  day: string;
}

/** One word of an event's source or target actor name (migration 007, event-actor-words.ts). */
export interface EventActorWordsTable {
  word: string;
  /** `source` or `target`. */
  role: string;
  article_seq: number;
  event_idx: number;
}

export interface ApiTokensTable {
  id: Generated<number>;
  name: string;
  token_hash: string;
  created_at: string;
}

/** One line of the ingest ledger: what happened to one item an ingest run read. */
export interface IngestLedgerTable {
  seq: Generated<number>;
  run_id: string;
  /** The item's id as read (a file path, a URL, or the id a JSONL line or feed item carried). */
  item: string;
  /** `stored`, `duplicate` or `failed`. */
  status: string;
  /** The stored article this item is (or duplicates), or null for a failure. */
  article_id: string | null;
  /** For a duplicate: `id`, `url` or `hash`. */
  matched_by: string | null;
  /** For a failure: its stable error code. */
  code: string | null;
  reason: string | null;
  at: string;
}

export interface Schema {
  ingest_ledger: IngestLedgerTable;
  story_bands: StoryBandsTable;
  articles: ArticlesTable;
  datelines: DatelinesTable;
  entities: EntitiesTable;
  mentions: MentionsTable;
  times: TimesTable;
  places: PlacesTable;
  quotes: QuotesTable;
  events: EventsTable;
  event_actor_words: EventActorWordsTable;
  api_tokens: ApiTokensTable;
}
