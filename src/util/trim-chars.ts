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
