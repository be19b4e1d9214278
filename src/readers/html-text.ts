/**
 * Turns a DOM subtree into plain text: block elements become paragraphs separated by a blank
 * line, `<br>` a line break, and runs of spaces collapse, so that the text reads as the page did.
 *
 * @example htmlNodeText(parse('<p>One <b>two</b></p><p>Three</p>').body) // => 'One two\n\nThree'
 */

/** The small part of the DOM this module needs; linkedom nodes satisfy it. */
export interface TextNodeLike {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<TextNodeLike>;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CENTER',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'HEAD']);
const CELL_TAGS = new Set(['TD', 'TH']);
/** Deeper nesting than this is almost certainly hostile input; stop descending. */
const MAX_DEPTH = 400;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Collects text with paragraph markers; `\u0000P` marks a paragraph break, `\u0000L` a line break. */
class TextCollector {
  private readonly parts: string[] = [];

  text(value: string): void {
    this.parts.push(value.replace(/[\s\u0000]+/g, ' '));
  }

  paragraph(): void {
    this.parts.push('\u0000P');
  }

  line(): void {
    this.parts.push('\u0000L');
  }

  result(): string {
    const paragraphs: string[] = [];
    for (const block of this.parts.join('').split('\u0000P')) {
      const lines = block.split('\u0000L').map((line) => line.replace(/ {2,}/g, ' ').trim()).filter((line) => line !== '');
      if (lines.length > 0) paragraphs.push(lines.join('\n'));
    }
    return paragraphs.join('\n\n');
  }
}

function walk(node: TextNodeLike, out: TextCollector, depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (node.nodeType === TEXT_NODE) {
    out.text(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== ELEMENT_NODE && depth > 0) return;
  const tag = node.nodeName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return;
  if (tag === 'BR') {
    out.line();
    return;
  }
  const block = BLOCK_TAGS.has(tag);
  if (block) out.paragraph();
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) walk(children[i]!, out, depth + 1);
  if (block) out.paragraph();
  else if (CELL_TAGS.has(tag)) out.text(' ');
}

/** The readable text of a node and its descendants, paragraphs separated by blank lines. */
export function htmlNodeText(node: TextNodeLike): string {
  const out = new TextCollector();
  walk(node, out, 0);
  return out.result();
}
