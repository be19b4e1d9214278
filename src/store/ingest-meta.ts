/**
 * The ingest metadata for a record, as ingestion computes it before `store.saveArticle`: its
 * content hash, canonical URL and first-seen time; and, for feeds, the publication date by precedence.
 *
 * @example await store.saveArticle(record, ingestMetaFor(record, new Date()))
 */
import type { OutputRecord } from '../output/record.js';
import { canonicalUrl } from './canonical-url.js';
import { contentHash } from './content-hash.js';
import type { IngestMeta } from './store.js';
import type { PublishedSource } from './watch-types.js';

export function ingestMetaFor(record: OutputRecord, firstSeen: Date): IngestMeta {
  return {
    contentHash: contentHash(record.text),
    canonicalUrl: canonicalUrl(record.url),
    firstSeen: firstSeen.toISOString(),
  };
}

/** Where a publication date may come from, most trusted first: the feed item, the page's JSON-LD and meta tags, the URL, the dateline. */
export const PUBLISHED_PRECEDENCE = ['feed', 'page', 'url', 'dateline'] as const satisfies readonly PublishedSource[];

export type DateCandidates = Partial<Record<PublishedSource, string | null>>;

/**
 * The publication date by precedence, with its source.
 *
 * @example choosePublished({ url: '2023-10-11', dateline: '2023-10-10' }) // { published: '2023-10-11', source: 'url' }
 */
export function choosePublished(candidates: DateCandidates): { published: string | null; source: PublishedSource | null } {
  for (const source of PUBLISHED_PRECEDENCE) {
    const value = candidates[source];
    if (value) return { published: value, source };
  }
  return { published: null, source: null };
}

const URL_DAY = /(?:^|[/_-])((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;

/**
 * A YYYY-MM-DD date written in a URL's path (`/2023/10/11/`, `/2023-10-11-`, `/20231011/`), or null.
 *
 * @example dateInUrl('https://news.example/world/2023/10/11/talks') // '2023-10-11'
 */
export function dateInUrl(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try { path = new URL(url).pathname; } catch { return null; }
  const m = URL_DAY.exec(path);
  if (!m) return null;
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  return new Date(`${day}T00:00:00Z`).toISOString().startsWith(day) ? day : null;
}
