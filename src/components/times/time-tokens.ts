/**
 * The time component's own light tokens: words, digit runs and single punctuation marks, with
 * offsets. Hyphens, full stops and apostrophes are tokens of their own so that "third-quarter",
 * "Jan." and "year's" all break the same way as the lexicon's phrases do. A hand-written scanner
 * rather than a regular expression: this runs over every character and must stay fast.
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

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const SPACE = /\s/u;

function isLetter(code: number, text: string, at: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return LETTER.test(text[at]!);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function tokenize(text: string, from = 0, to = text.length): TimeToken[] {
  const tokens: TimeToken[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 9 || (code > 127 && SPACE.test(text[i]!))) { i++; continue; }
    const start = i;
    if (isDigit(code)) {
      while (i < to && isDigit(text.charCodeAt(i))) i++;
      tokens.push({ start, end: i, word: text.slice(start, i), kind: 'num', capital: false });
    } else if (isLetter(code, text, i)) {
      while (i < to && isLetter(text.charCodeAt(i), text, i)) i++;
      const raw = text.slice(start, i);
      const capital = code < 128 ? code <= 90 : UPPER.test(raw[0]!);
      tokens.push({ start, end: i, word: capital || code > 127 ? raw.toLowerCase() : raw, kind: 'word', capital });
    } else {
      // One UTF-16 unit is enough here: every mark the finders look for is in the basic plane.
      i++;
      const raw = text[start]!;
      tokens.push({ start, end: i, word: raw === '’' || raw === '‘' ? "'" : raw, kind: 'punct', capital: false });
    }
  }
  return tokens;
}

/** The words of a lexicon phrase, split the way text is. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((token) => token.word);
}
