/**
 * Month names as datelines write them: in full, abbreviated with or without a full stop, in any case
 * ("November", "Nov.", "Nov", "NOV", "Sept."). One table feeds both the finder's pattern and the
 * month number, so a new spelling is added in one place.
 */
export const MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
  ['july', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
];

const MONTH_NUMBER = new Map<string, number>(MONTHS.flatMap((spellings, i) => spellings.map((s) => [s, i + 1] as const)));

/**
 * A regular-expression alternation of every spelling in any case ("[Mm][Aa][Rr]..."), longest first
 * so "March" wins over "Mar". Case is spelt out because the finders cannot use the `i` flag: under it
 * `\p{Lu}` also matches lower-case letters.
 */
export const MONTH_PATTERN = [...MONTH_NUMBER.keys()]
  .sort((a, b) => b.length - a.length)
  .map((spelling) => [...spelling].map((letter) => `[${letter.toUpperCase()}${letter}]`).join(''))
  .join('|');

/** @example monthNumber('Nov.') === 11; monthNumber('Monday') === null */
export function monthNumber(written: string): number | null {
  return MONTH_NUMBER.get(written.toLowerCase().replace(/\.$/, '')) ?? null;
}

/**
 * A misspelt month in a dateline's date position, read by its first three letters when it is no
 * longer than "Septem" ("Marc", "Apri", "Junee", "Marchg"); anything else is no month.
 *
 * @example misspeltMonthNumber('Apri') === 4; misspeltMonthNumber('Mach') === null
 */
export function misspeltMonthNumber(written: string): number | null {
  const word = written.toLowerCase().replace(/\.$/, '');
  if (word.length < 3 || word.length > 6) return null;
  return MONTH_NUMBER.get(word.slice(0, 3)) ?? null;
}
