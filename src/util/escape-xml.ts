/**
 * Text and attribute values made safe for XML (OPML, Atom): markup characters and quotes as
 * character references, and characters XML 1.0 forbids dropped.
 *
 * @example escapeXml('Talks <ended> & "resumed"') // 'Talks &#60;ended&#62; &#38; &#34;resumed&#34;'
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
