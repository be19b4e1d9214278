import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasFacet, withFacet, withoutFacet } from '../../src/web/facet-query.js';

test('a facet is added to the query as a quoted field filter, once', () => {
  assert.equal(withFacet('"Wang Yi"', 'source', 'tass'), '"Wang Yi" source:"tass"');
  assert.equal(withFacet('', 'actor', 'wang yi'), 'actor:"wang yi"');
  assert.equal(withFacet('gaza source:"tass"', 'source', 'tass'), 'gaza source:"tass"');
  assert.equal(withFacet('gaza', 'country', 'chn'), 'gaza country:"chn"');
});

test('a facet in the query is found as a whole term, case-insensitively', () => {
  assert.equal(hasFacet('gaza SOURCE:"TASS"', 'source', 'tass'), true);
  assert.equal(hasFacet('"wang yi" actor:"wang yi"', 'actor', 'wang yi'), true);
  assert.equal(hasFacet('"source:"tass" in a phrase', 'source', 'tass'), false);
  assert.equal(hasFacet('source:"tass news"', 'source', 'tass'), false);
  assert.equal(hasFacet('-source:"tass"', 'source', 'tass'), false, 'a negated filter is not the facet');
});

test('taking a facet out leaves the rest of the query as written', () => {
  assert.equal(withoutFacet('"Wang Yi" source:"tass" date:2023-11', 'source', 'tass'), '"Wang Yi" date:2023-11');
  assert.equal(withoutFacet('actor:"wang yi"', 'actor', 'wang yi'), '');
  assert.equal(withoutFacet('gaza source:"reuters"', 'source', 'tass'), 'gaza source:"reuters"');
});
