/**
 * Text normalisation, done once per article before any component runs. Every offset in every
 * layer indexes the string this returns, so nothing downstream may change the text again.
 */
import { unwrapLines } from './line-wraps.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0 and C1 controls other than tab and newline; they carry no meaning in news text.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const ODD_SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Hard-wrapped text (old wire copy) has the breaks inside its paragraphs turned into spaces
 * (line-wraps.ts), so a wrap ends no sentence.
 *
 * @example normaliseText('\uFEFFBEIJING,\r\nNov 1') === 'BEIJING,\nNov 1'
 */
export function normaliseText(raw: string): string {
  const text = raw
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(ZERO_WIDTH, '')
    .replace(CONTROL, ' ')
    .replace(ODD_SPACE, ' ')
    // The lookbehind starts a match only at the first blank of a run, keeping the scan linear.
    .replace(/(?<![ \t])[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return unwrapLines(text);
}
