import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Site } from './browser-fixtures.js';
import { exampleRecords, openSite, SCREENSHOT_DIR, settled, SKIP_BROWSER, watchPage } from './browser-fixtures.js';

// The seed's journey over the bundled examples: search "Wang Yi", open the TASS article, see his
// four direct quotes, open his entity page; then the events table. Screenshots go to docs/screenshots/.
let site: Site;
let page: Page;
let seen: ReturnType<typeof watchPage>;

const shot = (name: string) => page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });

before(async () => {
  if (SKIP_BROWSER) return;
  site = await openSite(await exampleRecords());
  page = await site.newPage();
  seen = watchPage(page);
}, { timeout: 120_000 });

after(async () => { if (!SKIP_BROWSER) await site.close(); });

test('search "Wang Yi" finds the TASS article', { skip: SKIP_BROWSER, timeout: 60_000 }, async () => {
  await page.goto(`${site.baseUrl}/`);
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('"Wang Yi"');
  await page.keyboard.press('Enter');
  await settled(page);
  assert.match(page.url(), /#\/search\?q=%22Wang\+Yi%22/);
  assert.match(await page.locator('.status').innerText(), /^\d+ (article matches|articles match) "Wang Yi"$/);
  const links = await page.locator('.hit h2 a').allInnerTexts();
  assert.ok(await page.locator('#search-dates svg circle.point').count() >= 1, 'a date histogram of the matches');
  assert.ok(links.some((t) => t.includes('tass')), links.join(' | '));
  await page.locator('.help summary').click();
  await shot('search');
});

test('the TASS article shows four direct quotes by Wang Yi, highlighted in its text', { skip: SKIP_BROWSER, timeout: 60_000 }, async () => {
  await page.locator('.hit h2 a', { hasText: 'tass' }).click();
  await settled(page);
  const direct = page.locator('.side-panel .quote-item[data-direct="true"]');
  assert.equal(await direct.count(), 4);
  for (const speaker of await direct.locator('.speaker').allInnerTexts()) assert.equal(speaker, 'Wang Yi');
  const quoteMarks = page.locator('#article-text .layer-quote');
  assert.ok(await quoteMarks.count() >= 4);
  const title = await page.locator('#article-text a.layer-entity-PERSON', { hasText: 'Wang Yi' }).first().getAttribute('title');
  assert.match(title ?? '', /Wang Yi · PERSON/);
  await shot('article');
});

test('a layer toggle hides its marks and is kept in the URL', { skip: SKIP_BROWSER, timeout: 60_000 }, async () => {
  await page.locator('#toggle-quote').uncheck();
  assert.equal(await page.locator('#article-text .layer-quote').count(), 0);
  assert.match(page.url(), /hide=quote/);
  await page.reload();
  await settled(page);
  assert.equal(await page.locator('#toggle-quote').isChecked(), false);
  assert.equal(await page.locator('#article-text .layer-quote').count(), 0);
  await page.locator('#toggle-quote').check();
  assert.ok(await page.locator('#article-text .layer-quote').count() >= 4);
});

test('his name opens his entity page with his quotes', { skip: SKIP_BROWSER, timeout: 60_000 }, async () => {
  await page.locator('.side-panel .quote-item .speaker a', { hasText: 'Wang Yi' }).first().click();
  await settled(page);
  assert.equal(await page.locator('h1').innerText(), 'Wang Yi');
  assert.match(page.url(), /#\/entity\?name=Wang\+Yi/);
  const facts = Object.fromEntries(await page.locator('dl.entity-facts dt').evaluateAll((dts) => dts.map((dt) => [dt.textContent, dt.nextElementSibling?.textContent])));
  assert.equal(facts['Type'], 'PERSON');
  assert.ok(Number(facts['Articles']) >= 1);
  assert.ok(await page.locator('#entity-timeline svg polyline').count() === 2);
  assert.ok(await page.locator('.event-list li', { hasText: 'Badr Albusaidi' }).count() >= 1);
  const quotes = await page.locator('.quotes-by .quote-item q').allInnerTexts();
  assert.ok(quotes.length >= 4, quotes.join('\n'));
  assert.ok(quotes.some((q) => q.includes('No responsible country')), quotes.join('\n'));
  await shot('entity');
});

test('the events table sorts, and its CSV holds exactly the shown rows', { skip: SKIP_BROWSER, timeout: 60_000 }, async () => {
  await page.goto(`${site.baseUrl}/#/events`);
  await settled(page);
  await page.locator('th a', { hasText: 'Source' }).first().click();
  await page.waitForURL(/sort=source/);
  await settled(page);
  const sources = await page.locator('.events-table tbody tr td:nth-child(2)').allInnerTexts();
  assert.ok(sources.length > 0);
  assert.deepEqual(sources, [...sources].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b))));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  const csv = readFileSync(await download.path(), 'utf8').trimEnd().split('\r\n');
  assert.equal(csv[0]?.startsWith('Date,Source,'), true);
  assert.equal(csv.length - 1, sources.length);
  await shot('events');
});

