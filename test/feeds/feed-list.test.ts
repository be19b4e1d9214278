import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeedEntries, parseFeedList, toOpml } from '../../src/feeds/feed-list.js';

const OPML = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'feeds', 'feeds.opml'), 'utf8');

test('a text list: one URL a line, comments and blank lines skipped, repeats dropped', () => {
  assert.deepEqual(parseFeedList('# world\nhttps://a.example/rss  # main\n\nhttp://b.example/atom\nhttps://a.example/rss\n'), ['https://a.example/rss', 'http://b.example/atom']);
  assert.throws(() => parseFeedList('ftp://a.example/rss'), /not an http\(s\) feed URL/);
});

test('OPML: nested outlines read, non-http(s) feeds dropped, titles kept', () => {
  assert.deepEqual(parseFeedEntries(OPML), [
    { url: 'https://courier.example/rss', title: 'Varnok Courier' },
    { url: 'https://gazette.example/atom', title: 'Ostmark & Gazette' },
  ]);
});

test('OPML export escapes values and reads back the same feeds', () => {
  const feeds = [{ url: 'https://a.example/rss?x=1&y=2', title: 'A <"quoted"> & odd' }, { url: 'https://b.example/atom', title: null }];
  const opml = toOpml(feeds);
  assert.doesNotMatch(opml, /<"quoted">/);
  assert.deepEqual(parseFeedEntries(opml), [feeds[0], { url: 'https://b.example/atom', title: 'https://b.example/atom' }]);
});
