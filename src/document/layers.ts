/**
 * The payload of each layer. A layer is what exactly one component produces; the public output
 * record (docs/output.md) is assembled from these by src/output/record.ts.
 */
import type { Provenance, Span } from './span.js';

/** ISO 3166-1 alpha-3, or "IGO" for international organisations. */
export type CountryCode = string;

export interface PlaceRef {
  readonly name: string;
  readonly country: CountryCode | null;
  readonly lat: number | null;
  readonly lon: number | null;
}

/** The sentence layer: internal, not in the output record; later components read it. */
export interface Sentence extends Span {}

/** The token layer: internal; words and punctuation with offsets. */
export interface Token extends Span {}

/** The wire-style opening of a story: `BEIJING, November 1. /TASS/.` */
export interface Dateline extends Span, Provenance {
  readonly place: PlaceRef | null;
  /** The place as written, e.g. "IGORA /Leningrad Region/". */
  readonly placeText: string | null;
  /** ISO date (YYYY-MM-DD) resolved against the publication date, or null when none is written. */
  readonly date: string | null;
  /** Canonical agency name, e.g. "TASS", "Reuters", "AP". */
  readonly agency: string | null;
}

export type EntityType =
  | 'PERSON' | 'ORG' | 'COUNTRY' | 'CITY' | 'REGION' | 'LOCATION' | 'FACILITY' | 'NORP' | 'EVENT' | 'MISC';

export type MentionKind = 'name' | 'nominal' | 'pronoun';

/**
 * A name as the entities component found it, before actor resolution widened or refiled it: its
 * own span and type, and the finder's rule (`ner-MISC+demonym`, `dateline-agency`).
 *
 * @example { start: 4, end: 11, text: 'Israeli', type: 'NORP', rule: 'ner-MISC+demonym' } inside "the Israeli government"
 */
export interface RecognisedName extends Span {
  readonly type: EntityType;
  readonly rule?: string;
}

export interface Mention extends Span, Provenance {
  readonly kind: MentionKind;
  /** The names found in the text that this mention holds; absent on descriptions and pronouns that hold none. */
  readonly names?: readonly RecognisedName[];
}

export interface Entity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly country: CountryCode | null;
  readonly sector: string | null;
  readonly role: string | null;
  readonly mentions: readonly Mention[];
}

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpression extends Span, Provenance {
  readonly type: TimeType;
  /** TIMEX3 value: `2023-11-01`, `2023-11`, `P3D`, `PAST_REF`, `XXXX-10-07` ... */
  readonly value: string;
}

/** How much ground a place's coordinates stand for. */
export type PlacePrecision = 'country' | 'admin1' | 'city' | 'point' | 'region';

export interface Place extends Span, Provenance {
  readonly name: string;
  readonly country: CountryCode | null;
  readonly admin1: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly geonameid: number | null;
  /** A country, a first-level division, a town, a point (a building, a strait) or a wider region; null when unresolved. */
  readonly precision?: PlacePrecision | null;
}

export interface SpeakerRef extends Span {
  /** The entity id in the entities layer, or null for an unresolved speaker ("officials"). */
  readonly entity: string | null;
  readonly name: string;
}

export interface Quote extends Span, Provenance {
  readonly direct: boolean;
  readonly speaker: SpeakerRef | null;
  readonly cue: Span | null;
  /** Where the words were published or said: "the Chinese Foreign Ministry's website". */
  readonly source: string | null;
  /** Whom the words were said to ("his Omani counterpart Sayyid Badr Albusaidi"), or null. */
  readonly addressee?: SpeakerRef | null;
}

export interface ActorRef {
  readonly entity: string | null;
  readonly name: string;
  readonly country: CountryCode | null;
  readonly sector: string | null;
}

export interface PoliticalEvent extends Span, Provenance {
  readonly cameo: string;
  readonly plover: string;
  readonly mode: string | null;
  readonly quad: number;
  readonly goldstein: number;
  readonly source: ActorRef | null;
  readonly target: ActorRef | null;
  readonly date: string | null;
  readonly place: string | null;
  readonly confidence: number;
}

/** Every layer by name, with the type of its value. */
export interface LayerMap {
  sentences: readonly Sentence[];
  tokens: readonly Token[];
  dateline: Dateline | null;
  entities: readonly Entity[];
  times: readonly TimeExpression[];
  places: readonly Place[];
  quotes: readonly Quote[];
  events: readonly PoliticalEvent[];
}

export type LayerName = keyof LayerMap;

/** The layers that the public output record carries, in its order. */
export const OUTPUT_LAYERS = ['dateline', 'entities', 'times', 'places', 'quotes', 'events'] as const;
export type OutputLayerName = (typeof OUTPUT_LAYERS)[number];
