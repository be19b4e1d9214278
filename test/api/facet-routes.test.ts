import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Harness } from './api-fixtures.js';
import { harness } from './api-fixtures.js';

interface FacetAnswer { total: number; [field: string]: number | { value: string; label: string; count: number }[] }

describe('GET /facets', () => {
  let h: Harness;
  before(async () => { h = await harness(); });
  after(() => h.close());

  const facetsOf = async (url: string): Promise<FacetAnswer> => {
    const res = await h.app.inject({ url });
    assert.equal(res.statusCode, 200, res.body);
    return res.json();
  };

  test('answers each facet with values, labels and counts', async () => {
    const all = await facetsOf('/facets');
    assert.equal(all.total, 3);
    assert.deepEqual(all['source'], [
      { field: 'source', value: 'example wire', label: 'Example Wire', count: 2 },
      { field: 'source', value: 'daily courier', label: 'Daily Courier', count: 1 },
      { field: 'dateline', value: 'example wire', label: 'Example Wire (dateline)', count: 1 },
    ]);
    assert.deepEqual(Object.keys(all).sort(), ['actor', 'country', 'event', 'lang', 'source', 'total']);
  });

  test('a facet count is the /search total with the facet added', async () => {
    const facets = await facetsOf('/facets?q=border&limit=50');
    for (const field of ['source', 'country', 'actor', 'event', 'lang']) {
      for (const facet of facets[field] as { field: string; value: string; count: number }[]) {
        const q = encodeURIComponent(`border ${facet.field}:"${facet.value}"`);
        const page = (await h.app.inject({ url: `/search?q=${q}` })).json();
        assert.equal(page.total, facet.count, `${field}:${facet.value}`);
      }
    }
  });

  test('limit and q are validated; a bad query is a 400 with its code', async () => {
    assert.equal(((await facetsOf('/facets?limit=1'))['source'] as unknown[]).length, 1);
    for (const url of ['/facets?limit=0', '/facets?limit=51', '/facets?limit=ten', `/facets?q=${'a'.repeat(2001)}`]) {
      const res = await h.app.inject({ url });
      assert.equal(res.statusCode, 400, url);
      assert.equal(res.json().error.code, 'BAD_REQUEST', url);
    }
    const bad = await h.app.inject({ url: '/facets?q=%22open' });
    assert.equal(bad.statusCode, 400);
    assert.notEqual(bad.json().error.code, 'BAD_REQUEST');
  });

  test('is described in the OpenAPI document', async () => {
    const doc = (await h.app.inject({ url: '/openapi.json' })).json();
    assert.ok(doc.paths['/facets']?.get, Object.keys(doc.paths).join(','));
  });
});