test('the events filters narrow the table through the URL', { skip: SKIP_BROWSER, timeout: 60_000 }, async () => {
  const all = await page.locator('.events-table tbody tr').count();
  await page.getByLabel('Country (ISO alpha-3)').fill('CHN');
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.waitForURL(/country=CHN/);
  await settled(page);
  const rows = page.locator('.events-table tbody tr');
  assert.ok(await rows.count() > 0 && await rows.count() < all, `${await rows.count()} of ${all}`);
  for (const row of await rows.all()) assert.match(await row.innerText(), /CHN/);
});

test('the timeline overlays two queries and dates the China–Oman call', { skip: SKIP_BROWSER, timeout: 60_000 }, async () => {
  await page.goto(`${site.baseUrl}/#/timeline?q=%22Wang+Yi%22&q=ceasefire&actor=Wang+Yi`);
  await settled(page);
  assert.equal(await page.locator('#volume svg polyline').count(), 2);
  assert.deepEqual((await page.locator('#volume .legend li').allInnerTexts()).map((t) => t.trim()), ['"Wang Yi"', 'ceasefire']);
  assert.equal(await page.locator('#quad-classes svg polyline').count(), 4);
  const calls = await page.locator('.timeline-events li').allInnerTexts();
  assert.ok(calls.some((t) => t.startsWith('2023-11-01') && t.includes('Wang Yi (CHN) → Badr Albusaidi (OMN)') && t.includes('041 CONSULT')), calls.join('\n'));
  await shot('timeline');
});

test('the network links China to Oman, and the link opens its events', { skip: SKIP_BROWSER, timeout: 60_000 }, async () => {
  await page.goto(`${site.baseUrl}/#/network?country=CHN`);
  await settled(page);
  const edge = page.locator('a.edge[aria-label^="Wang Yi to Badr Albusaidi"]');
  assert.equal(await edge.count(), 1);
  assert.match(await edge.getAttribute('class') ?? '', /cooperation/);
  await shot('network');
  await edge.click();
  await page.waitForURL(/#\/events\?source=Wang\+Yi&target=Badr\+Albusaidi/);
  await settled(page);
  const plovers = await page.locator('.events-table tbody td.col-plover').allInnerTexts();
  assert.ok(plovers.includes('CONSULT'), plovers.join(','));
  for (const target of await page.locator('.events-table tbody tr td:nth-child(4)').allInnerTexts()) assert.equal(target, 'Badr Albusaidi');
});

test('the map places the Gaza events, and their cluster lists them', { skip: SKIP_BROWSER, timeout: 60_000 }, async () => {
  await page.goto(`${site.baseUrl}/#/map`);
  await settled(page);
  assert.ok((await page.locator('svg.map path.land').getAttribute('d') ?? '').length > 1000, 'a basemap is drawn');
  const gaza = page.locator('a.cluster[aria-label*="Gaza"]');
  assert.ok(await gaza.count() >= 1);
  await shot('map');
  await gaza.first().click();
  await page.waitForURL(/place=/);
  await settled(page);
  const listed = await page.locator('.selected-place li').allInnerTexts();
  assert.ok(listed.length >= 2 && listed.some((t) => t.includes('Gaza')), listed.join('\n'));
});

test('a phone-sized screen shows the article in one column', { skip: SKIP_BROWSER, timeout: 60_000 }, async () => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(`${site.baseUrl}/#/search?q=%22Wang+Yi%22`);
  await page.locator('.hit h2 a', { hasText: 'tass' }).click();
  await settled(page);
  const text = await page.locator('.article-layout article').boundingBox();
  const panel = await page.locator('.side-panel').boundingBox();
  assert.ok(text && panel && panel.y >= text.y + text.height - 1, 'side panel below the text');
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= 390, `no sideways scrolling (${scrollWidth})`);
  await shot('article-phone');
});

test('the page has landmarks and works from the keyboard', { skip: SKIP_BROWSER, timeout: 60_000 }, async () => {
  const fresh = await site.newPage();
  const freshSeen = watchPage(fresh);
  await fresh.goto(`${site.baseUrl}/#/search`);
  await settled(fresh);
  assert.equal(await fresh.locator('header nav[aria-label="Main"]').count(), 1);
  assert.equal(await fresh.locator('main#main h1').count(), 1);
  await fresh.keyboard.press('Tab');
  assert.equal(await fresh.evaluate(() => document.activeElement?.textContent), 'Skip to content');
  await fresh.keyboard.press('Enter');
  assert.equal(await fresh.evaluate(() => document.activeElement?.id), 'main');
  await fresh.getByRole('searchbox', { name: 'Search articles' }).focus();
  await fresh.keyboard.type('Albusaidi');
  await fresh.keyboard.press('Enter');
  await fresh.waitForURL(/q=Albusaidi/);
  await settled(fresh);
  assert.equal(await fresh.evaluate(() => document.activeElement?.tagName), 'H1', 'focus moves to the new page heading');
  const outline = await fresh.locator('.hit h2 a').first().evaluate((a) => { (a as HTMLElement).focus(); return getComputedStyle(a).outlineStyle; });
  assert.equal(outline, 'solid', 'a focused link shows a focus outline');
  assert.deepEqual([...freshSeen.errors, ...freshSeen.dialogs], []);
  await fresh.close();
});

test('the journey logged no error (no CSP refusal) and opened no dialog', { skip: SKIP_BROWSER }, () => {
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(seen.dialogs, []);
});
