// The API against hostile clients, on every backend (SQLite and PostgreSQL, test/store/store-backends.ts):
// SQL injection and full-text syntax abuse in every search and filter parameter give ordinary
// answers (a page, a 404, or a 400 that says what is wrong), never a 500 or a stack trace, and
// leave the store as it was; writes need a token; limits and security headers hold.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildServer } from '../../src/api/build-server.js';
import { ingestMetaFor } from '../../src/store/ingest-meta.js';
import type { Store } from '../../src/store/store.js';
import { backends } from '../store/store-backends.js';
import { corpus, makeRecord } from '../store/store-fixtures.js';

/** SQL injection, in the shapes that break naive string building, and both full-text dialects' operators. */
const HOSTILE = [
  "' OR 1=1 --", "'; DROP TABLE articles; --", '"; DROP TABLE articles; --', "x' OR '1'='1", "Robert'); DELETE FROM events;--",
  "1; UPDATE articles SET text='x'", "' UNION SELECT id, text FROM articles --", '%', '_', '\\', "''", '""', '\u0000', '\ud800',
  // FTS5: column filters, NEAR groups, prefix and initial-token markers, column sets, bare operators.
  'NEAR(border talks, 2)', 'title:border', '{title text}: border', '^border', 'border*', '"border" + "talks"', 'border AND', 'OR OR', 'NOT',
  '(((((border', 'border))))', '"unclosed', 'text MATCH border', 'article_fts', '*', ':', '-', '- -', '* OR *',
  // tsquery: operators, weights, prefixes, phrase distance.
  'border & talks', 'border | talks', '!border', 'border <-> talks', 'border <2> talks', 'border:*', 'border:AB', "border:* & !'x'", '!!!', '&|!()<->',
];

/** Percent-encoding; a lone surrogate (which has no UTF-8) is sent as the bytes a careless client would send. */
const enc = (value: string): string => encodeURIComponent(value.replace(/[\ud800-\udfff]/gu, '\u0001')).replaceAll('%01', '%ED%A0%80');

/** Every GET route with a free-text parameter, the value placed in each. */
function urls(value: string): string[] {
  const v = enc(value);
  return [
    `/search?q=${v}`, `/search?q=${v}&order=relevance`, `/events?actor=${v}&source=${v}&target=${v}`, `/events?code=${v}`,
    `/events?country=${enc(value.slice(0, 3))}`, `/events?article=${v}`, `/events?q=${v}`, `/quotes?speaker=${v}&text=${v}&article=${v}`,
    `/entities?name=${v}`, `/entities?country=${enc(value.slice(0, 3))}`, `/articles/${v}`, `/entities/${v}`, `/timeline?q=${v}`,
    `/network?actor=${v}&q=${v}`, `/events.geojson?q=${v}&code=${v}`, `/places.geojson?country=${enc(value.slice(0, 3))}`,
    `/export/events?actor=${v}&format=csv`, `/export/network?actor=${v}&q=${v}`,
  ];
}

