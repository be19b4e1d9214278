/**
 * The article object in a page's JSON-LD: the first node whose `@type` is an article type,
 * searched through arrays, `@graph` lists and `mainEntity`, in document order.
 *
 * @example findJsonLdArticle(doc)?.headline // => 'Talks resume in Lisbon'
 */
import type { MetaDocument } from './html-metadata.js';

export type JsonLdNode = Record<string, unknown>;

const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle',
  'ReviewNewsArticle', 'AskPublicNewsArticle', 'BlogPosting', 'LiveBlogPosting', 'SocialMediaPosting', 'Report',
  'ScholarlyArticle', 'TechArticle', 'WebPage', 'Blog',
]);
/** Preferred over WebPage when both are present. */
const WEAK_TYPES = new Set(['WebPage', 'Blog']);
const MAX_NODES = 2000;
const MAX_DEPTH = 20;

function types(node: JsonLdNode): string[] {
  const value = node['@type'];
  const list = Array.isArray(value) ? value : [value];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^https?:\/\/schema\.org\//, ''));
}

/** Article-typed nodes, strong types first, each list in document order. */
function collect(value: unknown, found: { strong: JsonLdNode[]; weak: JsonLdNode[]; seen: number }, depth: number): void {
  if (depth > MAX_DEPTH || found.seen > MAX_NODES || value === null || typeof value !== 'object') return;
  found.seen++;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, found, depth + 1);
    return;
  }
  const node = value as JsonLdNode;
  const nodeTypes = types(node).filter((t) => ARTICLE_TYPES.has(t));
  if (nodeTypes.some((t) => !WEAK_TYPES.has(t))) found.strong.push(node);
  else if (nodeTypes.length > 0) found.weak.push(node);
  collect(node['@graph'], found, depth + 1);
  collect(node.mainEntity, found, depth + 1);
  collect(node.mainEntityOfPage, found, depth + 1);
}

function parseJson(text: string): unknown {
  // Some sites wrap the JSON in an HTML comment or CDATA, or end it with a stray semicolon.
  const body = text.trim().replace(/^<!--/, '').replace(/-->$/, '').replace(/^\/\/<!\[CDATA\[/, '').replace(/\/\/\]\]>$/, '').trim().replace(/;$/, '');
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}

export function findJsonLdArticle(doc: MetaDocument): JsonLdNode | null {
  const found = { strong: [] as JsonLdNode[], weak: [] as JsonLdNode[], seen: 0 };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) collect(parseJson(scripts[i]!.textContent ?? ''), found, 0);
  return found.strong[0] ?? found.weak[0] ?? null;
}

/** A JSON-LD value as one string: a string itself, a number, or the first of a list. */
export function jsonLdString(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return jsonLdString(value[0]);
  if (value !== null && typeof value === 'object') {
    const node = value as JsonLdNode;
    return jsonLdString(node['@value'] ?? node.name ?? node['@id']);
  }
  return null;
}

/** Author names, joined: `"author": [{"name": "A"}, "B"]` => 'A, B'. */
export function jsonLdAuthor(value: unknown): string | null {
  const list = Array.isArray(value) ? value : [value];
  const names = list.slice(0, 20)
    .map((item) => (item !== null && typeof item === 'object' ? jsonLdString((item as JsonLdNode).name) : jsonLdString(item)))
    .filter((name): name is string => name !== null && !/^https?:\/\//i.test(name));
  return names.length > 0 ? [...new Set(names)].join(', ') : null;
}
