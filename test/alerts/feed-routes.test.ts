import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser } from 'fast-xml-parser';
import type { Harness } from '../api/api-fixtures.js';
import { harness } from '../api/api-fixtures.js';

describe('feed and saved-query routes', () => {
  let h: Harness;
  let token: string;
  before(async () => {
    h = await harness();
    token = await h.store.createApiToken('test');
  });
  after(() => h.close());
  const auth = () => ({ authorization: `Bearer ${token}` });

  test('GET /feeds shows each feed\'s ledger with its last failure and reason', async () => {
    await h.store.watch.addFeed('https://courier.example/rss', new Date('2023-10-08T12:00:00Z'), 'Courier');
    await h.store.watch.recordPoll('https://courier.example/rss', {
      at: '2023-10-08T12:00:00.000Z', status: 'failed', code: 'HTTP_500', reason: 'https://courier.example/rss answered HTTP 500.',
      nextPoll: '2023-10-08T12:20:00.000Z', itemsSeen: 0, itemsNew: 0, stored: 0, skipped: 0, failed: 0,
    });
    const response = await h.app.inject({ method: 'GET', url: '/feeds' });
    assert.equal(response.statusCode, 200);
    const [feed] = response.json().feeds;
    assert.deepEqual([feed.url, feed.lastStatus, feed.lastCode, feed.failures, feed.errorsInRow], ['https://courier.example/rss', 'failed', 'HTTP_500', 1, 1]);
    assert.equal((await h.app.inject({ method: 'GET', url: '/feeds/items?url=https%3A%2F%2Fcourier.example%2Frss' })).json().items.length, 0);
  });

  test('POST /feeds needs a token and an http(s) URL', async () => {
    assert.equal((await h.app.inject({ method: 'POST', url: '/feeds', payload: { url: 'https://gazette.example/atom' } })).statusCode, 401);
    assert.equal((await h.app.inject({ method: 'POST', url: '/feeds', headers: auth(), payload: { url: 'javascript:alert(1)' } })).statusCode, 400);
    const added = await h.app.inject({ method: 'POST', url: '/feeds', headers: auth(), payload: { url: 'https://gazette.example/atom' } });
    assert.deepEqual([added.statusCode, added.json().added], [201, true]);
  });

  test('saved queries: create (token, valid syntax and webhook), list, read, Atom feed, delete', async () => {
    const body = { name: 'Border talks <b>', query: 'border talks', webhook: 'http://127.0.0.1:9/hook' };
    assert.equal((await h.app.inject({ method: 'POST', url: '/queries', payload: body })).statusCode, 401);
    assert.equal((await h.app.inject({ method: 'POST', url: '/queries', headers: auth(), payload: { ...body, query: '"unclosed' } })).statusCode, 400);
    assert.equal((await h.app.inject({ method: 'POST', url: '/queries', headers: auth(), payload: { ...body, webhook: 'file:///etc/passwd' } })).statusCode, 400);
    const created = await h.app.inject({ method: 'POST', url: '/queries', headers: auth(), payload: body });
    assert.equal(created.statusCode, 201);
    const id = created.json().id as string;
    assert.deepEqual((await h.app.inject({ method: 'GET', url: '/queries' })).json().queries.map((q: { id: string }) => q.id), [id]);
    const one = (await h.app.inject({ method: 'GET', url: `/queries/${id}` })).json();
    assert.deepEqual([one.query.name, one.query.webhook, one.matches.length, one.bursts.length], ['Border talks <b>', 'http://127.0.0.1:9/…', 0, 0], 'the webhook\'s path (often a secret) is not shown');

    const atom = await h.app.inject({ method: 'GET', url: `/queries/${id}/feed.atom` });
    assert.equal(atom.statusCode, 200);
    assert.match(String(atom.headers['content-type']), /^application\/atom\+xml/);
    const feed = new XMLParser({ htmlEntities: true, isArray: (name) => name === 'entry' }).parse(atom.body).feed;
    assert.equal(feed.title, 'dateline: Border talks <b>', 'escaped in XML, read back as text');
    const search = (await h.app.inject({ method: 'GET', url: '/search?q=border+talks' })).json();
    assert.deepEqual(feed.entry.map((e: { title: string }) => e.title), search.items.map((hit: { title: string }) => hit.title));
    assert.ok(search.items.length > 0);

    assert.equal((await h.app.inject({ method: 'DELETE', url: `/queries/${id}` })).statusCode, 401);
    assert.equal((await h.app.inject({ method: 'DELETE', url: `/queries/${id}`, headers: auth() })).statusCode, 200);
    assert.equal((await h.app.inject({ method: 'GET', url: `/queries/${id}` })).statusCode, 404);
    assert.equal((await h.app.inject({ method: 'GET', url: `/queries/${id}/feed.atom` })).statusCode, 404);
  });
});
