import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SearchNode } from '../../src/search/search-ast.js';
import { positiveTokens } from '../../src/search/search-ast.js';
import { parseSearch } from '../../src/search/search-parser.js';

const w = (...tokens: string[]): SearchNode => ({ kind: 'text', tokens, prefix: false, inTitle: false });
const and = (...children: SearchNode[]): SearchNode => ({ kind: 'and', children });
const or = (...children: SearchNode[]): SearchNode => ({ kind: 'or', children });
const not = (child: SearchNode): SearchNode => ({ kind: 'not', child });

test('words, phrases and boolean operators', () => {
  const cases: [string, SearchNode | null][] = [
    ['ceasefire', w('ceasefire')],
    ['Ceasefire TALKS', and(w('ceasefire'), w('talks'))],
    ['ceasefire AND talks', and(w('ceasefire'), w('talks'))],
    ['"aid convoy"', w('aid', 'convoy')],
    ['cease-fire', w('cease', 'fire')],
    ['U.S. sanctions', and(w('u', 's'), w('sanctions'))],
    ['gaza OR rafah', or(w('gaza'), w('rafah'))],
    ['gaza rafah OR cairo', or(and(w('gaza'), w('rafah')), w('cairo'))],
    ['gaza (rafah OR cairo)', and(w('gaza'), or(w('rafah'), w('cairo')))],
    ['NOT rumour', not(w('rumour'))],
    ['talks -rumour', and(w('talks'), not(w('rumour')))],
    ['talks -"no deal"', and(w('talks'), not(w('no', 'deal')))],
    ['talks -(rumour OR hoax)', and(w('talks'), not(or(w('rumour'), w('hoax'))))],
    ['talks - rumour', and(w('talks'), w('rumour'))],
    ['well-known', w('well', 'known')],
    ['talks and or not', and(w('talks'), w('and'), w('or'), w('not'))],
    ['Zürich Ōsaka', and(w('zürich'), w('ōsaka'))],
    ['', null],
    ['   ', null],
    ['!!! ...', null],
    ['talks ---', w('talks')],
    ['-', null],
  ];
  for (const [input, expected] of cases) assert.deepEqual(parseSearch(input), expected, input);
});

test('prefixes, title, NEAR', () => {
  assert.deepEqual(parseSearch('negotiat*'), { kind: 'text', tokens: ['negotiat'], prefix: true, inTitle: false });
  assert.deepEqual(parseSearch('title:gaza'), { kind: 'text', tokens: ['gaza'], prefix: false, inTitle: true });
  assert.deepEqual(parseSearch('title:"aid convoy"'), { kind: 'text', tokens: ['aid', 'convoy'], prefix: false, inTitle: true });
  assert.deepEqual(parseSearch('Title:gaz*'), { kind: 'text', tokens: ['gaz'], prefix: true, inTitle: true });
  assert.deepEqual(parseSearch('hamas NEAR/5 israel'), { kind: 'near', distance: 5, left: w('hamas'), right: w('israel') });
  assert.deepEqual(parseSearch('"prime minister" NEAR kovel'), { kind: 'near', distance: 10, left: w('prime', 'minister'), right: w('kovel') });
});

test('field filters and date ranges', () => {
  const cases: [string, SearchNode][] = [
    ['source:Reuters', { kind: 'field', field: 'source', value: 'reuters' }],
    ['source:"The  Daily Courier"', { kind: 'field', field: 'source', value: 'the daily courier' }],
    ['dateline:MOSCOW', { kind: 'field', field: 'dateline', value: 'moscow' }],
    ['actor:"Anna Kovel"', { kind: 'field', field: 'actor', value: 'anna kovel' }],
    ['country:fra', { kind: 'field', field: 'country', value: 'fra' }],
    ['speaker:Kovel', { kind: 'field', field: 'speaker', value: 'kovel' }],
    ['event:04', { kind: 'field', field: 'event', value: '04' }],
    ['event:PROTEST', { kind: 'field', field: 'event', value: 'protest' }],
    ['lang:en-GB', { kind: 'field', field: 'lang', value: 'en-gb' }],
    ['date:2023-10-01..2023-11-01', { kind: 'date', from: '2023-10-01', to: '2023-11-01' }],
    ['date:2023-10', { kind: 'date', from: '2023-10-01', to: '2023-10-31' }],
    ['date:2024-02', { kind: 'date', from: '2024-02-01', to: '2024-02-29' }],
    ['date:2023', { kind: 'date', from: '2023-01-01', to: '2023-12-31' }],
    ['date:2023-10-05..', { kind: 'date', from: '2023-10-05', to: null }],
    ['date:..2023-10', { kind: 'date', from: null, to: '2023-10-31' }],
  ];
  for (const [input, expected] of cases) assert.deepEqual(parseSearch(input), expected, input);
  assert.deepEqual(parseSearch('talks source:reuters -country:rus'), and(
    w('talks'), { kind: 'field', field: 'source', value: 'reuters' }, not({ kind: 'field', field: 'country', value: 'rus' })));
  // An unknown field name is just words.
  assert.deepEqual(parseSearch('http://example.com'), w('http', 'example', 'com'));
});

test('positive tokens are the words a result can show, not the negated ones', () => {
  assert.deepEqual(positiveTokens(parseSearch('gaza -rumour (aid OR "food convoy") x NEAR/2 y source:reuters')), ['gaza', 'aid', 'food', 'convoy', 'x', 'y']);
  assert.deepEqual(positiveTokens(parseSearch('a NEAR/2 b')), ['a', 'b']);
  assert.deepEqual(positiveTokens(null), []);
});
