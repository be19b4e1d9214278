// Regression cases for the bugs the fuzz tests found: parsing deeply nested HTML took time growing
// with the square of its depth (100,000 levels: over two minutes), and one 100,000-character
// "sentence" took the events component 135 s and the quotes component 45 s.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/components/sentences/sentence-component.js';
import { htmlDepthOver } from '../../src/readers/html-depth.js';
import { readHtml } from '../../src/readers/html-reader.js';

test('nesting: deep markup counts, void, self-closed and self-closing elements do not', () => {
  const cases: [string, number, boolean][] = [
    ['<div><div><div>x</div></div></div>', 2, true],
    ['<div><div><div>x</div></div></div>', 3, false],
    ['<div></div><div></div><div></div>', 1, false],
    ['<p>a<p>b<p>c<p>d<li>e<li>f<td>g', 1, false],
    ['<br><br><img src=x><hr><meta charset=utf-8><input>', 0, false],
    ['<x/><y/><svg/><path d="M0 0"/>', 0, false],
    ['a < b and c <= d, 3<4, <!-- x -->', 0, false],
    ['</div></div></div><div>', 0, true],
  ];
  for (const [html, limit, over] of cases) assert.equal(htmlDepthOver(html, limit), over, `${html} over ${limit}`);
});

test('a page nested deeper than any real one is BAD_HTML, and an ordinary deep page is read', () => {
  const deep = readHtml(`${'<div>'.repeat(50_000)}Talks in Geneva.${'</div>'.repeat(50_000)}`, 'deep');
  assert.ok(!deep.ok && deep.error.code === 'BAD_HTML' && /nests more than 4000/.test(deep.error.message));
  const ordinary = readHtml(`<html><body>${'<div>'.repeat(60)}<p>Talks in Geneva resumed on Monday, officials said.</p>${'</div>'.repeat(60)}</body></html>`, 'ok');
  assert.ok(ordinary.ok && ordinary.article.text.includes('Talks in Geneva'));
});

test('a run with no sentence end is cut at spaces into sentences of at most 2,000 characters', () => {
  const text = 'said "Kovel, '.repeat(10_000);
  const sentences = splitSentences(text);
  assert.ok(sentences.length >= 65);
  for (const s of sentences) {
    assert.ok(s.end - s.start <= 2_000);
    assert.equal(text.slice(s.start, s.end), s.text);
  }
  assert.equal(sentences.map((s) => s.text).join(' '), text.trim(), 'nothing is lost between the pieces');
  const surrogates = '😀'.repeat(3_000);
  for (const s of splitSentences(surrogates)) assert.doesNotMatch(s.text, /^[\udc00-\udfff]|[\ud800-\udbff]$/, 'a pair is never split');
  const sentence = 'The minister said on Monday that talks would resume. They did.';
  assert.deepEqual(splitSentences(sentence).map((s) => s.text), ['The minister said on Monday that talks would resume.', 'They did.']);
});
