/**
 * The article body of an HTML page: Mozilla Readability over linkedom, and when it finds nothing,
 * the largest text-dense block (see html-dense-block.ts). Paragraphs are separated by blank lines.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanBody, removeCaptions } from './html-body-cleaner.js';
import type { CleanableElement } from './html-body-cleaner.js';
import { findDenseBlock } from './html-dense-block.js';
import type { DomElement } from './html-dense-block.js';
import type { MetaDocument } from './html-metadata.js';
import { htmlNodeText } from './html-text.js';
import type { TextNodeLike } from './html-text.js';

/** What a parsed page offers to the body and metadata extractors. */
export interface ParsedPage extends MetaDocument {
  readonly body: (DomElement & TextNodeLike) | null;
}

/** Parses HTML; a fragment (no `<html>`) is wrapped so that it still has a body. */
export function parsePage(html: string): ParsedPage {
  const wrapped = /<html[\s>]/i.test(html.slice(0, 4096)) || /<body[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`;
  const { document } = parseHTML(wrapped) as unknown as { document: ParsedPage };
  return document;
}

/**
 * Readability's time grows steeply with nesting (1,000 nested <div>s take 30 s); real pages nest
 * under 60 deep (the benchmark's deepest is 50), so deeper trees skip straight to the fallback.
 */
const MAX_READABILITY_DEPTH = 150;
/** Readability gives up (throws) past this many elements, and the fallback takes over. */
const MAX_READABILITY_ELEMENTS = 200_000;

/** Below this many characters Readability's pick is likely a teaser, so the dense block may do better. */
const SHORT_BODY = 200;

/** Body text plus the metadata Readability found, used where the page's own tags are silent. */
export interface PageBody {
  readonly text: string;
  readonly title: string | null;
  readonly author: string | null;
  readonly published: string | null;
  readonly source: string | null;
}

const NOTHING: PageBody = { text: '', title: null, author: null, published: null, source: null };

function cleaned(node: TextNodeLike): TextNodeLike {
  cleanBody(node as unknown as CleanableElement);
  return node;
}

function readabilityBody(page: ParsedPage): PageBody {
  try {
    // Captions go before Readability runs: it turns caption <div>s into <p>s and loses their classes.
    if (page.body) removeCaptions(page.body as unknown as CleanableElement);
    const reader = new Readability<TextNodeLike>(page as never, {
      maxElemsToParse: MAX_READABILITY_ELEMENTS,
      serializer: (node) => node as unknown as TextNodeLike,
    });
    const result = reader.parse();
    return {
      text: result?.content ? htmlNodeText(cleaned(result.content)) : '',
      title: result?.title || null,
      author: result?.byline || null,
      published: result?.publishedTime || null,
      source: result?.siteName || null,
    };
  } catch {
    // Readability throws on some pathological trees; the fallback still gets its chance.
    return NOTHING;
  }
}

interface ElementLike {
  readonly children?: ArrayLike<ElementLike>;
}

/** True when any element lies deeper than `limit` below `root`; stops as soon as one does. */
function deeperThan(root: ElementLike, limit: number): boolean {
  const stack: { node: ElementLike; depth: number }[] = [{ node: root, depth: 0 }];
  for (let visited = 0; stack.length > 0 && visited < MAX_READABILITY_ELEMENTS; visited++) {
    const { node, depth } = stack.pop()!;
    if (depth > limit) return true;
    const children = node.children ?? [];
    for (let i = 0; i < children.length; i++) stack.push({ node: children[i]!, depth: depth + 1 });
  }
  return false;
}

/**
 * The body text of the page. `html` is parsed afresh for the fallback when Readability has run,
 * because Readability rewrites the tree it is given.
 */
export function extractBody(page: ParsedPage, html: string): PageBody {
  const tooDeep = page.body !== null && deeperThan(page.body as ElementLike, MAX_READABILITY_DEPTH);
  const found = tooDeep ? NOTHING : readabilityBody(page);
  if (found.text.length >= SHORT_BODY) return found;
  const fresh = tooDeep ? page : parsePage(html);
  const block = fresh.body ? findDenseBlock(fresh.body) : null;
  // Broken markup can leave text outside any block; then the whole body is the best there is.
  const fallback = (block ? htmlNodeText(block) : '') || (fresh.body ? htmlNodeText(fresh.body) : '');
  return fallback.length > found.text.length ? { ...found, text: fallback } : found;
}
