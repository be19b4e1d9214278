/**
 * The store: where extracted articles live, and the only way callers reach them. Callers see
 * domain verbs, never SQL or a backend's name; SQLite and PostgreSQL are adapters behind it
 * (src/store/sqlite/, src/store/postgres/), chosen by `openStore(url)` in open-store.ts.
 *
 * @example
 *   const store = await openStore('news.sqlite');
 *   await store.saveArticle(record, ingestMetaFor(record, new Date()));
 *   const page = await store.findArticles({ query: 'ceasefire source:reuters', limit: 20 });
 */
import type { EntityType } from '../document/layers.js';
import type { OutputRecord } from '../output/record.js';
import type { WatchStore } from './watch-types.js';

/** What ingestion knows about an article beyond its record; see ingest-meta.ts. */
export interface IngestMeta {
  /** `sha256:<hex>` of the article's normalised text; see content-hash.ts. */
  readonly contentHash: string;
  /** The URL with tracking parameters, AMP and fragments stripped, or null; see canonical-url.ts. */
  readonly canonicalUrl: string | null;
  /** ISO date-time when ingestion first read the article. */
  readonly firstSeen: string;
  /** The pipeline version that extracted the layers (src/pipeline/pipeline-version.ts), when known. */
  readonly pipelineVersion?: string;
}

/** The story (group of near-duplicate articles) an article belongs to; see story-grouping.ts. */
export interface StoryRef {
  /** The id of the story's first-seen article. */
  readonly id: string;
  /** Why this article is in it: `first`, `same-title`, `near-text 0.88`. */
  readonly reason: string;
}

/** Which key found an article already stored: its id, its canonical URL, or its content hash. */
export type DuplicateKey = 'id' | 'url' | 'hash';

/** One article for `saveArticles`: its record and its ingest metadata, as for `saveArticle`. */
export interface ArticleToSave {
  readonly record: OutputRecord;
  readonly ingest: IngestMeta;
}

export type SaveResult =
  | { readonly status: 'created'; readonly id: string; readonly storyId: string }
  | { readonly status: 'duplicate'; readonly id: string; readonly matchedBy: DuplicateKey };

/**
 * Ingest-ledger lines written in the same transaction as a `saveArticles` batch, made from the
 * batch's results: the articles and their lines are committed together, with one commit (one wait
 * for the disk) where saving and then logging cost two.
 */
export interface LedgerWrite {
  readonly at: Date;
  lines(results: readonly SaveResult[]): readonly LedgerEntry[];
}

export interface StoredArticle {
  readonly record: OutputRecord;
  readonly ingest: IngestMeta;
  readonly story: StoryRef;
}

/** One page of results. `total` counts every match, and paging with `next` reaches exactly that many. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  /** Opaque cursor for the next page, or null on the last page. */
  readonly next: string | null;
}

export interface PageRequest {
  /** 1 to 200; default 20. */
  readonly limit?: number;
  readonly cursor?: string | null;
}

export interface ArticleQuery extends PageRequest {
  /** Search syntax (src/search/search-parser.ts); empty means every article. */
  readonly query: string;
  /** `date` (newest first, the default) or `relevance`. */
  readonly order?: 'date' | 'relevance';
}

/** The search fields a facet counts by: the field names of the search syntax. */
export type FacetField = 'source' | 'country' | 'actor' | 'event' | 'lang';

export interface FacetQuery {
  /** Search syntax, as for findArticles; empty means every article. */
  readonly query: string;
  /** Values per facet, 1 to 50; default 10. */
  readonly limit?: number;
}

export interface FacetValue {
  /** The search field that selects it: the facet's own, or `dateline` for an agency in the source facet. */
  readonly field: FacetField | 'dateline';
  /** What follows `field:` in a query (lower-case). */
  readonly value: string;
  /** How the value is shown (`TASS`, `CHN`). */
  readonly label: string;
  /** Articles matching the query and `field:value`: the `total` findArticles gives for both. */
  readonly count: number;
}

/** Per facet field, its most frequent values among the matching articles, most articles first. */
export type Facets = { readonly total: number } & { readonly [F in FacetField]: readonly FacetValue[] };

