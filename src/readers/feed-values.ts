/**
 * Values as fast-xml-parser gives them for a feed: a string, an object with `#text` and `@_`
 * attributes, or a list. These helpers turn them into the strings an article needs.
 */
import { parsePage } from './html-body.js';
import { htmlNodeText } from './html-text.js';

export type FeedNode = Record<string, unknown>;

const MAX_DEPTH = 50;

/** Every text inside a parsed value, joined (for Atom XHTML content and odd nestings). */
function collectText(value: unknown, out: string[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (typeof value === 'string' || typeof value === 'number') out.push(String(value));
  else if (Array.isArray(value)) value.forEach((item) => collectText(item, out, depth + 1));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) if (!key.startsWith('@_')) collectText(child, out, depth + 1);
  }
}

/** A value as one trimmed string, or null. */
export function textOf(value: unknown): string | null {
  if (Array.isArray(value)) return textOf(value[0]);
  const out: string[] = [];
  collectText(value, out, 0);
  const text = out.join(' ').trim();
  return text === '' ? null : text;
}

/** The article link: RSS `<link>` text, or Atom's `rel="alternate"` (or unlabelled) href. */
export function pickLink(value: unknown): string | null {
  const links = Array.isArray(value) ? value : value === undefined ? [] : [value];
  let fallback: string | null = null;
  for (const link of links) {
    if (typeof link === 'string' && link.trim()) return link.trim();
    if (link === null || typeof link !== 'object') continue;
    const node = link as FeedNode;
    const href = typeof node['@_href'] === 'string' ? node['@_href'].trim() : textOf(node);
    const rel = node['@_rel'];
    if (href && (rel === undefined || rel === 'alternate')) return href;
    fallback ??= href;
  }
  return fallback;
}

/** Description or content as plain text; HTML (escaped or in CDATA) is converted, paragraphs kept. */
export function feedText(value: unknown): string | null {
  const raw = textOf(value);
  if (raw === null) return null;
  if (!raw.includes('<')) return raw;
  const page = parsePage(raw);
  const text = page.body ? htmlNodeText(page.body) : raw;
  return text.trim() === '' ? null : text;
}
