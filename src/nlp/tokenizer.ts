/**
 * Splits text into word, number and punctuation tokens with offsets, in one left-to-right pass
 * over character codes (no regular expressions on the hot path: this runs on every article).
 *
 * Conventions follow the CoNLL/Penn style the name model was trained on: "U.S." and "Mr." keep
 * their full stop, the possessive "'s" and clitics ("'ll", "'ve") are tokens of their own, hyphenated words and numbers with
 * separators ("1,250.5", "1996-08-22", "10:30") stay whole, each other punctuation mark is a token.
 *
 * @example tokenize("Oman's U.S. envoy") → Oman | 's | U.S. | envoy
 */
import type { Token } from '../document/layers.js';
import { detachedString } from '../util/detached-string.js';

/** Abbreviations that keep their full stop (lowercase, without the stop). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'gov', 'sen', 'rep',
  'st', 'jr', 'sr', 'rev', 'hon', 'pres', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'bros', 'dept',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'maj',
  'messrs', 'plc', 'cie', 'ave', 'blvd', 'fig', 'approx', 'est', 'univ', 'assn', 'intl', 'govt',
]);

const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0x2000 && code <= 0x206f) return false; // general punctuation: quotes, dashes
  return NON_ASCII_LETTER.test(text[i]!);
}

function isWordChar(text: string, i: number): boolean {
  return i < text.length && (isDigit(text.charCodeAt(i)) || isLetter(text, i));
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a);
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** End of a word starting at `start`: letters/digits joined by inner hyphens, apostrophes, dots. */
function wordEnd(text: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    while (i < end && isWordChar(text, i)) i++;
    const code = text.charCodeAt(i);
    const joiner = code === 45 || code === 38 || ((code === 46 || code === 44 || code === 58 || code === 47) && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)));
    // An apostrophe joins "O'Neill" or "don't" but not the possessive "'s", which is split off.
    const apostrophe = isApostrophe(code) && cliticLength(text, i, end) === 0 && isWordChar(text, i + 1);
    if (i + 1 < end && (joiner || apostrophe) && isWordChar(text, i + 1)) {
      i++;
      continue;
    }
    return i;
  }
  return i;
}

const CLITICS = ['s', 'm', 'd', 've', 'll', 're'];

/** Length of a clitic ("'s", "'ll", "’ve") starting with the apostrophe at `i`, or 0. */
function cliticLength(text: string, i: number, end: number): number {
  for (const clitic of CLITICS) {
    const stop = i + 1 + clitic.length;
    if (stop > end || isWordChar(text, stop)) continue;
    if (text.slice(i + 1, stop).toLowerCase() === clitic) return clitic.length + 1;
  }
  return 0;
}

/** Extends a word over a following full stop when it is an abbreviation or an initial ("U.S.", "W."). */
function withAbbreviationStop(text: string, start: number, end: number, limit: number): number {
  if (text.charCodeAt(end) !== 46 || end >= limit) return end;
  const word = text.slice(start, end);
  // Letter-dot runs: "U.S." continues over "S." after "U."; a single letter is an initial.
  const single = end - start === 1 && isLetter(text, start);
  let i = end;
  while (single && i + 2 < limit && text.charCodeAt(i) === 46 && isLetter(text, i + 1) && text.charCodeAt(i + 2) === 46 && !isWordChar(text, i + 3)) i += 2;
  if (i > end) return i + 1;
  if (single || ABBREVIATIONS.has(word.toLowerCase())) return end + 1;
  return end;
}

/** Tokens of `text` between `from` and `to` (default: all of it), in order. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    let end: number;
    if (isWordChar(text, i)) {
      end = withAbbreviationStop(text, i, wordEnd(text, i, to), to);
    } else if (isApostrophe(code) && cliticLength(text, i, to) > 0) {
      end = i + cliticLength(text, i, to);
    } else if (code === 46 && text.charCodeAt(i + 1) === 46) {
      end = i + 1;
      while (end < to && text.charCodeAt(end) === 46) end++;
    } else if (code === 45 && text.charCodeAt(i + 1) === 45) {
      end = i + 2;
    } else {
      end = i + 1;
      // Keep surrogate pairs (emoji, rare scripts) whole.
      if (code >= 0xd800 && code <= 0xdbff && end < to) end++;
    }
    // Detached: tokens' texts become cache keys that outlive the article (the name model's word
    // cache), and a long slice would keep the article's whole text alive with it.
    tokens.push({ start: i, end, text: detachedString(text.slice(i, end)) });
    i = end;
  }
  return tokens;
}
