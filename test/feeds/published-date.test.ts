import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextPollDelay } from '../../src/feeds/backoff.js';
import { choosePublished, dateInUrl } from '../../src/store/ingest-meta.js';

test('publication date precedence: feed item, page, URL, dateline, with the source kept', () => {
  const table: [Parameters<typeof choosePublished>[0], ReturnType<typeof choosePublished>][] = [
    [{ feed: '2023-10-06T09:30:00Z', page: '2023-10-05', url: '2023-10-04', dateline: '2023-10-03' }, { published: '2023-10-06T09:30:00Z', source: 'feed' }],
    [{ feed: null, page: '2023-10-05', url: '2023-10-04' }, { published: '2023-10-05', source: 'page' }],
    [{ url: '2023-10-04', dateline: '2023-10-03' }, { published: '2023-10-04', source: 'url' }],
    [{ dateline: '2023-10-03' }, { published: '2023-10-03', source: 'dateline' }],
    [{}, { published: null, source: null }],
  ];
  for (const [candidates, expected] of table) assert.deepEqual(choosePublished(candidates), expected);
});

test('dates written in URLs', () => {
  const table: [string | null, string | null][] = [
    ['https://www.aljazeera.com/news/2023/11/1/russia-attacks', null],
    ['https://news.example/world/2023/10/11/talks', '2023-10-11'],
    ['https://news.example/2023-10-11-talks-resume', '2023-10-11'],
    ['https://news.example/story/20231011/talks', '2023-10-11'],
    ['https://news.example/2023/02/30/no-such-day', null],
    ['https://news.example/id/1234567890', null],
    ['not a url', null],
    [null, null],
  ];
  for (const [url, expected] of table) assert.equal(dateInUrl(url), expected, String(url));
});

test('back-off doubles per failure in a row, up to its ceiling', () => {
  const schedule = { intervalMs: 1000, maxBackoffMs: 10_000 };
  assert.deepEqual([0, 1, 2, 3, 4, 50].map((n) => nextPollDelay(n, schedule)), [1000, 2000, 4000, 8000, 10_000, 10_000]);
});
