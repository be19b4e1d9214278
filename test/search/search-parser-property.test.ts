import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMatchNode } from '../../src/search/search-ast.js';
import type { SearchNode } from '../../src/search/search-ast.js';
import { toFts5 } from '../../src/search/fts5-compiler.js';
import { SearchSyntaxError } from '../../src/search/search-errors.js';
import { parseSearch } from '../../src/search/search-parser.js';
import { toTsquery } from '../../src/search/tsquery-compiler.js';

/** Pieces of the syntax, so that random queries often come close to valid ones. */
const piece = fc.constantFrom('gaza', 'AND', 'OR', 'NOT', '-', '(', ')', '"', 'NEAR/3', 'NEAR', 'title:', 'source:x',
  'date:2023-10..2023-11', 'country:fra', 'event:04', '*', ' ', ':', '\\', "'", '\u0000', '\ud800', '😀', 'ﬁ', '%');

function outcome(input: string): 'parsed' | 'syntax-error' {
  try {
    const tree = parseSearch(input);
    walk(tree);
    return 'parsed';
  } catch (error) {
    if (error instanceof SearchSyntaxError) {
      assert.ok(error.message.length > 0);
      assert.ok(error.position >= 0 && error.position <= input.length);
      return 'syntax-error';
    }
    throw error;
  }
}

/** Every parsed tree compiles on both backends; text tokens are never empty. */
function walk(node: SearchNode | null): void {
  if (node === null) return;
  if (isMatchNode(node)) {
    assert.equal(typeof toFts5(node), 'string');
    assert.equal(typeof toTsquery(node), 'string');
  }
  if (node.kind === 'text') assert.ok(node.tokens.length > 0 && node.tokens.every((t) => t.length > 0));
  if (node.kind === 'and' || node.kind === 'or') node.children.forEach(walk);
  if (node.kind === 'not') walk(node.child);
}

test('any string parses or yields a SearchSyntaxError, never anything else', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => { outcome(input); }), { numRuns: 1000 });
  fc.assert(fc.property(fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')), (input) => { outcome(input); }), { numRuns: 1500 });
  fc.assert(fc.property(fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(' ')), (input) => { outcome(input); }), { numRuns: 1500 });
});

test('adversarial inputs finish quickly', () => {
  const inputs = ['"'.repeat(1_999), '('.repeat(1_999), 'NOT '.repeat(499), '-'.repeat(1_999), 'a'.repeat(2_000), 'x'.repeat(1_000_000)];
  for (const input of inputs) {
    const started = performance.now();
    const result = outcome(input);
    assert.ok(result === 'parsed' || result === 'syntax-error');
    assert.ok(performance.now() - started < 200, `${input.slice(0, 10)}… took too long`);
  }
});
