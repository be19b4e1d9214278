/**
 * Reads GeoVirus (Gritta et al. 2018; Wikinews disease-outbreak news, 229 articles): `<article>`
 * with `<source>`, `<text>` (XML-escaped) and `<locations>`, each `<location>` giving name, start,
 * end and Wikipedia lat/lon.
 *
 * @example readGeoVirus(xml)[0].toponyms[0] // => { start: 170, end: 175, text: 'Pandi', lat: 14.87, lon: 120.95 }
 */
import { elements, firstElement, numberElement } from './geo-gold.js';
import type { GeoArticle, GoldToponym } from './geo-gold.js';

export function readGeoVirus(xml: string): GeoArticle[] {
  return elements(xml, 'article').map(({ start, end }, index) => {
    const text = firstElement(xml, 'text', start, end) ?? '';
    const toponyms: GoldToponym[] = elements(xml, 'location', start, end).map((l) => {
      const from = numberElement(xml, 'start', l.start, l.end) ?? 0;
      const to = numberElement(xml, 'end', l.start, l.end) ?? from;
      return { start: from, end: to, text: text.slice(from, to), lat: numberElement(xml, 'lat', l.start, l.end), lon: numberElement(xml, 'lon', l.start, l.end) };
    });
    return { id: firstElement(xml, 'source', start, end) ?? String(index + 1), text, published: null, toponyms };
  });
}
