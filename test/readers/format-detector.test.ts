import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFormat, sniffFormat } from '../../src/readers/format-detector.js';
import { collect, summary, streamOf } from './collect.js';
import { fixture } from './fixture-path.js';

const SNIFFED: [string, string][] = [
  ['{"id":"a","text":"x"}\n', 'jsonl'],
  ['\uFEFF  {"id":"a"}', 'jsonl'],
  ['<?xml version="1.0"?>\n<rss version="2.0">', 'feed'],
  ['<feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
  ['<?xml version="1.0"?><rdf:RDF>', 'feed'],
  ['<!DOCTYPE html><html>', 'html'],
  ['  <html lang="en"><head>', 'html'],
  ['<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0"><html xmlns="http://www.w3.org/1999/xhtml">', 'html'],
  ['<p>VALDORIA - Talks resumed.</p>', 'html'],
  ['date 2024-03-05 VALDORIA, March 5. /TASS/.', 'text'],
  ['PORT LUMEN (Reuters) - The quay reopened.', 'text'],
  ['', 'text'],
];

for (const [head, expected] of SNIFFED) {
  test(`sniffs ${JSON.stringify(head.slice(0, 30))} as ${expected}`, () => assert.equal(sniffFormat(head), expected));
}

test('a telling extension decides before the content', () => {
  assert.equal(detectFormat('auto', 'a/story.html', 'plain words'), 'html');
  assert.equal(detectFormat('auto', 'a/news.JSONL', 'plain words'), 'jsonl');
  assert.equal(detectFormat('auto', 'a/world.rss', ''), 'feed');
  assert.equal(detectFormat('auto', 'a/notes.txt', '<html>'), 'text');
  assert.equal(detectFormat('auto', 'a/export.xml', '<rss>'), 'feed');
  assert.equal(detectFormat('auto', 'a/noext', '{"id":1}'), 'jsonl');
});

test('an explicit format overrides extension and content', () => {
  assert.equal(detectFormat('text', 'a/story.html', '<html>'), 'text');
  assert.equal(detectFormat('jsonl', 'a/story.txt', 'words'), 'jsonl');
});

test('the override reaches the readers: an HTML file read as text keeps its tags', async () => {
  const [result] = await collect([fixture('page-broken.html')], { format: 'text' });
  assert.ok(result?.ok && result.article.text.startsWith('<html>'));
});

test('standard input is sniffed: JSONL streams, HTML and feeds are read whole', async () => {
  assert.deepEqual(summary(await collect(['-'], { stdin: streamOf('{"id":"j1","text":"a"}\n{"id":"j2","text":"b"}\n') })), ['j1', 'j2']);
  const html = await collect(['-'], { stdin: streamOf('<!doctype html><html><body><p>VALDORIA - Talks resumed on Monday.</p></body></html>') });
  assert.ok(html[0]?.ok && html[0].article.text === 'VALDORIA - Talks resumed on Monday.');
  const feed = await collect(['-'], { stdin: streamOf('<rss><channel><item><guid>g1</guid><description>Text.</description></item></channel></rss>') });
  assert.deepEqual(summary(feed), ['g1']);
});
