/**
 * Splits the text into sentences. Paragraph breaks always end a sentence; inside a paragraph a
 * sentence ends at . ! or ? (with any closing quotes or brackets) before a space and a capital,
 * a digit or an opening quote, unless the full stop ends a known abbreviation or an initial.
 */
import type { Document } from '../../document/document.js';
import type { Sentence } from '../../document/layers.js';
import type { Component } from '../../pipeline/component.js';
import { spanOf } from '../../document/span.js';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'gov', 'sen', 'rep',
  'st', 'jr', 'sr', 'rev', 'hon', 'pres', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'bros', 'dept',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'a.m', 'p.m', 'e.g', 'i.e', 'approx', 'est', 'fig', 'mt', 'ft',
]);

// Candidate ends: terminal punctuation, optional closers, then whitespace and a plausible opener.
// The lookbehind starts a match only at the first mark of a run, keeping the scan linear.
const CANDIDATE_END = /(?<![.!?])[.!?]+["'”’)\]]*(?=[ \t]+["'“‘(\[]?[\p{Lu}\d])/gu;
const WORD_BEFORE = /([\p{L}.]+)$/u;

function isAbbreviation(text: string, dotIndex: number): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, dotIndex - 12), dotIndex));
  if (!before) return false;
  const word = before[1]!.toLowerCase().replace(/^\.+/, '');
  // Single-letter initials ("George W. Bush") never end a sentence.
  if (/^\p{L}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word);
}

/** Sentence spans of one paragraph starting at `offset` in the document's text. */
function splitParagraph(text: string, from: number, to: number, out: Sentence[]): void {
  const paragraph = text.slice(from, to);
  let start = 0;
  for (const match of paragraph.matchAll(CANDIDATE_END)) {
    const dot = match.index;
    if (paragraph[dot] === '.' && match[0].startsWith('.') && !match[0].startsWith('..') && isAbbreviation(paragraph, dot)) continue;
    const end = dot + match[0].length;
    pushTrimmed(text, from + start, from + end, out);
    start = end;
  }
  pushTrimmed(text, from + start, to, out);
}

/**
 * Longer than any real sentence: a run with no sentence end (text without punctuation, a page of
 * quotation marks) is cut at a space before this many characters. Later components work sentence
 * by sentence, some in time that grows faster than the sentence (events took 135 s, quotes 45 s,
 * on one 100,000-character "sentence"); cut, the same text takes about a second.
 */
const MAX_SENTENCE_CHARS = 2_000;

function pushTrimmed(text: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end - start > MAX_SENTENCE_CHARS) {
    const space = text.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
    let cut = space > start ? space : start + MAX_SENTENCE_CHARS;
    // Never between the two halves of a surrogate pair.
    if (/[\ud800-\udbff]/.test(text[cut - 1]!)) cut--;
    out.push(spanOf(text, start, cut));
    pushTrimmed(text, cut, end, out);
    return;
  }
  if (end > start) out.push(spanOf(text, start, end));
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (const match of text.matchAll(/\n+/g)) {
    splitParagraph(text, from, match.index, sentences);
    from = match.index + match[0].length;
  }
  splitParagraph(text, from, text.length, sentences);
  return sentences;
}

export function createSentenceComponent(): Component<'sentences'> {
  return {
    name: 'sentences',
    version: 'v3',
    produces: 'sentences',
    reads: [],
    run: (doc: Document) => splitSentences(doc.text),
  };
}