export interface ArticleHit {
  readonly id: string;
  readonly title: string | null;
  readonly source: string | null;
  readonly published: string | null;
  readonly url: string | null;
  /** The article's story (near-duplicate group): the id of its first-seen article. */
  readonly storyId: string;
  /** Up to ~240 characters around the first matched word, or the opening of the text. */
  readonly snippet: string;
}

export interface EventFilter extends PageRequest {
  /** Source or target actor whose name contains this (case-insensitive). */
  readonly actor?: string;
  readonly source?: string;
  readonly target?: string;
  /** Source or target actor country (ISO 3166-1 alpha-3). */
  readonly country?: string;
  /** CAMEO code prefix (`04`) or PLOVER type (`PROTEST`). */
  readonly code?: string;
  /** Event day (or the article's day when the event has none), inclusive, YYYY-MM-DD. */
  readonly from?: string;
  readonly to?: string;
  readonly articleId?: string;
  /** The event's place lies in [minLon, minLat, maxLon, maxLat] (degrees). */
  readonly bbox?: readonly [number, number, number, number];
}

/** Event filters without paging, plus an article search query (search syntax) the events' articles must match. */
export type EventScope = Omit<EventFilter, 'limit' | 'cursor'> & { readonly query?: string };

export interface ActorView {
  readonly entity: string | null;
  readonly name: string;
  readonly country: string | null;
  readonly sector: string | null;
}

export interface StoredEvent {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly cameo: string;
  readonly plover: string;
  readonly mode: string | null;
  readonly quad: number;
  readonly goldstein: number;
  readonly source: ActorView | null;
  readonly target: ActorView | null;
  readonly date: string | null;
  readonly place: string | null;
  readonly confidence: number;
}

export interface QuoteFilter extends PageRequest {
  /** Speaker name containing this (case-insensitive). */
  readonly speaker?: string;
  /** Quote text containing this (case-insensitive). */
  readonly text?: string;
  readonly articleId?: string;
}

export interface StoredQuote {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly direct: boolean;
  readonly speaker: string | null;
  readonly speakerEntity: string | null;
  readonly source: string | null;
  readonly published: string | null;
}

export interface EntityFilter extends PageRequest {
  /** Name containing this (case-insensitive). */
  readonly name?: string;
  readonly type?: EntityType;
  readonly country?: string;
}

/** An entity across articles: grouped by name and type. */
export interface EntitySummary {
  readonly name: string;
  readonly type: string;
  readonly country: string | null;
  readonly articles: number;
  readonly mentions: number;
}

export interface StoreStats {
  readonly articles: number;
  readonly entities: number;
  readonly mentions: number;
  readonly quotes: number;
  readonly events: number;
  readonly places: number;
  readonly times: number;
}

/** What happened to one item an ingest run read; `read` = stored + duplicate + failed. */
export type LedgerEntry =
  | { readonly runId: string; readonly item: string; readonly status: 'stored'; readonly articleId: string }
  | { readonly runId: string; readonly item: string; readonly status: 'duplicate'; readonly articleId: string; readonly matchedBy: DuplicateKey }
  | { readonly runId: string; readonly item: string; readonly status: 'failed'; readonly code: string; readonly reason: string };

export type LedgerLine = LedgerEntry & { readonly at: string };

export interface LedgerFilter extends PageRequest {
  readonly runId?: string;
  readonly status?: LedgerEntry['status'];
}

export interface TimelineBucket {
  /** The bucket's first day (a Monday for weeks), YYYY-MM-DD. */
  readonly start: string;
  /** Articles matching the query. */
  readonly count: number;
  /** All articles in the bucket. */
  readonly total: number;
  /** count / total. */
  readonly share: number;
}

export interface Timeline {
  readonly interval: 'day' | 'week';
  readonly buckets: readonly TimelineBucket[];
}

export interface NetworkNode {
  /** The actor's lower-cased name, the key edges refer to. */
  readonly id: string;
  readonly name: string;
  readonly country: string | null;
  /** Events naming the actor as source or target. */
  readonly mentions: number;
}

export interface NetworkEdge {
  readonly source: string;
  readonly target: string;
  readonly events: number;
  /** Events per quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  readonly quad: Readonly<Record<string, number>>;
  /** Event ids, `articleId#index`. */
  readonly evidence: readonly string[];
}

export interface Network {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
}

