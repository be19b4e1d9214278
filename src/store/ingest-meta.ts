/**
 * The ingest metadata for a record, as ingestion computes it before `store.saveArticle`.
 *
 * @example await store.saveArticle(record, ingestMetaFor(record, new Date()))
 */
import type { OutputRecord } from '../output/record.js';
import { canonicalUrl } from './canonical-url.js';
import { contentHash } from './content-hash.js';
import type { IngestMeta } from './store.js';

export function ingestMetaFor(record: OutputRecord, firstSeen: Date): IngestMeta {
  return {
    contentHash: contentHash(record.text),
    canonicalUrl: canonicalUrl(record.url),
    firstSeen: firstSeen.toISOString(),
  };
}
