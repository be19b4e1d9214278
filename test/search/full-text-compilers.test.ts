import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MatchNode } from '../../src/search/search-ast.js';
import { toFts5 } from '../../src/search/fts5-compiler.js';
import { parseSearch } from '../../src/search/search-parser.js';
import { toTsquery } from '../../src/search/tsquery-compiler.js';

function match(query: string): MatchNode {
  return parseSearch(query) as MatchNode;
}

test('FTS5 MATCH expressions quote every token', () => {
  const cases: [string, string][] = [
    ['gaza', '"gaza"'],
    ['"aid convoy"', '"aid convoy"'],
    ['negotiat*', '"negotiat" *'],
    ['title:"aid convoy"', 'title : "aid convoy"'],
    ['gaza rafah', '("gaza" AND "rafah")'],
    ['gaza OR rafah', '("gaza" OR "rafah")'],
    ['hamas NEAR/5 israel', 'NEAR("hamas" "israel", 5)'],
  ];
  for (const [query, expected] of cases) assert.equal(toFts5(match(query)), expected, query);
});

test('tsquery strings use quoted lexemes, weight A for titles, and spell NEAR out', () => {
  const cases: [string, string][] = [
    ['gaza', "'gaza'"],
    ['"aid convoy"', "('aid' <-> 'convoy')"],
    ['negotiat*', "'negotiat':*"],
    ['title:gaz*', "'gaz':*A"],
    ['title:"aid convoy"', "('aid':A <-> 'convoy':A)"],
    ['gaza OR rafah', "('gaza' | 'rafah')"],
    ['gaza rafah', "('gaza' & 'rafah')"],
    ['a NEAR/1 b', "(('a' <1> 'b') | ('b' <1> 'a') | ('a' <2> 'b') | ('b' <2> 'a'))"],
  ];
  for (const [query, expected] of cases) assert.equal(toTsquery(match(query)), expected, query);
});
