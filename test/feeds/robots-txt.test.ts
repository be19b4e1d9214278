import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRobots } from '../../src/feeds/robots-txt.js';

const FIXTURE = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'feeds', 'robots.txt'), 'utf8');

test('our own group wins over *, and the longest rule decides', () => {
  const rules = parseRobots(FIXTURE, 'dateline');
  const table: [string, boolean][] = [['/courier.rss', true], ['/private/secret.rss', false], ['/private/open.rss', true], ['/privately.rss', true]];
  for (const [path, allowed] of table) assert.equal(rules.allows(path), allowed, path);
  assert.equal(parseRobots(FIXTURE, 'otherbot').allows('/private/open.rss'), false, 'other agents get the * group');
});

test('wildcards, end anchors, Allow on a tie, crawl-delay, and robots.txt itself', () => {
  const rules = parseRobots('User-agent: *\nDisallow: /*.pdf$\nDisallow: /search\nAllow: /search\nCrawl-delay: 2.5\nDisallow: /', 'dateline');
  assert.equal(rules.allows('/files/report.pdf'), false);
  assert.equal(rules.allows('/search?q=x'), true, 'Allow wins a tie of equal length');
  assert.equal(rules.allows('/anything'), false);
  assert.equal(rules.allows('/robots.txt'), true);
  assert.equal(rules.crawlDelayMs, 2500);
});

test('an empty or rule-less file allows everything; comments and stray lines are ignored', () => {
  assert.equal(parseRobots('', 'dateline').allows('/x'), true);
  assert.equal(parseRobots('# only a comment\nDisallow: /\nnonsense', 'dateline').allows('/x'), true, 'rules outside a group do not count');
  assert.equal(parseRobots('User-agent: dateline\nUser-agent: other\nDisallow: /a', 'dateline').allows('/a/b'), false, 'consecutive agents share a group');
});
