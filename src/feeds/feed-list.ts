/**
 * Lists of feeds: a text file (one URL a line, `#` comments) or OPML (the outline format feed
 * readers import and export), told apart by content. OPML is written with every value escaped.
 *
 * @example parseFeedList('# world\nhttps://news.example/rss\n') // ['https://news.example/rss']
 * @example toOpml([{ url: 'https://news.example/rss', title: 'News' }])
 */
import { XMLParser } from 'fast-xml-parser';
import { escapeXml } from '../util/escape-xml.js';

export interface FeedEntry {
  readonly url: string;
  readonly title: string | null;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', htmlEntities: true, isArray: (name) => name === 'outline' });

function isFeedUrl(value: unknown): value is string {
  return typeof value === 'string' && /^https?:\/\/\S+$/i.test(value.trim());
}

function outlines(node: unknown, out: FeedEntry[], depth = 0): void {
  if (depth > 20 || node === null || typeof node !== 'object') return;
  for (const outline of ((node as Record<string, unknown>).outline ?? []) as Record<string, unknown>[]) {
    const url = outline['@_xmlUrl'];
    const title = outline['@_title'] ?? outline['@_text'];
    if (isFeedUrl(url)) out.push({ url: url.trim(), title: typeof title === 'string' ? title : null });
    outlines(outline, out, depth + 1);
  }
}

/** The feeds in a text list or an OPML document, without repeats, in order. */
export function parseFeedEntries(text: string): FeedEntry[] {
  const entries: FeedEntry[] = [];
  if (/^\s*(<\?xml[^>]*>\s*)?<opml[\s>]/i.test(text)) {
    const doc = parser.parse(text) as { opml?: { body?: unknown } };
    outlines(doc.opml?.body, entries);
  } else {
    for (const line of text.split(/\r?\n/)) {
      const url = line.replace(/#.*/, '').trim();
      if (url === '') continue;
      if (!isFeedUrl(url)) throw new Error(`"${url}" is not an http(s) feed URL; write one URL a line, # for comments.`);
      entries.push({ url, title: null });
    }
  }
  const seen = new Set<string>();
  return entries.filter((entry) => !seen.has(entry.url) && seen.add(entry.url));
}

export function parseFeedList(text: string): string[] {
  return parseFeedEntries(text).map((entry) => entry.url);
}

export function toOpml(feeds: readonly FeedEntry[], title = 'dateline feeds'): string {
  const lines = feeds.map((feed) => {
    const name = escapeXml(feed.title ?? feed.url);
    return `    <outline type="rss" text="${name}" title="${name}" xmlUrl="${escapeXml(feed.url)}"/>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n  <head><title>${escapeXml(title)}</title></head>\n  <body>\n${lines.join('\n')}\n  </body>\n</opml>\n`;
}
