/**
 * Which reader an input needs. An explicit format wins; under `auto`, a telling file extension
 * decides, and otherwise the first bytes: `<rss`/`<feed`/`<rdf:RDF` a feed, `<!doctype html`,
 * `<html` or common body tags a page, a line starting with `{` JSONL, anything else plain text.
 *
 * @example detectFormat('auto', 'wire/story.html', '') // => 'html'
 * @example detectFormat('auto', '-', '{"id":"a","text":"..."}') // => 'jsonl'
 */
import { extname } from 'node:path';
import type { InputFormat } from './reader.js';

export type ConcreteFormat = Exclude<InputFormat, 'auto'>;

/** Bytes of an input's start that sniffing looks at. */
export const SNIFF_LENGTH = 4096;

const BY_EXTENSION: Readonly<Record<string, ConcreteFormat>> = {
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.jsonlines': 'jsonl',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.shtml': 'html',
  '.rss': 'feed', '.atom': 'feed',
  '.txt': 'text', '.text': 'text',
};

export function formatFromExtension(path: string): ConcreteFormat | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** The format suggested by the first characters of an input. */
export function sniffFormat(head: string): ConcreteFormat {
  const start = head.slice(0, SNIFF_LENGTH).replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) return 'jsonl';
  if (!start.startsWith('<')) return 'text';
  const lower = start.toLowerCase();
  if (lower.includes('<rss') || lower.includes('<rdf:rdf') || /<feed[\s>]/.test(lower)) return 'feed';
  if (lower.startsWith('<!doctype html') || /<(?:html|head|body|p|div|article|meta|title)[\s>/]/.test(lower)) return 'html';
  // Other XML cannot be an article; the feed reader will say what it is not.
  if (lower.startsWith('<?xml')) return 'feed';
  return 'html';
}

export function detectFormat(requested: InputFormat, path: string, head: string): ConcreteFormat {
  if (requested !== 'auto') return requested;
  return (path === '-' ? null : formatFromExtension(path)) ?? sniffFormat(head);
}
