/**
 * Parses the search syntax into a SearchNode tree (search-ast.ts), or throws SearchSyntaxError
 * saying what is wrong and where. Nothing else is thrown, for any input (a property test holds it
 * to that).
 *
 *   query   := or
 *   or      := and ("OR" and)*
 *   and     := unary (["AND"] unary)*          adjacent terms are ANDed
 *   unary   := ("NOT" | "-") unary | near
 *   near    := primary ["NEAR" ["/" n] primary]
 *   primary := "(" or ")" | "phrase" | word | field ":" (word | "phrase")
 *
 * Words are split into tokens as the full-text indexes split text (letters, digits, marks), so
 * `cease-fire` is the phrase "cease fire"; a word with no such characters is ignored.
 *
 * @example parseSearch('title:gaza "aid convoy" -rumour date:2023-10')
 */
import type { FilterField, SearchNode, TextNode } from './search-ast.js';
import { SearchSyntaxError } from './search-errors.js';
import { dateRange, fieldValue } from './field-values.js';
import type { Lexeme } from './search-lexer.js';
import { lex } from './search-lexer.js';

export const MAX_QUERY_LENGTH = 2000;
export const MAX_DEPTH = 24;
export const MAX_TERMS = 64;
export const MAX_NEAR = 20;
const DEFAULT_NEAR = 10;

export function tokensOf(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

class Parser {
  private at = 0;
  private terms = 0;

  constructor(private readonly lexemes: readonly Lexeme[], private readonly length: number) {}

  private peek(): Lexeme | undefined { return this.lexemes[this.at]; }
  private pos(): number { return this.peek()?.pos ?? this.length; }

  parseQuery(): SearchNode | null {
    if (this.lexemes.length === 0) return null;
    const node = this.parseOr(0);
    const extra = this.peek();
    if (extra) throw new SearchSyntaxError(extra.type === 'close' ? 'This ) has no matching (' : 'Unexpected text', extra.pos);
    return node;
  }

  private parseOr(depth: number): SearchNode | null {
    const children = [this.parseAnd(depth)];
    while (this.peek()?.type === 'or') {
      this.at++;
      children.push(this.parseAnd(depth));
    }
    return combine('or', children);
  }

  private parseAnd(depth: number): SearchNode | null {
    const children = [this.parseUnary(depth)];
    for (let next = this.peek(); next && next.type !== 'or' && next.type !== 'close'; next = this.peek()) {
      if (next.type === 'and') this.at++;
      children.push(this.parseUnary(depth));
    }
    return combine('and', children);
  }

  private parseUnary(depth: number): SearchNode | null {
    const next = this.peek();
    if (next?.type === 'not' || next?.type === 'minus') {
      if (depth >= MAX_DEPTH) throw new SearchSyntaxError(`The query nests deeper than ${MAX_DEPTH} levels`, next.pos);
      this.at++;
      const child = this.parseUnary(depth + 1);
      return child === null ? null : { kind: 'not', child };
    }
    return this.parseNear(depth);
  }

  private parseNear(depth: number): SearchNode | null {
    const left = this.parsePrimary(depth);
    const op = this.peek();
    if (op?.type !== 'near') return left;
    this.at++;
    const right = this.parsePrimary(depth);
    const distance = op.distance ?? DEFAULT_NEAR;
    if (distance > MAX_NEAR) throw new SearchSyntaxError(`NEAR distance is at most ${MAX_NEAR}`, op.pos);
    if (!isPlainText(left) || !isPlainText(right)) {
      throw new SearchSyntaxError('NEAR joins two words or "phrases", without fields or brackets', op.pos);
    }
    if (this.peek()?.type === 'near') throw new SearchSyntaxError('NEAR joins two terms; use AND between NEAR pairs', this.pos());
    return { kind: 'near', distance, left, right };
  }

  private parsePrimary(depth: number): SearchNode | null {
    const next = this.peek();
    if (!next) throw new SearchSyntaxError('The query ends where a word was expected', this.length);
    this.at++;
    switch (next.type) {
      case 'open': {
        if (depth >= MAX_DEPTH) throw new SearchSyntaxError(`The query nests deeper than ${MAX_DEPTH} levels`, next.pos);
        const inner = this.parseOr(depth + 1);
        if (this.peek()?.type !== 'close') throw new SearchSyntaxError('This ( is not closed; add a )', next.pos);
        this.at++;
        return inner;
      }
      case 'word': return this.text(next.text, !next.text.endsWith('*'), false, next.pos);
      case 'phrase': return this.text(next.text, true, false, next.pos);
      case 'field':
        if (next.field === 'title') return this.text(next.value, next.quoted || !next.value.endsWith('*'), true, next.pos);
        this.count(next.pos);
        if (next.field === 'date') return dateRange(next.value, next.pos);
        return fieldValue(next.field as FilterField, next.value, next.pos);
      case 'close': throw new SearchSyntaxError('This ) has no matching (', next.pos);
      case 'near': throw new SearchSyntaxError('NEAR needs a word before it', next.pos);
      default: throw new SearchSyntaxError(`${next.type.toUpperCase()} must stand between two terms`, next.pos);
    }
  }

  private text(raw: string, exact: boolean, inTitle: boolean, pos: number): TextNode | null {
    const tokens = tokensOf(raw);
    if (tokens.length === 0) return null;
    this.count(pos);
    return { kind: 'text', tokens, prefix: !exact, inTitle };
  }

  private count(pos: number): void {
    if (++this.terms > MAX_TERMS) throw new SearchSyntaxError(`The query has more than ${MAX_TERMS} terms`, pos);
  }
}

function isPlainText(node: SearchNode | null): node is TextNode {
  return node !== null && node.kind === 'text' && !node.inTitle;
}

function combine(kind: 'and' | 'or', children: readonly (SearchNode | null)[]): SearchNode | null {
  const kept = children.filter((child): child is SearchNode => child !== null);
  if (kept.length <= 1) return kept[0] ?? null;
  return { kind, children: kept };
}

/** The tree for `input`, or null for a query that matches everything (empty, or only punctuation). */
export function parseSearch(input: string): SearchNode | null {
  if (input.length > MAX_QUERY_LENGTH) {
    throw new SearchSyntaxError(`The query is longer than ${MAX_QUERY_LENGTH} characters`, MAX_QUERY_LENGTH);
  }
  return new Parser(lex(input), input.length).parseQuery();
}
