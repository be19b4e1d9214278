/**
 * The time component's own light tokens: words, digit runs and single punctuation marks, with
 * offsets. Hyphens, full stops and apostrophes are tokens of their own so that "third-quarter",
 * "Jan." and "year's" all break the same way as the lexicon's phrases do.
 */

export type TokenKind = 'word' | 'num' | 'punct';

export interface TimeToken {
  readonly start: number;
  readonly end: number;
  /** Lower case; curly apostrophes folded to "'". */
  readonly word: string;
  readonly kind: TokenKind;
  /** The first character is an upper-case letter. */
  readonly capital: boolean;
}

const TOKEN = /\p{L}+|\d+|[^\s\p{L}\d]/gu;
const UPPER = /^\p{Lu}/u;

export function tokenize(text: string, from = 0, to = text.length): TimeToken[] {
  const tokens: TimeToken[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  for (const match of slice.matchAll(TOKEN)) {
    const raw = match[0];
    const first = raw.charCodeAt(0);
    const kind: TokenKind = first >= 48 && first <= 57 ? 'num' : raw.length === 1 && !/\p{L}/u.test(raw) ? 'punct' : 'word';
    const word = kind === 'punct' ? (raw === '’' || raw === '‘' ? "'" : raw) : raw.toLowerCase();
    const start = from + match.index;
    tokens.push({ start, end: start + raw.length, word, kind, capital: kind === 'word' && UPPER.test(raw) });
  }
  return tokens;
}

/** The words of a lexicon phrase, split the way text is. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((token) => token.word);
}
