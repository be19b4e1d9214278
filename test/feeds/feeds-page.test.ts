import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { renderAlerts } from '../../src/web/alerts-page.js';
import { renderFeeds } from '../../src/web/feeds-page.js';

const HOSTILE = '<img src=x onerror="alert(1)">';
const answers: Record<string, unknown> = {
  '/feeds': {
    feeds: [{
      url: 'javascript:alert(1)', title: HOSTILE, lastPolled: '2023-10-08T12:00:00.000Z', lastStatus: 'failed', lastCode: 'BAD_FEED',
      lastReason: HOSTILE, nextPoll: null, errorsInRow: 2, polls: 3, notModified: 1, failures: 2, itemsSeen: 7, itemsNew: 5, stored: 4,
      skipped: 0, failed: 1, failedItems: [{ itemKey: 'g1', code: 'TIMEOUT', reason: HOSTILE }],
    }],
  },
  '/queries': { queries: [{ id: 'q-1', name: HOSTILE, query: 'talks', webhook: null, createdAt: '2023-10-08T12:00:00.000Z' }] },
  '/queries/q-1': {
    query: { id: 'q-1', name: 'talks', query: 'talks', webhook: 'https://hooks.example/…', createdAt: '2023-10-08T12:00:00.000Z' },
    matches: [{ articleId: 'a1', title: HOSTILE, url: 'javascript:alert(1)', matchedAt: '2023-10-09T00:00:00.000Z', status: 'failed', attempts: 6, lastError: 'HTTP 500' }],
    bursts: [{ windowStart: '2023-10-09T11:00:00.000Z', windowEnd: '2023-10-09T12:00:00.000Z', count: 9, baseline: 0.2, status: 'delivered' }],
  },
};

const saved = { document: globalThis.document, fetch: globalThis.fetch };
before(() => {
  Object.assign(globalThis, { document: parseHTML('<!doctype html><html><body></body></html>').document });
  globalThis.fetch = (async (input: string) => new Response(JSON.stringify(answers[String(input).split('?')[0]!]), { status: 200 })) as typeof fetch;
});
after(() => Object.assign(globalThis, saved));

test('the feeds page shows the ledger and failures as text, and links only http(s)', async () => {
  const main = document.createElement('main');
  await renderFeeds(main);
  assert.equal(main.querySelectorAll('img').length, 0, 'nothing from the API becomes markup');
  assert.equal(main.querySelectorAll('a').length, 0, 'a javascript: URL is not a link');
  const cells = [...main.querySelectorAll('tbody td')].map((td) => td.textContent);
  assert.deepEqual(cells.slice(3), ['3', '1', '7', '5', '4', '0', '1']);
  assert.ok(main.textContent!.includes(`BAD_FEED: ${HOSTILE} (2 in a row`));
  assert.ok(main.querySelector('.failures')!.textContent!.includes(`TIMEOUT ${HOSTILE}`));
});

test('the alerts pages list saved queries with their Atom feeds, and one query\'s matches and bursts', async () => {
  const list = document.createElement('main');
  await renderAlerts(list, new URLSearchParams());
  assert.equal(list.querySelectorAll('img').length, 0);
  assert.ok([...list.querySelectorAll('a')].some((a) => a.getAttribute('href') === '/queries/q-1/feed.atom'));
  const one = document.createElement('main');
  await renderAlerts(one, new URLSearchParams('id=q-1'));
  assert.equal(one.querySelectorAll('img').length, 0);
  assert.ok(![...one.querySelectorAll('a')].some((a) => (a.getAttribute('href') ?? '').startsWith('javascript:')));
  assert.ok(one.textContent!.includes('6 attempts: HTTP 500'));
  assert.ok(one.textContent!.includes('9 matches against a baseline of 0.2 (delivered)'));
});
