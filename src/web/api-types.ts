/**
 * The shapes the app reads from the API: the parts of the output record (src/output/record.ts)
 * and of the store's results (src/store/store.ts) that the pages use. Kept apart from those
 * files because the browser bundle must not pull in Node code.
 */
export interface SpanLike { readonly start: number; readonly end: number; readonly text: string }

export interface RecordEntity {
  readonly id: string; readonly name: string; readonly type: string; readonly country: string | null;
  readonly role: string | null; readonly mentions: readonly (SpanLike & { readonly kind: string })[];
}
export interface RecordTime extends SpanLike { readonly type: string; readonly value: string }
export interface RecordPlace extends SpanLike { readonly name: string; readonly country: string | null }
export interface RecordQuote extends SpanLike {
  readonly direct: boolean;
  readonly speaker: (SpanLike & { readonly entity: string | null; readonly name: string }) | null;
  readonly source: string | null;
}
export interface Actor { readonly entity: string | null; readonly name: string; readonly country: string | null }
export interface RecordEvent extends SpanLike {
  readonly cameo: string; readonly plover: string; readonly quad: number; readonly goldstein: number;
  readonly source: Actor | null; readonly target: Actor | null; readonly date: string | null; readonly place: string | null;
}
export interface RecordDateline extends SpanLike {
  readonly placeText: string | null; readonly date: string | null; readonly agency: string | null;
}

export interface ArticleRecord {
  readonly id: string; readonly text: string; readonly title: string | null; readonly url: string | null;
  readonly source: string | null; readonly published: string | null; readonly language: string | null;
  readonly dateline: RecordDateline | null;
  readonly entities: readonly RecordEntity[]; readonly times: readonly RecordTime[];
  readonly places: readonly RecordPlace[]; readonly quotes: readonly RecordQuote[]; readonly events: readonly RecordEvent[];
}

export interface ArticleHit {
  readonly id: string; readonly title: string | null; readonly source: string | null;
  readonly published: string | null; readonly url: string | null; readonly snippet: string;
}

export interface StoredEvent extends RecordEvent { readonly articleId: string; readonly mode: string | null; readonly confidence: number }

export interface StoredQuote extends SpanLike {
  readonly articleId: string; readonly direct: boolean; readonly speaker: string | null;
  readonly source: string | null; readonly published: string | null;
}

export interface EntitySummary {
  readonly name: string; readonly type: string; readonly country: string | null;
  readonly articles: number; readonly mentions: number;
}

export interface EntityQuote extends SpanLike { readonly articleId: string; readonly speaker: string | null; readonly published: string | null }

/** GET /entities/:id (the id is the name, case-insensitive). */
export interface EntityPageData {
  readonly id: string; readonly name: string; readonly type: string; readonly articles: number;
  readonly country: string | null; readonly role: string | null; readonly aliases: readonly string[];
  readonly timeline: readonly { readonly day: string; readonly asSource: number; readonly asTarget: number }[];
  readonly quotesBy: { readonly total: number; readonly items: readonly EntityQuote[] };
  readonly quotesAbout: { readonly total: number; readonly items: readonly EntityQuote[] };
  readonly coActors: readonly { readonly name: string; readonly type: string; readonly articles: number }[];
  readonly places: readonly { readonly name: string; readonly country: string | null; readonly articles: number }[];
}
