/**
 * What a webhook receives: `{type: "match", query, article}` for a new matching article, or
 * `{type: "burst", query, window}` when the query's volume jumps (burst-rule.ts). Documented in
 * docs/api.md.
 *
 * @example matchPayload(query, stored) // { type: 'match', query: { id, name, query }, article: { id, title, url, … } }
 */
import type { StoredArticle } from '../store/store.js';
import type { Burst, SavedQuery } from '../store/watch-types.js';

const queryPart = (query: SavedQuery) => ({ id: query.id, name: query.name, query: query.query });

export function matchPayload(query: SavedQuery, articleId: string, stored: StoredArticle | null) {
  const record = stored?.record;
  return {
    type: 'match' as const,
    query: queryPart(query),
    article: {
      id: articleId, title: record?.title ?? null, url: record?.url ?? null, source: record?.source ?? null,
      published: record?.published ?? null, firstSeen: stored?.ingest.firstSeen ?? null,
    },
  };
}

export function burstPayload(query: SavedQuery, burst: Pick<Burst, 'windowStart' | 'windowEnd' | 'count' | 'baseline'>) {
  return { type: 'burst' as const, query: queryPart(query), window: { start: burst.windowStart, end: burst.windowEnd, count: burst.count, baseline: burst.baseline } };
}