function assertOrdinary(response: LightMyRequestResponse, url: string): void {
  assert.ok([200, 400, 404].includes(response.statusCode), `${url}: ${response.statusCode} ${response.body.slice(0, 200)}`);
  assert.doesNotMatch(response.body, /at \S+ \(|node_modules|SQLITE_|syntax error at|fts5:/i, `${url}: no internals leak`);
  assert.equal(response.headers['x-content-type-options'], 'nosniff', url);
  assert.match(String(response.headers['content-security-policy']), /default-src 'none'/, url);
  if (response.statusCode !== 200) {
    const { error } = response.json() as { error: { code: string; message: string } };
    assert.match(error.code, /^[A-Z_]+$/, url);
    assert.ok(error.message.length > 10, `${url}: the error says what is wrong`);
  }
}

for (const backend of backends()) {
  describe(`the API on ${backend.name}`, () => {
    let store: Store;
    let app: FastifyInstance;
    before(async () => {
      store = await backend.open();
      for (const record of corpus()) await store.saveArticle(record, ingestMetaFor(record, new Date('2026-01-01T00:00:00Z')));
      app = await buildServer(store, { bodyLimit: 64 * 1024, rateLimit: { max: 100_000, windowMs: 60_000 } });
    });
    after(async () => {
      await app.close();
      await store.close();
      await backend.cleanup();
    });
    const get = (url: string) => app.inject({ method: 'GET', url });

    test('injection strings and full-text syntax in every parameter give ordinary answers and leave the store intact', async () => {
      const baseline = (await get('/search?q=border')).json();
      const stats = (await get('/stats')).json();
      for (const value of HOSTILE) {
        for (const url of urls(value)) {
          const response = await get(url);
          assertOrdinary(response, url);
          // Nothing in the corpus contains these strings, so a filter on one finds nothing.
          if (response.statusCode === 200 && url.startsWith('/events?actor')) assert.equal(response.json().total, 0, url);
          if (response.statusCode === 200 && url.startsWith('/quotes?')) assert.equal(response.json().total, 0, url);
        }
      }
      assert.deepEqual((await get('/stats')).json(), stats);
      assert.deepEqual((await get('/search?q=border')).json(), baseline);
    });

    test('a quoted injection string is searched as words and finds nothing', async () => {
      // Strings without a letter hold no word to search for (a query of no words matches everything),
      // and those naming the corpus's words rightly find them.
      for (const value of HOSTILE.filter((v) => /\p{L}/u.test(v) && !/border|talks/.test(v))) {
        const words = value.replaceAll('"', ' ').replace(/[\u0000\ud800]/g, ' ');
        for (const q of [`"${words}"`, `title:"${words}"`, `source:"${words}"`]) {
          const response = await get(`/search?q=${enc(q)}`);
          assertOrdinary(response, q);
          if (response.statusCode === 200) assert.deepEqual(response.json().items, [], q);
        }
      }
    });

    test('every input is validated: clear 400s, no stack traces', async () => {
      const bad = [
        '/search?limit=0', '/search?limit=-1', '/search?limit=1e9', '/search?limit=ten', '/search?order=random', '/search?cursor=%27%20OR%201%3D1',
        `/search?q=${'a'.repeat(2001)}`, '/events?from=yesterday', '/events?to=2024-13-45x', '/events?bbox=1,2,3',
        "/events?bbox=0,0,1,1'--", '/events?country=FRANCE', '/entities?type=WIZARD', '/timeline?interval=year', '/export/events?format=exe',
        '/export/events?q=x', `/quotes?speaker=${'s'.repeat(201)}`,
      ];
      for (const url of bad) {
        const response = await get(url);
        assert.equal(response.statusCode, 400, url);
        assertOrdinary(response, url);
      }
    });

    test('writes need a valid token; a record with a hostile id is stored as data', async () => {
      const record = makeRecord({ id: "x'); DROP TABLE articles; --", title: '" OR 1=1 --', text: "Robert'); DELETE FROM events;-- said nothing." });
      const post = (authorization?: string) => app.inject({ method: 'POST', url: '/articles', payload: record, headers: authorization ? { authorization } : {} });
      for (const auth of [undefined, 'Bearer', 'Bearer x', "Bearer ' OR 1=1 --", 'bearer dl_', `Token ${'a'.repeat(64)}`]) {
        const refused = await post(auth);
        assert.equal(refused.statusCode, 401, String(auth));
        assert.equal(refused.headers['www-authenticate'], 'Bearer');
      }
      const token = await store.createApiToken('security test');
      assert.equal((await post(`Bearer ${token}`)).statusCode, 201);
      assert.equal((await get(`/articles/${encodeURIComponent(record.id)}`)).json().record.title, record.title);
      assert.equal((await get('/stats')).json().articles, corpus().length + 1);
    });

    test('an oversize body is 413 and a non-JSON body 415, before anything is stored', async () => {
      const token = await store.createApiToken('limits');
      const headers = { authorization: `Bearer ${token}` };
      const before = (await get('/stats')).json().articles;
      const big = await app.inject({ method: 'POST', url: '/articles', payload: makeRecord({ id: 'big', text: 'x'.repeat(70 * 1024) }), headers });
      assert.equal(big.statusCode, 413);
      assert.equal(big.json().error.code, 'TOO_LARGE');
      const form = await app.inject({ method: 'POST', url: '/articles', payload: 'id=1', headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' } });
      assert.equal(form.statusCode, 415);
      assert.equal((await get('/stats')).json().articles, before);
    });
  });
}

test('the rate limit answers 429 with Retry-After, on every backend', async () => {
  for (const backend of backends()) {
    const store = await backend.open();
    const app = await buildServer(store, { rateLimit: { max: 2, windowMs: 60_000 } });
    try {
      const codes = [];
      for (let i = 0; i < 4; i++) codes.push((await app.inject({ method: 'GET', url: `/search?q=${encodeURIComponent("' OR 1=1 --")}` })));
      assert.deepEqual(codes.map((r) => r.statusCode), [200, 200, 429, 429], backend.name);
      assert.ok(Number(codes[3]!.headers['retry-after']) >= 1);
      assert.equal(codes[3]!.json().error.code, 'RATE_LIMITED');
    } finally {
      await app.close();
      await store.close();
      await backend.cleanup();
    }
  }
});
