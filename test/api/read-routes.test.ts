import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { corpus } from '../store/store-fixtures.js';
import type { Harness } from './api-fixtures.js';
import { harness } from './api-fixtures.js';

describe('read routes', () => {
  let h: Harness;
  before(async () => { h = await harness(); });
  after(() => h.close());

  const get = (url: string) => h.app.inject({ method: 'GET', url });

  test('GET /articles/:id returns the record with its layers; unknown ids are 404', async () => {
    const response = await get('/articles/a1');
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json().record, corpus()[0]);
    assert.match(response.json().ingest.contentHash, /^sha256:/);
    const missing = await get('/articles/nope');
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().error.code, 'NOT_FOUND');
    assert.equal((await get(`/articles/${'x'.repeat(900)}`)).statusCode, 404);
    const tooLong = await get(`/articles/${'x'.repeat(1001)}`);
    assert.equal(tooLong.statusCode, 414);
    assert.equal(tooLong.json().error.code, 'TOO_LONG');
    assert.equal(tooLong.headers['x-content-type-options'], 'nosniff');
  });

  test('GET /search finds, orders, pages and counts', async () => {
    const ids = async (url: string) => (await get(url)).json().items.map((item: { id: string }) => item.id);
    assert.deepEqual(await ids('/search?q=border'), ['a3', 'a2', 'a1']);
    assert.deepEqual(await ids('/search?q=border%20-festival&order=relevance'), ['a1', 'a2']);
    assert.deepEqual(await ids(`/search?q=${encodeURIComponent('source:"daily courier"')}`), ['a2']);
    assert.deepEqual(await ids('/search'), ['a3', 'a2', 'a1']);
    const seen: string[] = [];
    let url = '/search?q=border&limit=1';
    for (let guard = 0; guard < 10; guard++) {
      const page = (await get(url)).json();
      assert.equal(page.total, 3);
      seen.push(...page.items.map((item: { id: string }) => item.id));
      if (page.next === null) break;
      url = `/search?q=border&limit=1&cursor=${encodeURIComponent(page.next)}`;
    }
    assert.deepEqual(seen, ['a3', 'a2', 'a1']);
  });

  test('GET /search errors: bad syntax, bad limit, bad order, bad cursor', async () => {
    const syntax = await get(`/search?q=${encodeURIComponent('"unclosed')}`);
    assert.equal(syntax.statusCode, 400);
    assert.equal(syntax.json().error.code, 'BAD_QUERY');
    assert.equal(syntax.json().error.position, 0);
    for (const [url, code] of [['/search?limit=0', 'BAD_REQUEST'], ['/search?limit=201', 'BAD_REQUEST'], ['/search?limit=ten', 'BAD_REQUEST'],
      ['/search?order=random', 'BAD_REQUEST'], ['/search?cursor=garbage', 'BAD_CURSOR'], [`/search?q=${'a'.repeat(2001)}`, 'BAD_REQUEST']]) {
      const response = await get(url!);
      assert.equal(response.statusCode, 400, url);
      assert.equal(response.json().error.code, code, url);
      assert.doesNotMatch(response.body, /at \w+ \(|node_modules/, 'no stack trace');
    }
  });

  test('GET /events, /quotes, /entities filter; bad filter values are 400', async () => {
    const events = (await get('/events?country=OSM&code=14')).json();
    assert.deepEqual(events.items.map((e: { articleId: string; text: string }) => `${e.articleId}:${e.text}`), ['a2:marched']);
    assert.equal(events.total, 1);
    assert.deepEqual((await get('/events?article=a1')).json().items.map((e: { cameo: string }) => e.cameo), ['0311']);
    assert.deepEqual((await get('/events?actor=')).json().total, 2);
    assert.equal((await get('/events?from=yesterday')).statusCode, 400);
    assert.equal((await get('/events?country=OSMX')).statusCode, 400);
    const quotes = (await get('/quotes?speaker=vasko')).json();
    assert.deepEqual(quotes.items.map((q: { text: string }) => q.text), ['the border closure had doubled prices']);
    assert.deepEqual((await get('/quotes?text=NEXT%20WEEK')).json().items.map((q: { speaker: string }) => q.speaker), ['Kovel']);
    const people = (await get('/entities?type=PERSON')).json();
    assert.deepEqual(people.items.map((e: { name: string }) => e.name).sort(), ['Anna Kovel', 'Peter Vasko']);
    assert.equal((await get('/entities?type=WIZARD')).statusCode, 400);
    assert.deepEqual((await get('/stats')).json(), { articles: 3, entities: 5, mentions: 5, quotes: 2, events: 2, places: 2, times: 3 });
  });

  test('SQL injection strings in parameters are ordinary values', async () => {
    for (const value of ["'; DROP TABLE articles; --", '" OR 1=1 --', "x' OR '1'='1", '%', '\\']) {
      const v = encodeURIComponent(value);
      for (const url of [`/events?actor=${v}`, `/quotes?speaker=${v}&text=${v}`, `/entities?name=${v}`, `/articles/${v}`, `/search?q=${encodeURIComponent(`source:"${value.replaceAll('"', '')}"`)}`]) {
        const response = await get(url);
        assert.ok(response.statusCode === 200 || response.statusCode === 404, `${url}: ${response.statusCode}`);
        if (response.statusCode === 200) assert.equal(response.json().total, 0, url);
      }
    }
    assert.equal((await get('/stats')).json().articles, 3);
  });

  test('unknown routes are JSON 404s; every response carries the security headers', async () => {
    const response = await get('/admin');
    assert.equal(response.statusCode, 404);
    assert.equal(response.json().error.code, 'NOT_FOUND');
    for (const r of [response, await get('/articles/a1'), await get('/search?limit=0')]) {
      assert.equal(r.headers['x-content-type-options'], 'nosniff');
      assert.match(String(r.headers['content-security-policy']), /default-src 'none'/);
      assert.equal(r.headers['x-frame-options'], 'DENY');
    }
  });

  test('GET /openapi.json documents every route, its parameters and its auth', async () => {
    const doc = (await get('/openapi.json')).json();
    assert.equal(doc.openapi, '3.1.0');
    assert.deepEqual(Object.keys(doc.paths).sort(), ['/articles', '/articles/{id}', '/entities', '/entities/{id}', '/events', '/events.geojson',
      '/export/events', '/export/network', '/facets', '/feeds', '/feeds/items', '/ledger', '/network', '/places.geojson', '/queries', '/queries/{id}', '/queries/{id}/feed.atom', '/quotes', '/search', '/stats', '/timeline']);
    assert.deepEqual(doc.paths['/articles'].post.security, [{ bearerToken: [] }]);
    assert.equal(doc.paths['/articles/{id}'].get.security, undefined);
    const params = doc.paths['/search'].get.parameters.map((p: { name: string }) => p.name);
    assert.deepEqual(params, ['q', 'order', 'limit', 'cursor']);
    assert.equal(doc.paths['/articles/{id}'].get.parameters[0].in, 'path');
    assert.ok(doc.paths['/articles'].post.requestBody.content['application/json'].schema.required.includes('text'));
  });
});
