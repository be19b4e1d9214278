/**
 * Trims characters of a set from the ends of a string with a plain loop. A regular expression
 * like /[\s,-]+$/ does the same but scans quadratically on a long run of those characters.
 *
 * @example trimChars('Gaza, - ', ' ,-') === 'Gaza'
 */
export function trimChars(text: string, chars: string, sides: 'both' | 'end' = 'both'): string {
  const trimmed = (ch: string): boolean => chars.includes(ch) || (chars.includes(' ') && /\s/.test(ch));
  let start = 0;
  let end = text.length;
  if (sides === 'both') while (start < end && trimmed(text[start]!)) start++;
  while (end > start && trimmed(text[end - 1]!)) end--;
  return text.slice(start, end);
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * Trims everything but letters and digits from the ends of a string, with a plain loop (the
 * regex /[^\p{L}\p{N}]+$/u scans quadratically on a long run of punctuation). Letters outside
 * the Basic Multilingual Plane count as letters.
 *
 * @example trimNonWord('“Hello,”') === 'Hello'
 */
export function trimNonWord(text: string): string {
  const isWordAt = (index: number): boolean => WORD_CHAR.test(String.fromCodePoint(text.codePointAt(index)!));
  let start = 0;
  let end = text.length;
  while (start < end && !isWordAt(start)) start += text.codePointAt(start)! > 0xffff ? 2 : 1;
  while (end > start) {
    const pair = end - 2 >= start && isLowSurrogate(text.charCodeAt(end - 1)) && isHighSurrogate(text.charCodeAt(end - 2));
    const last = pair ? end - 2 : end - 1;
    if (isWordAt(last)) break;
    end = last;
  }
  return text.slice(start, end);
}
