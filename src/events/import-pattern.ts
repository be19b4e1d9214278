/**
 * Converts one PETRARCH/TABARI pattern body (the text between "- " and "[CODE]") into the
 * project's pattern syntax (data/events/README.md). Their conventions: `*` is the verb, words joined
 * by `_` are adjacent while a space lets other words pass (written `...` here), `$` source, `+`
 * target, `%` both of a compound, `^` skips a noun phrase (also `...`), `&NAME` a synset, and TABARI's
 * `{ A | B }` a choice. Returns the converted pattern, or a reason it cannot be.
 */

import { replaceBlocks, trimChar } from './import-text.js';

const PLAIN = /^[a-z0-9][a-z0-9'.-]*$/;

export function convertPattern(body: string, verbWords: readonly string[]): string | { readonly problem: string } {
  const spaced = replaceBlocks(body, '{', '}', (inner) => `{${inner.split('|').map((choice) => choice.trim().split(/\s+/).join('_')).join('|')}}`);
  const groups = spaced.trim().split(/\s+/).filter((group) => group !== '');
  const out: string[] = [];
  let sawVerb = false;
  for (const group of groups) {
    const pieces = group.split(/_+/).filter((piece, index, all) => piece !== '' || (index > 0 && index < all.length - 1));
    const converted: string[] = [];
    for (const piece of pieces) {
      const element = convertPiece(piece, verbWords, sawVerb);
      if (typeof element !== 'string') return element;
      if (piece === '*') sawVerb = true;
      converted.push(element);
    }
    if (converted.length === 0) continue;
    if (out.length > 0 && out[out.length - 1] !== '...' && converted[0] !== '...') out.push('...');
    for (const element of converted) if (!(element === '...' && out[out.length - 1] === '...')) out.push(element);
  }
  if (!sawVerb) return { problem: 'the pattern has no * for its verb' };
  return out.join(' ');
}

function convertPiece(piece: string, verbWords: readonly string[], sawVerb: boolean): string | { readonly problem: string } {
  if (piece === '*') {
    if (sawVerb) return { problem: 'two * in one pattern' };
    return [`*${verbWords[0] ?? ''}`, ...verbWords.slice(1)].join(' ');
  }
  if (piece === '$') return 'SOURCE';
  if (piece === '+') return 'TARGET';
  if (piece === '%') return 'BOTH';
  if (piece === '^') return '...';
  if (piece.startsWith('&')) return trimChar(piece.toLowerCase(), '_');
  if (piece.startsWith('{') && piece.endsWith('}')) {
    const choices = piece.slice(1, -1).split('|').map((choice) => cleanWord(trimChar(choice, '_')));
    if (choices.some((choice) => choice.split('_').some((word) => !PLAIN.test(word) && !word.startsWith('&')))) return { problem: `choice ${piece} has a word the project format cannot hold` };
    if (choices.some((choice) => choice.includes('&'))) return { problem: `choice ${piece} nests a synset` };
    return `{${choices.join('|')}}`;
  }
  const word = cleanWord(piece);
  if (!PLAIN.test(word)) return { problem: `"${piece}" is not a word the project format can hold` };
  return word;
}

/** Lowercases and drops TABARI's stem marks (`~`) and trailing connectors. */
export function cleanWord(word: string): string {
  return trimChar(word.toLowerCase().split('~').join(''), '_');
}

/** `[032:033]`, `[---]`, `[031!]` → the project outcome (`032:033`, `none`, `031`), or null if unusable. */
export function convertCode(code: string): string | null {
  const trimmed = code.trim().replace(/!/g, '');
  if (trimmed === '---' || trimmed === '+++' || trimmed === '###') return 'none';
  const [first = '', second] = trimmed.split(':');
  const valid = (part: string): boolean => /^[A-Za-z0-9]{1,8}$/.test(part);
  if (!valid(first) || (second !== undefined && !valid(second))) return null;
  return second === undefined ? first : `${first}:${second}`;
}
