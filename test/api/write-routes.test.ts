import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { makeRecord } from '../store/store-fixtures.js';
import type { Harness } from './api-fixtures.js';
import { harness } from './api-fixtures.js';

const fresh = () => makeRecord({ id: 'n1', title: 'Ferry service resumes', text: 'The ferry to Port Mirren resumed on Monday, the operator said.' });

describe('POST /articles', () => {
  let h: Harness;
  let token: string;
  before(async () => {
    h = await harness({ bodyLimit: 64 * 1024 });
    token = await h.store.createApiToken('test');
  });
  after(() => h.close());

  const post = (payload: unknown, auth: string | null = `Bearer ${token}`) => h.app.inject({
    method: 'POST', url: '/articles', payload: payload as object, headers: auth === null ? {} : { authorization: auth },
  });

  test('needs a valid bearer token', async () => {
    for (const auth of [null, 'Bearer ', 'Bearer dl_wrong', `Basic ${token}`, token]) {
      const response = await post(fresh(), auth);
      assert.equal(response.statusCode, 401, String(auth));
      assert.equal(response.json().error.code, 'UNAUTHORIZED');
      assert.equal(response.headers['www-authenticate'], 'Bearer');
    }
    assert.equal((await h.app.inject({ method: 'GET', url: '/articles/n1' })).statusCode, 404);
  });

  test('stores a record once: 201, then 200 duplicate', async () => {
    const first = await post(fresh());
    assert.equal(first.statusCode, 201);
    assert.deepEqual(first.json(), { status: 'created', id: 'n1', storyId: 'n1' });
    const again = await post(fresh());
    assert.equal(again.statusCode, 200);
    assert.deepEqual(again.json(), { status: 'duplicate', id: 'n1', matchedBy: 'id' });
    const stored = await h.app.inject({ method: 'GET', url: '/articles/n1' });
    assert.deepEqual(stored.json().record, fresh());
  });

  test('refuses malformed records, false offsets, oversize bodies and non-JSON', async () => {
    const { text: _text, ...noText } = fresh();
    const cases: [unknown, number, string][] = [
      [noText, 400, 'BAD_REQUEST'],
      [{ ...fresh(), id: '' }, 400, 'BAD_REQUEST'],
      [{ ...fresh(), events: 'none' }, 400, 'BAD_REQUEST'],
      [{ ...fresh(), times: [{ ...fresh().times[0]!, start: 3 }] }, 400, 'BAD_RECORD'],
      [{ ...fresh(), id: 'big', text: 'x'.repeat(70 * 1024) }, 413, 'TOO_LARGE'],
    ];
    for (const [payload, status, code] of cases) {
      const response = await post(payload);
      assert.equal(response.statusCode, status, code);
      assert.equal(response.json().error.code, code);
    }
    const text = await h.app.inject({ method: 'POST', url: '/articles', payload: 'id=1', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain' } });
    assert.equal(text.statusCode, 415);
    const broken = await h.app.inject({ method: 'POST', url: '/articles', payload: '{"id": ', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } });
    assert.equal(broken.statusCode, 400);
    assert.equal((await h.store.stats()).articles, 4);
  });
});

describe('limits and failures', () => {
  test('rate limit: past the limit, 429 with Retry-After', async () => {
    const h = await harness({ rateLimit: { max: 3, windowMs: 60_000 } });
    try {
      const codes: number[] = [];
      let last;
      for (let i = 0; i < 5; i++) {
        last = await h.app.inject({ method: 'GET', url: '/stats' });
        codes.push(last.statusCode);
      }
      assert.deepEqual(codes, [200, 200, 200, 429, 429]);
      assert.equal(last!.json().error.code, 'RATE_LIMITED');
      assert.ok(Number(last!.headers['retry-after']) >= 1 && Number(last!.headers['retry-after']) <= 60);
      const other = await h.app.inject({ method: 'GET', url: '/stats', remoteAddress: '10.0.0.9' });
      assert.equal(other.statusCode, 200, 'another client has its own window');
    } finally { await h.close(); }
  });

  test('an unexpected failure is a 500 without details or stack', async () => {
    const h = await harness({}, (store) => ({ ...store, getArticle: async () => { throw new Error('secret connection string postgres://u:p@db'); } }));
    try {
      const response = await h.app.inject({ method: 'GET', url: '/articles/a1' });
      assert.equal(response.statusCode, 500);
      assert.equal(response.json().error.code, 'INTERNAL');
      assert.doesNotMatch(response.body, /secret|postgres|at /);
    } finally { await h.close(); }
  });
});
