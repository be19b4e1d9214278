/**
 * How deep an HTML page nests, estimated in one pass over its tags before it is parsed: the DOM
 * parser (linkedom) takes time that grows with the square of the nesting (40,000 nested elements
 * take over 15 s), so a page nested deeper than any real one is refused before parsing.
 *
 * The estimate counts start tags against end tags; void elements, self-closed tags and the
 * elements a parser closes by itself (`<p>`, `<li>`, table cells…) are not counted, so that a
 * sloppy but ordinary page is never mistaken for a deep one.
 *
 * @example
 *   htmlDepthOver('<div><div>x</div></div>', 1) // => true
 *   htmlDepthOver('<p>a<p>b<p>c', 1)            // => false
 */

/** Real pages nest under 100 deep; this leaves a wide margin and keeps parsing under a second. */
export const MAX_HTML_DEPTH = 4_000;

const UNCOUNTED = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'rb', 'rt', 'rp',
]);

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function isNameChar(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57) || code === 45;
}

/** True when the page's estimated nesting passes `limit`; stops as soon as it does. */
export function htmlDepthOver(html: string, limit: number = MAX_HTML_DEPTH): boolean {
  let depth = 0;
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', at + 1)) {
    const closing = html.charCodeAt(at + 1) === 47;
    let end = at + (closing ? 2 : 1);
    // A tag name starts with a letter: "3<4" and "a < b" are text.
    if (!isLetter(html.charCodeAt(end))) continue;
    while (end < html.length && isNameChar(html.charCodeAt(end))) end++;
    const name = html.slice(at + (closing ? 2 : 1), end).toLowerCase();
    if (name === '' || UNCOUNTED.has(name)) continue;
    if (closing) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    const close = html.indexOf('>', end);
    if (close !== -1 && html.charCodeAt(close - 1) === 47) continue;
    if (++depth > limit) return true;
  }
  return false;
}
