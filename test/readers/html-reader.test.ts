import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { readHtml, readHtmlBytes } from '../../src/readers/html-reader.js';
import { articleOf } from './collect.js';
import { fixture } from './fixture-path.js';

const page = async (name: string) => readFile(fixture(name), 'utf8');

test('JSON-LD in an @graph wins over meta tags for title, date and author', async () => {
  const article = articleOf(readHtml(await page('page-jsonld.html'), 'p'));
  assert.equal(article.title, 'Harbour reopens after winter repairs');
  assert.equal(article.published, '2024-02-12T08:30:00+01:00');
  assert.equal(article.author, 'Mira Solent, Teo Brand');
  assert.equal(article.url, 'https://courier.example/news/harbour-reopens');
  assert.equal(article.source, 'The Lumen Courier');
  assert.equal(article.language, 'en-gb');
});

test('the body keeps its paragraphs, separated by blank lines, without navigation or footer', async () => {
  const { text } = articleOf(readHtml(await page('page-jsonld.html'), 'p'));
  const paragraphs = text.split('\n\n');
  assert.equal(paragraphs.length, 4);
  assert.ok(paragraphs[0]!.startsWith('PORT LUMEN, Feb 12 (Courier) - The northern quay'));
  assert.ok(paragraphs[2]!.startsWith('"The wall is stronger'));
  assert.ok(!text.includes('All rights reserved'));
  assert.ok(!text.includes('Sport'));
});

test('meta tags give the metadata when there is no JSON-LD', async () => {
  const article = articleOf(readHtml(await page('page-meta.html'), 'p'));
  assert.equal(article.title, 'Council approves new tram line');
  assert.equal(article.published, '2023-09-14T17:05:00Z');
  assert.equal(article.author, 'Rafe Dunmore');
  assert.equal(article.url, 'https://daily.example/tram');
  assert.equal(article.source, 'Valdoria Daily');
  assert.equal(article.language, 'fr');
  assert.ok(article.text.startsWith('VALDORIA - The city council voted on Thursday'));
  assert.equal(article.text.split('\n\n').length, 3);
});

test('citation_ and dc.* meta tags are read too', () => {
  const html = `<html><head><meta name="citation_title" content="On tides"><meta name="citation_author" content="Ilse Varro">
    <meta name="citation_publication_date" content="2022/05/17"><meta name="DC.language" content="pt-BR"></head>
    <body><p>${'The tides at Port Lumen rise twice a day. '.repeat(10)}</p></body></html>`;
  const article = articleOf(readHtml(html, 'c'));
  assert.equal(article.title, 'On tides');
  assert.equal(article.author, 'Ilse Varro');
  assert.equal(article.published, '2022-05-17');
  assert.equal(article.language, 'pt-br');
});

test('a short page that Readability rejects is read by the dense-block fallback', () => {
  const html = '<html><body><div><a href="/">Home</a></div><div><p>MARSHVILLE - The bridge reopened.</p><p>Traffic resumed at noon.</p></div></body></html>';
  const { text } = articleOf(readHtml(html, 'short'));
  assert.equal(text, 'MARSHVILLE - The bridge reopened.\n\nTraffic resumed at noon.');
});

test('malformed HTML is still read when it has text', async () => {
  const { text, title } = articleOf(readHtml(await page('page-broken.html'), 'b'));
  assert.equal(title, 'Flood recedes');
  assert.ok(text.startsWith('MARSHVILLE - Flood waters receded on Sunday'));
  assert.ok(text.includes('Volunteers began clearing the streets'));
});

test('an unclosed title swallows the page, and that text is still read', async () => {
  const { text } = articleOf(readHtml(await page('page-title-only.html'), 't'));
  assert.ok(text.startsWith('Only a title survives'));
});

test('HTML with no text at all is BAD_HTML', async () => {
  const result = readHtml(await page('page-no-text.html'), 'n');
  assert.equal(!result.ok && result.error.code, 'BAD_HTML');
});

test('a page in a declared legacy charset is decoded with it', () => {
  const head = '<html><head><meta charset="windows-1252"><title>Caf\xe9</title></head><body><p>';
  const bytes = Buffer.from(`${head}Le caf\xe9 du port a rouvert ses portes lundi.</p></body></html>`, 'latin1');
  const article = articleOf(readHtmlBytes(bytes, 'w'));
  assert.equal(article.title, 'Café');
  assert.ok(article.text.includes('Le café du port'));
});

test('pathologically deep nesting is read by the fallback, quickly', () => {
  const depth = 3000;
  const html = `<html><body><p>MARSHVILLE - The dam held.</p>${'<div>'.repeat(depth)}Deep words.${'</div>'.repeat(depth)}</body></html>`;
  const started = performance.now();
  const { text } = articleOf(readHtml(html, 'deep'));
  assert.ok(text.includes('MARSHVILLE - The dam held.'));
  assert.ok(performance.now() - started < 5000);
});
