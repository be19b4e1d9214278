/**
 * Reads GeoVirus (Gritta et al. 2018; Wikinews disease-outbreak news, 229 articles): `<article>`
 * with `<source>`, `<text>` (XML-escaped) and `<locations>`, each `<location>` giving name, start,
 * end and Wikipedia lat/lon.
 *
 * @example readGeoVirus(xml)[0].toponyms[0] // => { start: 170, end: 175, text: 'Pandi', lat: 14.87, lon: 120.95 }
 */
import { elements, firstElement, numberElement, withoutComments } from './geo-gold.js';
import type { GeoArticle, GoldToponym } from './geo-gold.js';

// The file's offsets count one more character than its text holds (the name "Pandi" is given at
// 170-175 where the text has it at 169); the name is looked for this near the given start.
const SLACK = 3;

function alignedStart(text: string, name: string, start: number): number {
  for (let shift = 0; shift <= SLACK; shift++) {
    if (text.startsWith(name, start - shift)) return start - shift;
    if (text.startsWith(name, start + shift)) return start + shift;
  }
  return start;
}

export function readGeoVirus(file: string): GeoArticle[] {
  const xml = withoutComments(file);
  return elements(xml, 'article').map(({ start, end }, index) => {
    const text = firstElement(xml, 'text', start, end) ?? '';
    const toponyms: GoldToponym[] = elements(xml, 'location', start, end).map((l) => {
      const name = firstElement(xml, 'name', l.start, l.end) ?? '';
      const from = alignedStart(text, name, numberElement(xml, 'start', l.start, l.end) ?? 0);
      return { start: from, end: from + name.length, text: text.slice(from, from + name.length), lat: numberElement(xml, 'lat', l.start, l.end), lon: numberElement(xml, 'lon', l.start, l.end) };
    });
    return { id: firstElement(xml, 'source', start, end) ?? String(index + 1), text, published: null, toponyms };
  });
}