export interface GeoFeature {
  readonly type: 'Feature';
  readonly geometry: { readonly type: 'Point'; readonly coordinates: readonly [number, number] };
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface GeoFeatureCollection {
  readonly type: 'FeatureCollection';
  readonly features: readonly GeoFeature[];
}

export interface EntityQuote {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly speaker: string | null;
  readonly published: string | null;
}

/** An entity's page data across the store (entity-page.ts). */
export interface EntityPage {
  /** The lower-cased name: the page's key. */
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly articles: number;
  readonly country: string | null;
  readonly role: string | null;
  /** Distinct mention texts ("Wang Yi", "Wang", "the minister"). */
  readonly aliases: readonly string[];
  /** Events per day with the entity as source and as target. */
  readonly timeline: readonly { readonly day: string; readonly asSource: number; readonly asTarget: number }[];
  readonly quotesBy: { readonly total: number; readonly items: readonly EntityQuote[] };
  readonly quotesAbout: { readonly total: number; readonly items: readonly EntityQuote[] };
  /** Other entities most often in the same articles. */
  readonly coActors: readonly { readonly name: string; readonly type: string; readonly articles: number }[];
  /** Places most often in the same articles. */
  readonly places: readonly { readonly name: string; readonly country: string | null; readonly lat: number | null; readonly lon: number | null; readonly articles: number }[];
}

export interface Store {
  /** Saves the article and all its layers in one transaction; an article already stored is left as it is. */
  saveArticle(record: OutputRecord, ingest: IngestMeta): Promise<SaveResult>;
  /**
   * Saves several articles in one transaction, in order: all of them (each stored or found duplicate)
   * or, on a failure, none; with `ledger`, its lines are written in the same transaction.
   */
  saveArticles(items: readonly ArticleToSave[], ledger?: LedgerWrite): Promise<SaveResult[]>;
  getArticle(id: string): Promise<StoredArticle | null>;
  /** Throws SearchSyntaxError for a query that does not parse. */
  findArticles(query: ArticleQuery): Promise<Page<ArticleHit>>;
  /** Facet counts (source, country, actor, event type, language) of the articles a search matches; see find-facets.ts. */
  facets(query: FacetQuery): Promise<Facets>;
  findEvents(filter: EventFilter): Promise<Page<StoredEvent>>;
  findQuotes(filter: QuoteFilter): Promise<Page<StoredQuote>>;
  findEntities(filter: EntityFilter): Promise<Page<EntitySummary>>;
  stats(): Promise<StoreStats>;
  /** Stored articles whose layers were made by a pipeline version other than `pipelineVersion`, as records. */
  findStale(request: PageRequest & { readonly pipelineVersion: string }): Promise<Page<OutputRecord>>;
  /** Replaces a stored article's text and layers with a fresh extraction, in one transaction; false if absent. */
  replaceLayers(record: OutputRecord, pipelineVersion: string): Promise<boolean>;
  /** Matching articles per day or week, with all articles per bucket for normalising. */
  timeline(query: string, interval: 'day' | 'week'): Promise<Timeline>;
  /** Actors of the matching events and who acted on whom, with evidence. */
  network(scope: EventScope): Promise<Network>;
  /** Located places (optionally of one country) as GeoJSON points. */
  placesGeo(country?: string): Promise<GeoFeatureCollection>;
  /** Matching events whose place has coordinates, as GeoJSON points. */
  eventsGeo(scope: EventScope): Promise<GeoFeatureCollection>;
  /** An entity's page data by its name (case-insensitive), or null when no article names it. */
  entityPage(name: string): Promise<EntityPage | null>;
  /** Appends one line to the ingest ledger. */
  logIngest(entry: LedgerEntry, at?: Date): Promise<void>;
  /** Appends several lines at once, in order (one statement); optional, so that a store may do without. */
  logIngestMany?(entries: readonly LedgerEntry[], at?: Date): Promise<void>;
  /** Ledger lines in the order they were written. */
  findLedger(filter: LedgerFilter): Promise<Page<LedgerLine>>;
  /** Creates an API token; only its hash is stored, so the returned token is shown once. */
  createApiToken(name: string): Promise<string>;
  /** True when the token was created by createApiToken. */
  verifyApiToken(token: string): Promise<boolean>;
  /** Feeds, their ledger, saved queries and alerts (watch-types.ts). */
  readonly watch: WatchStore;
  close(): Promise<void>;
}
