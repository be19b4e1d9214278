/**
 * Geoparsing gold sets as the geo evaluation reads them: articles with toponym spans and, where the
 * gold resolved them, coordinates. The readers (lgl-reader.ts, geovirus-reader.ts) share the small
 * element reader here: both files are flat, regular XML, read by tag offsets so that the text keeps
 * the exact characters the gold offsets count.
 */

export interface GoldToponym {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Null when the gold names a toponym it could not resolve (LGL's entries without a gazetteer tag). */
  readonly lat: number | null;
  readonly lon: number | null;
}

export interface GeoArticle {
  readonly id: string;
  readonly text: string;
  readonly published: string | null;
  readonly toponyms: readonly GoldToponym[];
}

const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/** The XML-escaped text of an element, unescaped; CDATA sections are taken as written. */
export function unescapeXml(raw: string): string {
  if (raw.startsWith('<![CDATA[') && raw.endsWith(']]>')) return raw.slice(9, -3);
  return raw.replace(/&(?:amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** The XML without its comments (GeoVirus keeps some retracted locations commented out). */
export function withoutComments(xml: string): string {
  let out = '';
  let at = 0;
  for (let open = xml.indexOf('<!--'); open >= 0; open = xml.indexOf('<!--', at)) {
    const close = xml.indexOf('-->', open + 4);
    if (close < 0) break;
    out += xml.slice(at, open);
    at = close + 3;
  }
  return out + xml.slice(at);
}

/** The contents of each `<tag ...>...</tag>` in xml[from, to), in order. */
export function elements(xml: string, tag: string, from = 0, to = xml.length): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const close = `</${tag}>`;
  let at = from;
  while (at < to) {
    let open = xml.indexOf(`<${tag}`, at);
    // `<text` must not match `<textual`: the next character closes the name.
    while (open >= 0 && open < to && !/[\s>/]/.test(xml[open + tag.length + 1] ?? '')) open = xml.indexOf(`<${tag}`, open + 1);
    if (open < 0 || open >= to) break;
    const contentStart = xml.indexOf('>', open) + 1;
    if (xml[contentStart - 2] === '/') {
      at = contentStart;
      continue;
    }
    const end = xml.indexOf(close, contentStart);
    if (end < 0 || end > to) break;
    found.push({ start: contentStart, end });
    at = end + close.length;
  }
  return found;
}

/** The unescaped contents of the first `<tag>` in xml[from, to), or null. */
export function firstElement(xml: string, tag: string, from: number, to: number): string | null {
  const found = elements(xml, tag, from, to)[0];
  return found === undefined ? null : unescapeXml(xml.slice(found.start, found.end));
}

/** A number element, or null when absent or not a number. */
export function numberElement(xml: string, tag: string, from: number, to: number): number | null {
  const value = firstElement(xml, tag, from, to);
  if (value === null || value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}
