/**
 * The fallback body finder: the element holding the most paragraph text that is not link text.
 * Each element scores the text of its own text nodes and of its `<p>`-like children, less the
 * text inside links; boilerplate containers (nav, header, footer, aside, forms) score nothing.
 */
import type { TextNodeLike } from './html-text.js';

export interface DomElement extends TextNodeLike {
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomElement>;
}

const PARAGRAPH_TAGS = new Set(['P', 'PRE', 'BLOCKQUOTE', 'H2', 'H3', 'LI']);
const BOILERPLATE_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT']);
const MAX_ELEMENTS = 50_000;
const MAX_DEPTH = 400;

/** Characters of text under `node`, less those inside links. */
function plainLength(node: DomElement, depth = 0): number {
  if (node.nodeType === 3) return (node.textContent ?? '').trim().length;
  if (node.nodeType !== 1 || depth > MAX_DEPTH) return 0;
  const tag = node.nodeName.toUpperCase();
  if (tag === 'A' || BOILERPLATE_TAGS.has(tag)) return 0;
  let total = 0;
  for (let i = 0; i < node.childNodes.length; i++) total += plainLength(node.childNodes[i]!, depth + 1);
  return total;
}

function ownScore(node: DomElement): number {
  let score = 0;
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i]!;
    if (child.nodeType === 3) score += (child.textContent ?? '').trim().length;
    else if (child.nodeType === 1 && PARAGRAPH_TAGS.has(child.nodeName.toUpperCase())) score += plainLength(child);
  }
  return score;
}

/** The best-scoring element under `root`, or null when no element holds any text. */
export function findDenseBlock(root: DomElement): DomElement | null {
  let best: DomElement | null = null;
  let bestScore = 0;
  let visited = 0;
  const stack: { node: DomElement; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0 && visited < MAX_ELEMENTS) {
    const { node, depth } = stack.pop()!;
    visited++;
    if (BOILERPLATE_TAGS.has(node.nodeName.toUpperCase()) || depth > MAX_DEPTH) continue;
    const score = ownScore(node);
    if (score > bestScore) {
      best = node;
      bestScore = score;
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) {
      const child = node.childNodes[i]!;
      if (child.nodeType === 1) stack.push({ node: child, depth: depth + 1 });
    }
  }
  return best;
}
