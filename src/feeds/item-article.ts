/**
 * One feed item as the article to extract: its key in the feed, an id that cannot collide with
 * another feed's, optionally the linked page read as the body (when it says more than the feed),
 * and the publication date by precedence (feed item, page, URL; the dateline comes after
 * extraction) with its source.
 *
 * @example const item = await itemArticle(feedUrl, result, 3, { pages: true, fetcher });
 */
import type { Article } from '../document/document.js';
import { isUrl } from '../ingest/url-fetcher.js';
import { readHtmlBytes } from '../readers/html-reader.js';
import type { ReadResult } from '../readers/reader.js';
import { contentHash } from '../store/content-hash.js';
import { choosePublished, dateInUrl } from '../store/ingest-meta.js';
import type { PublishedSource } from '../store/watch-types.js';
import type { PoliteFetcher } from './polite-fetcher.js';

export interface ItemArticle {
  readonly itemKey: string;
  readonly article: Article;
  readonly publishedSource: PublishedSource | null;
  /** Why the linked page was not used, when it was asked for and failed. */
  readonly pageProblem: string | null;
}

/** The item's guid or link; a hash of title and text for an item with neither (the reader numbered it). */
export function itemKeyOf(feedUrl: string, result: ReadResult, index: number): string {
  const id = result.ok ? result.article.id : result.id;
  if (id !== `${feedUrl}#${index}`) return id;
  return result.ok ? contentHash(`${result.article.title ?? ''}\n${result.article.text}`) : id;
}

async function pageArticle(url: string, fetcher: PoliteFetcher): Promise<Article | string> {
  const outcome = await fetcher.get(url);
  if (outcome.kind === 'not-modified') return 'page answered 304 without a validator';
  if (outcome.kind === 'failed') return `${outcome.code}: ${outcome.reason}`;
  const read = readHtmlBytes(outcome.bytes, outcome.url);
  return read.ok ? read.article : `${read.error.code}: ${read.error.message}`;
}

export async function itemArticle(feedUrl: string, result: ReadResult & { ok: true }, index: number, options: { pages: boolean; fetcher: PoliteFetcher }): Promise<ItemArticle> {
  const feedArticle = result.article;
  const itemKey = itemKeyOf(feedUrl, result, index);
  const link = feedArticle.url && isUrl(feedArticle.url) ? feedArticle.url : null;
  // Ids must be unique across feeds: a link is; a bare guid ("12345") is only within its feed.
  const id = link ?? (isUrl(itemKey) ? itemKey : `${feedUrl}#${itemKey}`);
  let page: Article | null = null;
  let pageProblem: string | null = null;
  if (options.pages && link) {
    const read = await pageArticle(link, options.fetcher);
    if (typeof read === 'string') pageProblem = read; else page = read;
  }
  const body = page && page.text.length > feedArticle.text.length ? page : feedArticle;
  const { published, source } = choosePublished({ feed: feedArticle.published, page: page?.published ?? null, url: dateInUrl(link) });
  const article: Article = {
    ...body,
    id,
    url: link ?? body.url,
    title: feedArticle.title ?? page?.title ?? null,
    source: feedArticle.source ?? page?.source ?? null,
    language: feedArticle.language ?? page?.language ?? null,
    author: feedArticle.author ?? page?.author ?? null,
    published,
  };
  return { itemKey, article, publishedSource: source, pageProblem };
}
