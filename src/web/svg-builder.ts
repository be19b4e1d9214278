/**
 * SVG elements, made like dom-builder's `el`: attributes set one by one, text only as text nodes.
 *
 * @example
 *   svgEl('circle', { cx: 4, cy: 4, r: 2 }, svgEl('title', {}, 'Gaza · 3 events'))
 */
import type { Child } from './dom-builder.js';
import { append } from './dom-builder.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string | number | undefined>> = {},
  ...children: readonly Child[]
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined) node.setAttribute(name, String(value));
  }
  append(node, children);
  return node;
}
