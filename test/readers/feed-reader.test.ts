import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { readFeed } from '../../src/readers/feed-reader.js';
import { articleOf, summary } from './collect.js';
import { fixture } from './fixture-path.js';

const feed = async (name: string) => readFile(fixture(name), 'utf8');

test('RSS 2.0 items become articles with guid, link, date, author and content:encoded as text', async () => {
  const [first, second] = readFeed(await feed('feed.rss'), 'feed').map(articleOf);
  assert.deepEqual(first, {
    id: 'courier-1001',
    text: 'PORT LUMEN - Ferry crews ended their strike on Tuesday after a pay deal.\n\nServices to the islands resume on Wednesday.',
    title: 'Ferry strike ends',
    url: 'https://courier.example/ferry-strike-ends',
    source: 'Lumen Courier - World',
    published: '2024-03-05T09:15:00.000Z',
    language: 'en-gb',
    author: 'Mira Solent',
  });
  // No guid: the link is the id; an escaped-HTML description is unescaped once and converted.
  assert.equal(second!.id, 'https://courier.example/tram-vote');
  assert.equal(second!.text, 'VALDORIA - The council delayed its tram vote & will meet again next week.');
  assert.equal(second!.published, '2024-03-06T17:00:00.000Z');
  assert.equal(second!.author, 'Teo Brand');
});

test('Atom entries use the alternate link, published before updated, and html content', async () => {
  const [first, second] = readFeed(await feed('feed.atom'), 'atom').map(articleOf);
  assert.equal(first!.id, 'urn:example:bote:1');
  assert.equal(first!.url, 'https://bote.example/hochwasser');
  assert.equal(first!.published, '2024-04-01T06:00:00+02:00');
  assert.equal(first!.author, 'Lena Uhrmacher');
  assert.equal(first!.language, 'de');
  assert.equal(first!.source, 'Marschdorf Bote');
  assert.equal(first!.text, 'MARSCHDORF - Das Wasser ist am Montag zurückgegangen.\n\nDie Aufräumarbeiten beginnen.');
  assert.equal(second!.published, '2024-04-02T09:00:00Z');
  assert.equal(second!.text, 'Eine kurze Meldung ohne Inhalt.');
});

test('an RSS 1.0 (RDF) feed is read', () => {
  const xml = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <channel><title>Old wire</title></channel>
    <item><title>One</title><link>https://w.example/1</link><description>First.</description><dc:date>2003-06-10</dc:date></item></rdf:RDF>`;
  const [only] = readFeed(xml, 'rdf').map(articleOf);
  assert.equal(only!.published, '2003-06-10');
  assert.equal(only!.text, 'First.');
});

test('an item with no description is read from its title', () => {
  const [only] = readFeed('<rss><channel><item><title>Headline only</title></item></channel></rss>', 'f').map(articleOf);
  assert.equal(only!.text, 'Headline only');
  assert.equal(only!.id, 'f#1');
});

test('malformed XML is one BAD_FEED failure naming the line', async () => {
  const results = readFeed(await feed('feed-broken.rss'), 'broken');
  assert.deepEqual(summary(results), ['broken:BAD_FEED']);
  assert.match(!results[0]!.ok ? results[0]!.error.message : '', /line 4/);
});

test('XML that is neither RSS nor Atom is BAD_FEED; a feed with no items is EMPTY', () => {
  assert.deepEqual(summary(readFeed('<?xml version="1.0"?><catalog><book/></catalog>', 'x')), ['x:BAD_FEED']);
  assert.deepEqual(summary(readFeed('<rss><channel><title>Quiet</title></channel></rss>', 'q')), ['q:EMPTY']);
});
