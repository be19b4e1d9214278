/**
 * RSS 2.0 (and 1.0) and Atom feeds: each item or entry is an article whose text is its
 * content:encoded, content, description or summary turned from HTML into text. A feed that is
 * not well-formed XML, or not RSS or Atom, is one BAD_FEED failure; a feed with no items is EMPTY.
 *
 * @example readFeed('<rss><channel><item><title>T</title><description>Text</description></item></channel></rss>', 'f')
 *   // => [{ ok: true, article: { id: 'f#1', title: 'T', text: 'Text', ... } }]
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { feedText, pickLink, textOf } from './feed-values.js';
import type { FeedNode } from './feed-values.js';
import { toIsoDate } from './published-date.js';
import type { ReadResult } from './reader.js';
import { failure } from './reader.js';
import { readText } from './text-reader.js';

const REPEATED = new Set(['item', 'entry', 'link', 'author', 'dc:creator', 'category']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  isArray: (name) => REPEATED.has(name),
});

interface FeedShape {
  readonly kind: 'rss' | 'atom';
  readonly channel: FeedNode;
  readonly items: unknown[];
}

function shapeOf(doc: FeedNode): FeedShape | null {
  const rss = doc.rss as FeedNode | undefined;
  if (rss && typeof rss === 'object') {
    const channel = (rss.channel ?? {}) as FeedNode;
    return { kind: 'rss', channel, items: asList(channel.item) };
  }
  const rdf = doc['rdf:RDF'] as FeedNode | undefined;
  if (rdf && typeof rdf === 'object') return { kind: 'rss', channel: (rdf.channel ?? {}) as FeedNode, items: asList(rdf.item) };
  const feed = doc.feed as FeedNode | undefined;
  if (feed !== undefined) return { kind: 'atom', channel: typeof feed === 'object' ? feed : {}, items: asList(typeof feed === 'object' ? feed.entry : undefined) };
  return null;
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

function authorOf(item: FeedNode): string | null {
  const names = [...asList(item.author), ...asList(item['dc:creator'])]
    .map((entry) => (entry !== null && typeof entry === 'object' ? textOf((entry as FeedNode).name) ?? textOf(entry) : textOf(entry)))
    .filter((name): name is string => name !== null)
    // RSS <author> is `email (Name)`; the name is what an article's author means.
    .map((name) => /^[^\s@()]+@[^\s()]+\s*\(([^()]+)\)$/.exec(name)?.[1]?.trim() ?? name);
  return names.length > 0 ? [...new Set(names)].join(', ') : null;
}

function itemResult(raw: unknown, index: number, shape: FeedShape, label: string): ReadResult {
  const fallbackId = `${label}#${index}`;
  if (raw === null || typeof raw !== 'object') return failure(fallbackId, 'EMPTY', `Item ${index} of ${label} is empty.`);
  const item = raw as FeedNode;
  const title = textOf(item.title);
  const link = pickLink(item.link);
  const id = textOf(item.guid) ?? textOf(item.id) ?? link ?? fallbackId;
  const body = feedText(item['content:encoded'] ?? item.content) ?? feedText(item.description ?? item.summary);
  const dated = shape.kind === 'rss' ? item.pubDate ?? item['dc:date'] : item.published ?? item.updated;
  const language = textOf(shape.channel.language) ?? textOf(shape.channel['@_xml:lang']) ?? textOf(item['@_xml:lang']);
  // An item with no description still has a headline worth reading.
  return readText(body ?? title ?? '', id, {
    title,
    url: link,
    source: textOf(shape.channel.title),
    published: toIsoDate(textOf(dated) ?? textOf(item['dc:date'])),
    language: language ? language.toLowerCase() : null,
    author: authorOf(item),
  });
}

/** Every item of the feed in document order; never throws. */
export function readFeed(xml: string, label: string): ReadResult[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line } = valid.err;
    return [failure(label, 'BAD_FEED', `${label} is not well-formed XML (line ${line}: ${msg}); check that it is a complete RSS or Atom file.`)];
  }
  let shape: FeedShape | null;
  try {
    shape = shapeOf(parser.parse(xml) as FeedNode);
  } catch (error) {
    return [failure(label, 'BAD_FEED', `${label} could not be parsed as XML: ${(error as Error).message}.`)];
  }
  if (!shape) return [failure(label, 'BAD_FEED', `${label} is XML but neither RSS (<rss>) nor Atom (<feed>).`)];
  if (shape.items.length === 0) return [failure(label, 'EMPTY', `${label} is a feed with no items.`)];
  return shape.items.map((item, i) => itemResult(item, i + 1, shape, label));
}
