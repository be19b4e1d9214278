/**
 * A saved query as an Atom feed (RFC 4287): its newest matching articles, so any feed reader can
 * follow it. Every value is escaped; links are kept only when they are http(s).
 *
 * @example queryFeedAtom(query, hits, 'http://127.0.0.1:8080/queries/q-1/feed.atom', new Date())
 */
import { escapeXml } from '../util/escape-xml.js';
import { isUrl } from '../ingest/url-fetcher.js';
import type { ArticleHit } from '../store/store.js';
import type { SavedQuery } from '../store/watch-types.js';

/** Atom wants full date-times; a bare day is its midnight UTC. */
function atomDate(value: string | null, fallback: string): string {
  if (!value) return fallback;
  const parsed = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(parsed) ? fallback : new Date(parsed).toISOString();
}

const httpOnly = (url: string | null): string | null => (url && isUrl(url) ? url : null);

function entry(hit: ArticleHit, updated: string): string {
  const link = httpOnly(hit.url);
  return [
    '  <entry>',
    `    <title>${escapeXml(hit.title ?? hit.id)}</title>`,
    `    <id>${escapeXml(link ?? `urn:dateline:article:${encodeURIComponent(hit.id)}`)}</id>`,
    link ? `    <link href="${escapeXml(link)}"/>` : '',
    `    <updated>${atomDate(hit.published, updated)}</updated>`,
    hit.source ? `    <author><name>${escapeXml(hit.source)}</name></author>` : '',
    `    <summary>${escapeXml(hit.snippet)}</summary>`,
    '  </entry>',
  ].filter((line) => line !== '').join('\n');
}

export function queryFeedAtom(query: SavedQuery, hits: readonly ArticleHit[], selfUrl: string, now: Date): string {
  const updated = now.toISOString();
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(`dateline: ${query.name}`)}</title>`,
    `  <subtitle>${escapeXml(query.query)}</subtitle>`,
    `  <id>urn:dateline:query:${escapeXml(query.id)}</id>`,
    `  <link rel="self" href="${escapeXml(selfUrl)}"/>`,
    `  <updated>${updated}</updated>`,
    '  <generator>dateline</generator>',
    ...hits.map((hit) => entry(hit, updated)),
    '</feed>',
    '',
  ].join('\n');
}
