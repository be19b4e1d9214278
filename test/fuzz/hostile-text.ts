/**
 * Adversarial text for the fuzz tests: fixed worst cases (1 MB lines, deep nesting, a million
 * quotation marks, control characters, lone surrogates) and a fast-check generator that mixes
 * such pieces with ordinary news words, so that random inputs come near both.
 *
 * @example
 *   for (const [name, text] of HOSTILE_TEXTS) readText(text, name);
 *   fc.assert(fc.property(hostileText, (s) => { readText(s, 'p'); }));
 */
import fc from 'fast-check';

const MB = 1024 * 1024;

/** Every C0 and C1 control character, DEL, and the Unicode line and paragraph separators. */
const CONTROLS = [
  ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)), '\u007f',
  ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(0x80 + i)), '\u2028', '\u2029', '\ufeff', '\ufffe', '\uffff',
].join('');

/** Named worst cases, built once at import (a few megabytes in all). */
export const HOSTILE_TEXTS: readonly (readonly [string, string])[] = [
  ['control characters', `LONDON, May 2 (Reuters) - ${CONTROLS.repeat(200)} said the minister.`],
  ['lone surrogates', `Paris \ud800 said \udc00 "quote \ud83d" end \udfff. ${'\ud800a\udc00 '.repeat(5_000)}`],
  ['one 1 MB line of words', 'word '.repeat(MB / 5)],
  ['one 1 MB line without a space', 'x'.repeat(MB)],
  ['one 1 MB line of capitalised names', 'Anna Kovel Peter Vasko '.repeat(MB / 23)],
  ['one 1 MB line of spaces', ' '.repeat(MB - 1) + 'a'],
  ['one 1 MB line of digits and dates', '2023-10-07 12:00 May 3 1999 '.repeat(MB / 28)],
  ['deeply nested HTML', `${'<div><span>'.repeat(50_000)}Talks in Geneva.${'</span></div>'.repeat(50_000)}`],
  ['unclosed nested HTML', `<html><body>${'<p><b><i><a href="x">'.repeat(30_000)}text`],
  ['a million straight quotation marks', '"'.repeat(1_000_000)],
  ['a million curly quotation marks', '“'.repeat(500_000) + '”'.repeat(500_000)],
  ['unbalanced quotes around speech', `${'He said "we will "not" go, '.repeat(5_000)}`],
  ['quote marks between words', `"a" ${'said "Kovel, "'.repeat(10_000)}`],
  ['a million full stops', '.'.repeat(1_000_000)],
  ['a million newlines', '\n'.repeat(1_000_000)],
  ['alternating punctuation', '.,;:!?()[]{}<>"\'«»—–-'.repeat(10_000)],
  ['markup in the text', `GENEVA, Oct 5 - <script>alert(1)</script> <img src=x onerror=alert(2)> said ${'<svg onload=alert(3)>'.repeat(1_000)}`],
  ['CDATA and entities', `<![CDATA[${'&amp;&#0;&#x110000;&lt;'.repeat(20_000)}]]>`],
  ['emoji and combining marks', `${'😀\u0301\u0302\u0303 '.repeat(10_000)}`],
  ['right-to-left and zero-width', `${'\u202e\u200b\u200d\u2066مرحبا '.repeat(10_000)}`],
];

const PIECES = [
  '"', '“', '”', '‘', '’', "'", '«', '»', '<', '>', '</p>', '<p>', '<div>', '<script>', '&amp;', '&#0;', '\u0000', '\u0007',
  '\u001b', '\ud800', '\udfff', '\u2028', '\ufeff', '\r\n', '\n', '\t', ' ', '.', ',', ' - ', '(Reuters)', 'LONDON,', 'Oct. 7',
  'said', 'told', 'on Monday', 'last week', '2023-10-07', 'Minister', 'Anna Kovel', 'Hamas', 'Israel', 'Gaza', 'Paris', 'U.N.',
  'attacked', 'met', 'NOT', 'AND', 'OR', '(', ')', 'NEAR/3', 'title:', 'date:2023..', '*', '\\', '%',
];

/** Random text: free strings (any code unit) mixed with pieces of news, markup and hostile characters. */
export const hostileText: fc.Arbitrary<string> = fc.array(
  fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 12 })),
  { maxLength: 80 },
).map((parts) => parts.join(''));
