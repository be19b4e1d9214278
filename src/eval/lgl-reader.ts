/**
 * Reads LGL (Lieberman et al. 2010; local US news, 588 articles): `<article docid>` with `<text>`
 * (CDATA) and `<toponyms>`, each `<toponym>` giving start, end, phrase and, when resolved, a
 * `<gaztag>` with GeoNames lat/lon.
 *
 * @example readLgl(xml)[0] // => { id: '40450848', text: 'Alexandria woman ...', toponyms: [{ start: 0, end: 10, text: 'Alexandria', lat: 31.3113, lon: -92.4451 }, ...] }
 */
import { elements, firstElement, numberElement, withoutComments } from './geo-gold.js';
import type { GeoArticle, GoldToponym } from './geo-gold.js';

export function readLgl(file: string): GeoArticle[] {
  const xml = withoutComments(file);
  return elements(xml, 'article').map(({ start, end }, index) => {
    const head = xml.slice(start - 40, start);
    const id = /docid="([^"]*)"/.exec(head)?.[1] ?? String(index + 1);
    const text = firstElement(xml, 'text', start, end) ?? '';
    const dltime = firstElement(xml, 'dltime', start, end);
    const toponyms: GoldToponym[] = elements(xml, 'toponym', start, end).map((t) => {
      const from = numberElement(xml, 'start', t.start, t.end) ?? 0;
      const to = numberElement(xml, 'end', t.start, t.end) ?? from;
      return { start: from, end: to, text: text.slice(from, to), lat: numberElement(xml, 'lat', t.start, t.end), lon: numberElement(xml, 'lon', t.start, t.end) };
    });
    return { id, text, published: dltime === null ? null : dltime.slice(0, 10), toponyms };
  });
}
