import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LedgerEntry } from '../../src/store/store.js';
import type { Harness } from './api-fixtures.js';
import { harness } from './api-fixtures.js';

const ENTRIES: readonly LedgerEntry[] = [
  { runId: 'run-1', item: 'wires/port-talks.txt', status: 'stored', articleId: 'a1' },
  { runId: 'run-1', item: 'wires/port-talks-copy.txt', status: 'duplicate', articleId: 'a1', matchedBy: 'hash' },
  { runId: 'run-1', item: 'wires/broken.html', status: 'failed', code: 'BAD_HTML', reason: 'No article text could be read.' },
  { runId: 'run-2', item: 'wires/port-talks.txt', status: 'duplicate', articleId: 'a1', matchedBy: 'id' },
  { runId: 'run-2', item: 'https://news.example/ferry', status: 'stored', articleId: 'a2' },
];

describe('GET /ledger', () => {
  let h: Harness;
  let token: string;
  before(async () => {
    h = await harness();
    token = await h.store.createApiToken('test');
    let minute = 0;
    for (const entry of ENTRIES) await h.store.logIngest(entry, new Date(Date.UTC(2026, 0, 2, 3, minute++)));
  });
  after(() => h.close());

  const get = (url: string, auth: string | null = `Bearer ${token}`) =>
    h.app.inject({ method: 'GET', url, headers: auth === null ? {} : { authorization: auth } });
  const items = async (url: string) => (await get(url)).json().items.map((line: { runId: string; item: string }) => `${line.runId} ${line.item}`);

  test('needs a valid bearer token', async () => {
    for (const auth of [null, 'Bearer dl_wrong', token]) {
      const response = await get('/ledger', auth);
      assert.equal(response.statusCode, 401, String(auth));
      assert.equal(response.json().error.code, 'UNAUTHORIZED');
    }
  });

  test('lists every line oldest first, each with what became of the item', async () => {
    const response = await get('/ledger');
    assert.equal(response.statusCode, 200);
    const page = response.json();
    assert.equal(page.total, 5);
    assert.equal(page.next, null);
    assert.deepEqual(page.items[1], {
      runId: 'run-1', item: 'wires/port-talks-copy.txt', status: 'duplicate', articleId: 'a1', matchedBy: 'hash', at: '2026-01-02T03:01:00.000Z',
    });
    assert.deepEqual(page.items[2], {
      runId: 'run-1', item: 'wires/broken.html', status: 'failed', code: 'BAD_HTML', reason: 'No article text could be read.', at: '2026-01-02T03:02:00.000Z',
    });
    assert.deepEqual(page.items.map((line: { item: string }) => line.item), ENTRIES.map((entry) => entry.item));
  });

  test('filters by run and by status, and counts what it filters', async () => {
    assert.deepEqual(await items('/ledger?run=run-2'), ['run-2 wires/port-talks.txt', 'run-2 https://news.example/ferry']);
    assert.deepEqual(await items('/ledger?status=duplicate'), ['run-1 wires/port-talks-copy.txt', 'run-2 wires/port-talks.txt']);
    assert.deepEqual(await items('/ledger?run=run-1&status=stored'), ['run-1 wires/port-talks.txt']);
    assert.equal((await get('/ledger?run=run-1&status=failed')).json().total, 1);
    const none = (await get('/ledger?run=run-3')).json();
    assert.deepEqual([none.total, none.items, none.next], [0, [], null]);
  });

  test('pages with a cursor through exactly `total` lines', async () => {
    const seen: string[] = [];
    let url = '/ledger?run=run-1&limit=1';
    for (let guard = 0; guard < 10; guard++) {
      const page = (await get(url)).json();
      assert.equal(page.total, 3);
      seen.push(...page.items.map((line: { item: string }) => line.item));
      if (page.next === null) break;
      url = `/ledger?run=run-1&limit=1&cursor=${encodeURIComponent(page.next)}`;
    }
    assert.deepEqual(seen, ['wires/port-talks.txt', 'wires/port-talks-copy.txt', 'wires/broken.html']);
  });

  test('refuses a bad status, limit or cursor with 400', async () => {
    for (const [url, code] of [
      ['/ledger?status=lost', 'BAD_REQUEST'], ['/ledger?limit=0', 'BAD_REQUEST'], ['/ledger?limit=201', 'BAD_REQUEST'],
      [`/ledger?run=${'r'.repeat(101)}`, 'BAD_REQUEST'], ['/ledger?cursor=not-a-cursor', 'BAD_CURSOR'],
    ] as const) {
      const response = await get(url);
      assert.equal(response.statusCode, 400, url);
      assert.equal(response.json().error.code, code, url);
    }
  });

  test('is in the OpenAPI document, with its filters and its token', async () => {
    const document = (await h.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    const operation = document.paths['/ledger'].get;
    assert.deepEqual(operation.parameters.map((p: { name: string }) => p.name), ['run', 'status', 'limit', 'cursor']);
    assert.deepEqual(operation.security, [{ bearerToken: [] }]);
    assert.ok(operation.responses['401']);
  });
});
