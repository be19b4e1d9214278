import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hrefFor, parseHash } from '../../src/web/hash-route.js';

const CASES: readonly [string, string, Record<string, string>][] = [
  ['', 'search', {}],
  ['#/', 'search', {}],
  ['#/events', 'events', {}],
  ['#/search?q=%22Wang+Yi%22&order=relevance', 'search', { q: '"Wang Yi"', order: 'relevance' }],
  ['#/article?id=tass%2F2023%3Fx%3D1%26y', 'article', { id: 'tass/2023?x=1&y' }],
];

for (const [hash, page, params] of CASES) {
  test(`parseHash ${JSON.stringify(hash)}`, () => {
    const route = parseHash(hash);
    assert.equal(route.page, page);
    assert.deepEqual(Object.fromEntries(route.params), params);
  });
}

test('hrefFor drops empty values and round-trips through parseHash', () => {
  const href = hrefFor('entity', { name: 'Sayyid Badr Albusaidi & co', cursor: '', hide: null });
  assert.equal(href, '#/entity?name=Sayyid+Badr+Albusaidi+%26+co');
  assert.deepEqual(Object.fromEntries(parseHash(href).params), { name: 'Sayyid Badr Albusaidi & co' });
});
