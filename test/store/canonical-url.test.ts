import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalUrl } from '../../src/store/canonical-url.js';
import { contentHash } from '../../src/store/content-hash.js';

test('canonical URL: tracking, AMP, trailing slashes, fragments and host case are stripped', () => {
  const cases: [string, string][] = [
    ['https://News.Example.COM/world/story-1', 'https://news.example.com/world/story-1'],
    ['https://news.example.com/world/story-1/', 'https://news.example.com/world/story-1'],
    ['https://news.example.com/world/story-1#comments', 'https://news.example.com/world/story-1'],
    ['https://news.example.com/a?utm_source=twitter&utm_medium=social&UTM_Campaign=x', 'https://news.example.com/a'],
    ['https://news.example.com/a?fbclid=IwAR0abc&id=7', 'https://news.example.com/a?id=7'],
    ['https://news.example.com/a?gclid=x&msclkid=y&mc_cid=z&_ga=1', 'https://news.example.com/a'],
    ['https://news.example.com/a?b=2&a=1', 'https://news.example.com/a?a=1&b=2'],
    ['https://news.example.com/world/story-1/amp', 'https://news.example.com/world/story-1'],
    ['https://news.example.com/amp/world/story-1/', 'https://news.example.com/world/story-1'],
    ['https://news.example.com/world/story-1.amp.html', 'https://news.example.com/world/story-1.html'],
    ['https://news.example.com/world/story-1.amp', 'https://news.example.com/world/story-1'],
    ['https://news.example.com/world/story-1?amp=1', 'https://news.example.com/world/story-1'],
    ['https://news.example.com/world/story-1?outputType=amp', 'https://news.example.com/world/story-1'],
    ['https://amp.news.example.com/world/story-1', 'https://news.example.com/world/story-1'],
    ['https://news-example-com.cdn.ampproject.org/c/s/news.example.com/world/story-1', 'https://news.example.com/world/story-1'],
    ['https://news.example.com:443/a', 'https://news.example.com/a'],
    ['https://news.example.com', 'https://news.example.com/'],
    ['https://news.example.com//world//story', 'https://news.example.com/world/story'],
    ['  https://news.example.com/a  ', 'https://news.example.com/a'],
  ];
  for (const [input, expected] of cases) assert.equal(canonicalUrl(input), expected, input);
});

test('canonical URL: what it keeps and what it refuses', () => {
  // A parameter that names the article is kept; only tracking parameters go.
  assert.equal(canonicalUrl('https://news.example.com/article.php?story=42&page=2'), 'https://news.example.com/article.php?page=2&story=42');
  assert.equal(canonicalUrl('https://news.example.com/examples/sample'), 'https://news.example.com/examples/sample');
  assert.equal(canonicalUrl('https://news.example.com/Story-Case'), 'https://news.example.com/Story-Case');
  assert.equal(canonicalUrl(null), null);
  assert.equal(canonicalUrl(''), null);
  assert.equal(canonicalUrl('not a url'), null);
  assert.equal(canonicalUrl('ftp://news.example.com/a'), null);
  assert.equal(canonicalUrl('javascript:alert(1)'), null);
  assert.equal(canonicalUrl(`https://news.example.com/${'a/'.repeat(5000)}`), null);
  assert.equal(canonicalUrl('https://user:secret@news.example.com/a'), 'https://news.example.com/a');
});

test('content hash: the same text in different whitespace or composition hashes the same', () => {
  const base = contentHash('Talks resumed in Port Mirren.');
  assert.match(base, /^sha256:[0-9a-f]{64}$/);
  assert.equal(contentHash('  Talks  resumed\nin Port Mirren.\n'), base);
  assert.equal(contentHash('Caf\u00e9 talks'), contentHash('Cafe\u0301 talks'));
  assert.notEqual(contentHash('Talks resumed in Port Mirren!'), base);
  assert.notEqual(contentHash('talks resumed in Port Mirren.'), base);
});
