/**
 * Reads one HTML page into an article: the body as text (paragraphs separated by blank lines)
 * and the page's metadata. A page with no readable text is a BAD_HTML failure, never a throw.
 *
 * @example readHtml('<html><head><title>Talks</title></head><body><p>Text.</p></body></html>', 'page')
 *   // => { ok: true, article: { id: 'page', title: 'Talks', text: 'Text.', ... } }
 */
import { decodeBytes } from './bytes-decoder.js';
import { extractBody, parsePage } from './html-body.js';
import { htmlDepthOver, MAX_HTML_DEPTH } from './html-depth.js';
import { readHtmlMetadata } from './html-metadata.js';
import { toIsoDate } from './published-date.js';
import type { ReadResult } from './reader.js';
import { failure } from './reader.js';
import { splitSeedHeader } from './seed-header.js';

export function readHtml(html: string, id: string): ReadResult {
  if (htmlDepthOver(html)) {
    return failure(id, 'BAD_HTML', `The HTML of ${id} nests more than ${MAX_HTML_DEPTH} elements deep, which no article page does; it was not parsed.`);
  }
  try {
    const page = parsePage(html);
    // Metadata first: Readability rewrites the tree it reads.
    const meta = readHtmlMetadata(page);
    const body = extractBody(page, html);
    // A page whose only text is its title (an unclosed <title> swallows the rest) is still read.
    const { published: seedDate, text } = splitSeedHeader(body.text || meta.title || '');
    if (text.trim() === '') return failure(id, 'BAD_HTML', `No article text could be read from the HTML of ${id}; is it a page with an article body?`);
    return {
      ok: true,
      article: {
        id,
        text,
        title: meta.title ?? body.title,
        url: meta.url,
        source: meta.source ?? body.source,
        published: meta.published ?? toIsoDate(body.published) ?? seedDate,
        language: meta.language,
        author: meta.author ?? body.author,
      },
    };
  } catch (error) {
    return failure(id, 'BAD_HTML', `The HTML of ${id} could not be parsed: ${(error as Error).message}`);
  }
}

/** Reads an HTML page from bytes: UTF-8, or the charset the page declares. */
export function readHtmlBytes(bytes: Uint8Array, id: string): ReadResult {
  const decoded = decodeBytes(bytes, id);
  return decoded.ok ? readHtml(decoded.text, id) : failure(id, decoded.code, decoded.message);
}
