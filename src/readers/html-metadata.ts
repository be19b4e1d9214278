/**
 * Article metadata from an HTML page: JSON-LD first (NewsArticle and kin, including `@graph`
 * arrays), then meta tags (og:, article:, citation_, parsely, dc.*), then plain elements.
 */
import { toIsoDate } from './published-date.js';
import { findJsonLdArticle, jsonLdAuthor, jsonLdString } from './html-jsonld.js';

export interface HtmlMetadata {
  readonly title: string | null;
  readonly author: string | null;
  readonly published: string | null;
  readonly language: string | null;
  readonly url: string | null;
  readonly source: string | null;
}

/** The DOM calls used here; linkedom's document satisfies them. */
export interface MetaDocument {
  querySelectorAll(selector: string): ArrayLike<MetaElement>;
  querySelector(selector: string): MetaElement | null;
  readonly documentElement: MetaElement | null;
}
export interface MetaElement {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
}

const TITLE_KEYS = ['og:title', 'twitter:title', 'citation_title', 'dc.title', 'parsely-title', 'sailthru.title'];
const AUTHOR_KEYS = ['author', 'article:author', 'citation_author', 'parsely-author', 'dc.creator', 'dcterms.creator', 'sailthru.author', 'byl'];
const DATE_KEYS = [
  'article:published_time', 'og:article:published_time', 'article:published', 'citation_publication_date', 'citation_date',
  'citation_online_date', 'parsely-pub-date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'dcterms.date', 'dcterms.issued',
  'sailthru.date', 'pubdate', 'publishdate', 'publish-date', 'date', 'og:published_time', 'article.published',
];
const LANGUAGE_KEYS = ['og:locale', 'dc.language', 'dcterms.language', 'content-language', 'language'];
const SITE_KEYS = ['og:site_name', 'application-name', 'citation_journal_title', 'publisher', 'dc.publisher', 'twitter:site'];
const URL_KEYS = ['og:url', 'twitter:url', 'parsely-link'];

/** Every `<meta>` value keyed by its lower-cased name, property or http-equiv (first one wins). */
function metaTable(doc: MetaDocument): Map<string, string> {
  const table = new Map<string, string>();
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i]!;
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? meta.getAttribute('http-equiv'))?.trim().toLowerCase();
    const value = meta.getAttribute('content')?.trim();
    if (key && value && !table.has(key)) table.set(key, value);
  }
  return table;
}

function first(table: Map<string, string>, keys: readonly string[], accept: (value: string) => string | null = (v) => v): string | null {
  for (const key of keys) {
    const value = table.get(key);
    const accepted = value === undefined ? null : accept(value);
    if (accepted) return accepted;
  }
  return null;
}

/** An author meta that is a profile URL (article:author on Facebook-style pages) names no one. */
const personName = (value: string): string | null => (/^https?:\/\//i.test(value) ? null : value);

function normaliseLanguage(value: string | null | undefined): string | null {
  const code = value?.trim().replace('_', '-').split(/[\s,;]/)[0] ?? '';
  return /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(code) ? code.toLowerCase() : null;
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/** The page's metadata; every field is null when the page does not say. */
export function readHtmlMetadata(doc: MetaDocument): HtmlMetadata {
  const ld = findJsonLdArticle(doc);
  const meta = metaTable(doc);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const publisher = ld && typeof ld.publisher === 'object' && ld.publisher !== null ? (ld.publisher as Record<string, unknown>) : null;
  return {
    title: clean(jsonLdString(ld?.headline) ?? first(meta, TITLE_KEYS) ?? doc.querySelector('title')?.textContent),
    author: clean(jsonLdAuthor(ld?.author) ?? first(meta, AUTHOR_KEYS, personName)),
    published: toIsoDate(jsonLdString(ld?.datePublished)) ?? first(meta, DATE_KEYS, toIsoDate)
      ?? toIsoDate(doc.querySelector('time[datetime]')?.getAttribute('datetime')),
    language: normaliseLanguage(doc.documentElement?.getAttribute('lang')) ?? normaliseLanguage(jsonLdString(ld?.inLanguage))
      ?? normaliseLanguage(first(meta, LANGUAGE_KEYS)),
    url: clean(absoluteUrl(canonical) ?? absoluteUrl(first(meta, URL_KEYS)) ?? absoluteUrl(jsonLdString(ld?.url))),
    source: clean(first(meta, SITE_KEYS.slice(0, 1)) ?? jsonLdString(publisher?.name) ?? first(meta, SITE_KEYS.slice(1))),
  };
}

function absoluteUrl(value: string | null | undefined): string | null {
  return value && /^https?:\/\//i.test(value.trim()) ? value.trim() : null;
}
