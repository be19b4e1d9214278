/**
 * Splits a search query into lexemes: parentheses, quoted phrases, operators (upper-case AND, OR,
 * NOT, NEAR/n), a leading `-`, `field:value` filters and bare words. One pass, one character
 * at a time, so the cost is linear in the query's length.
 */
import { SearchSyntaxError } from './search-errors.js';

export const QUERY_FIELDS = ['title', 'date', 'source', 'dateline', 'actor', 'country', 'speaker', 'event', 'lang'] as const;
export type QueryField = (typeof QUERY_FIELDS)[number];

export type Lexeme =
  | { readonly type: 'open' | 'close' | 'minus' | 'and' | 'or' | 'not'; readonly pos: number }
  | { readonly type: 'near'; readonly distance: number | null; readonly pos: number }
  | { readonly type: 'word' | 'phrase'; readonly text: string; readonly pos: number }
  | { readonly type: 'field'; readonly field: QueryField; readonly value: string; readonly quoted: boolean; readonly pos: number };

const isSpace = (ch: string) => ch.trim() === '';
const ends = (ch: string) => isSpace(ch) || ch === '(' || ch === ')' || ch === '"';

function readQuoted(input: string, open: number): { text: string; next: number } {
  const close = input.indexOf('"', open + 1);
  if (close < 0) throw new SearchSyntaxError('A quotation mark is not closed; add the closing "', open);
  return { text: input.slice(open + 1, close), next: close + 1 };
}

function fieldOf(raw: string): QueryField | null {
  const colon = raw.indexOf(':');
  if (colon <= 0) return null;
  const name = raw.slice(0, colon).toLowerCase();
  return (QUERY_FIELDS as readonly string[]).includes(name) ? (name as QueryField) : null;
}

function bare(raw: string, pos: number): Lexeme {
  if (raw === 'AND') return { type: 'and', pos };
  if (raw === 'OR') return { type: 'or', pos };
  if (raw === 'NOT') return { type: 'not', pos };
  if (raw === 'NEAR') return { type: 'near', distance: null, pos };
  if (raw.startsWith('NEAR/')) {
    const digits = raw.slice(5);
    if (!/^\d{1,4}$/.test(digits)) throw new SearchSyntaxError('NEAR takes a distance in words, like NEAR/5', pos);
    return { type: 'near', distance: Number(digits), pos };
  }
  return { type: 'word', text: raw, pos };
}

export function lex(input: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (isSpace(ch)) { i++; continue; }
    if (ch === '(' || ch === ')') { out.push({ type: ch === '(' ? 'open' : 'close', pos: i }); i++; continue; }
    if (ch === '"') {
      const { text, next } = readQuoted(input, i);
      out.push({ type: 'phrase', text, pos: i });
      i = next;
      continue;
    }
    const next = input[i + 1];
    // `-word`, `-"phrase"`, `-(group)` negate; a lone `-` or one before `)` is just punctuation.
    if (ch === '-' && next !== undefined && (next === '"' || next === '(' || !ends(next))) {
      out.push({ type: 'minus', pos: i });
      i++;
      continue;
    }
    const start = i;
    while (i < input.length && !ends(input[i]!)) i++;
    const raw = input.slice(start, i);
    const field = fieldOf(raw);
    if (field === null) { out.push(bare(raw, start)); continue; }
    let value = raw.slice(raw.indexOf(':') + 1);
    let quoted = false;
    if (value === '' && input[i] === '"') {
      const read = readQuoted(input, i);
      value = read.text;
      quoted = true;
      i = read.next;
    }
    if (value.trim() === '') throw new SearchSyntaxError(`${field}: needs a value, like ${field}:value`, start);
    out.push({ type: 'field', field, value, quoted, pos: start });
  }
  return out;
}
