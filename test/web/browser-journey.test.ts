import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Site } from './browser-fixtures.js';
import { exampleRecords, openSite, SCREENSHOT_DIR, settled, SKIP_BROWSER, watchPage } from './browser-fixtures.js';

// The seed's journey over the bundled examples: search "Wang Yi" (and narrow by a facet), open the
// TASS article, see his four direct quotes, open his entity page; then the events table, the
// timeline, the network (from GET /network, a link opening its evidence) and the map; then every
// page on a phone and checked for labels. Screenshots go to docs/screenshots/.
let site: Site;
let page: Page;
let seen: ReturnType<typeof watchPage>;

const shot = (name: string, fullPage = false) => page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage });

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
  const tass = page.locator('.facets li[data-facet="source"][data-value="tass"]');
  assert.equal(await tass.locator('.facet-count').innerText(), String(links.length), 'the TASS facet counts the shown hits');
  await page.locator('.help summary').click();
  await shot('search', true);
});

test('the TASS source facet counts its articles, and clicking it filters the results', { skip: SKIP_BROWSER, timeout: 60_000 }, async () => {
  await page.goto(`${site.baseUrl}/#/search`);
  await settled(page);
  const all = Number((await page.locator('.status').innerText()).split(' ')[0]);
  const facet = page.locator('.facets li[data-facet="source"][data-value="tass"]');
  assert.equal(await facet.count(), 1);
  const count = Number(await facet.locator('.facet-count').innerText());
  assert.ok(count >= 1 && count < all, `${count} of ${all}`);
  await facet.locator('a').click();
  await page.waitForURL(/q=dateline%3A%22tass%22/);
  await settled(page);
  assert.match(await page.locator('.status').innerText(), new RegExp(`^${count} (article matches|articles match) dateline:"tass"$`));
  const hits = await page.locator('.hit h2 a').allInnerTexts();
  assert.equal(hits.length, count);
  assert.ok(hits.every((t) => t.includes('tass')), hits.join(' | '));
  const selected = page.locator('.facets li.selected[data-value="tass"] a');
  assert.equal(await selected.getAttribute('aria-current'), 'true');
  await selected.click();
  await page.waitForURL((url) => !url.hash.includes('tass'));
  await settled(page);
  assert.equal(Number((await page.locator('.status').innerText()).split(' ')[0]), all, 'the selected facet, clicked again, is taken out');
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
  const met = await page.locator('table.counterparts tbody tr', { hasText: 'Badr Albusaidi' }).locator('td').allInnerTexts();
  assert.equal(met[1], 'OMN');
  assert.ok(Number(met[2]) >= 1 && Number(met[3]) === 0, `cooperation with Oman's minister, no conflict: ${met}`);
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
  const cells = async () => (await page.locator('#volume table tbody td:not(:first-child)').allTextContents()).map(Number);
  const raw = await cells();
  await page.getByLabel('share of all articles').check();
  await page.getByRole('button', { name: 'Draw' }).click();
  await page.waitForURL(/norm=1/);
  await settled(page);
  assert.match(await page.locator('#volume figcaption').innerText(), /as a share of all articles/);
  const shares = await cells();
  assert.equal(shares.length, raw.length);
  assert.ok(shares.every((v, i) => v >= 0 && v <= 1 && (v === 0) === (raw[i] === 0)), `${raw} → ${shares}`);
  const answer = await page.evaluate(async () => (await fetch('/timeline?q=ceasefire&interval=day')).json()) as { buckets: { start: string; share: number }[] };
  const rows = await page.locator('#volume table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  for (const bucket of answer.buckets) {
    const row = rows.find((r) => r[0] === bucket.start);
    assert.ok(row, bucket.start);
    assert.ok(Math.abs(Number(row[2]) - bucket.share) < 0.001, `${bucket.start}: ${row[2]} vs ${bucket.share}`);
  }
});

test('the network, drawn from GET /network, links China to Oman, and the link opens its evidence', { skip: SKIP_BROWSER, timeout: 60_000 }, async () => {
  const asked: string[] = [];
  const listen = (request: { url(): string }) => { asked.push(new URL(request.url()).pathname); };
  page.on('request', listen);
  await page.goto(`${site.baseUrl}/#/network?country=CHN`);
  await settled(page);
  page.off('request', listen);
  assert.ok(asked.includes('/network'), asked.join(','));
  assert.ok(!asked.includes('/events'), `the network is not rebuilt from /events: ${asked.join(',')}`);
  const edge = page.locator('a.edge[aria-label^="Wang Yi to Badr Albusaidi"]');
  assert.equal(await edge.count(), 1);
  assert.match(await edge.getAttribute('class') ?? '', /cooperation/);
  const answer = await page.evaluate(async () => (await fetch('/network?country=CHN')).json()) as { edges: { source: string; target: string; events: number }[] };
  const wanted = answer.edges.find((e) => e.source === 'wang yi' && e.target === 'badr albusaidi');
  assert.ok(wanted, 'the API has the link');
  assert.match(await edge.getAttribute('aria-label') ?? '', new RegExp(`: ${wanted.events} events?,`));
  await shot('network');
  await edge.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/network\?country=CHN&edge=wang\+yi%E2%86%92badr\+albusaidi/);
  await settled(page);
  const evidence = await page.locator('.evidence-list li').allInnerTexts();
  assert.equal(evidence.length, wanted.events, evidence.join('\n'));
  assert.ok(evidence.every((t) => t.includes('Wang Yi → Badr Albusaidi')), evidence.join('\n'));
  assert.ok(evidence.some((t) => t.includes('041 CONSULT')), evidence.join('\n'));
  assert.match(await page.locator('a.edge.selected').getAttribute('aria-label') ?? '', /^Wang Yi to Badr Albusaidi/);
  await shot('network-evidence');
  await page.locator('.evidence-list a', { hasText: 'in the events table' }).first().click();
  await page.waitForURL(/#\/events\?article=.*&focus=\d+-\d+-\d+/);
  await settled(page);
  assert.equal(await page.locator('.events-table tr.focused').count(), 1);
  assert.match(await page.locator('.events-table tr.focused').innerText(), /Wang Yi\s+CHN\s+Badr Albusaidi\s+OMN\s+\d+/);
});

test('the map places the Gaza events, and their cluster lists them', { skip: SKIP_BROWSER, timeout: 60_000 }, async () => {
  await page.goto(`${site.baseUrl}/#/map`);
  await settled(page);
  assert.ok((await page.locator('svg.map path.land').getAttribute('d') ?? '').length > 1000, 'a basemap is drawn');
  const gaza = page.locator('a.cluster[aria-label*="Gaza"]');
  assert.ok(await gaza.count() >= 1);
  await shot('map');
  const geojson = await page.locator('a[download="events.geojson"]').getAttribute('href');
  const file = await page.evaluate(async (href) => (await fetch(href ?? '')).json(), geojson) as { features: unknown[] };
  assert.equal(file.features.length, Number((await page.locator('.status').innerText()).split(' ')[0]), 'the GeoJSON download holds the mapped events');
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

/** Every view, as a shared URL would open it. */
const VIEWS = [
  '#/search?q=%22Wang+Yi%22', '#/article?id=tass-2023-11-01-wang-yi-albusaidi', '#/entity?name=Wang+Yi', '#/events?country=CHN',
  '#/timeline?q=%22Wang+Yi%22&q=ceasefire&norm=1', '#/network?country=CHN&edge=wang+yi%E2%86%92badr+albusaidi', '#/map?place=Gaza',
];

/** What a screen reader could not name on the shown page: unlabelled controls, links, buttons, graphics and tables. */
function unnamed(): string[] {
  // No named inner functions: tsx would wrap them in a helper the page does not have.
  const problems: string[] = [];
  for (const c of document.querySelectorAll<HTMLInputElement>('input, select, textarea')) {
    if ((c.labels?.length ?? 0) === 0 && !c.getAttribute('aria-label')) problems.push(`control #${c.id || c.name}`);
  }
  for (const a of document.querySelectorAll('a[href], button, summary')) {
    if (!(a.getAttribute('aria-label') ?? a.textContent ?? '').trim()) problems.push(`${a.tagName} ${a.outerHTML.slice(0, 80)}`);
  }
  for (const svg of document.querySelectorAll('svg')) {
    if (svg.closest('[aria-hidden="true"]') || svg.closest('svg') !== svg) continue;
    if (!svg.getAttribute('role') || !svg.getAttribute('aria-label')) problems.push(`svg ${svg.getAttribute('class')}`);
  }
  for (const table of document.querySelectorAll('table')) if (!table.querySelector('caption') && !table.getAttribute('aria-label')) problems.push(`table ${table.className}`);
  if (document.querySelectorAll('h1').length !== 1) problems.push('not one h1');
  if (!document.documentElement.lang) problems.push('no lang');
  return problems;
}

test('every view reopens from its URL, fits a phone without sideways scrolling, and names everything for screen readers', { skip: SKIP_BROWSER, timeout: 120_000 }, async () => {
  const phone = await site.newPage();
  const phoneSeen = watchPage(phone);
  await phone.setViewportSize({ width: 390, height: 800 });
  for (const view of VIEWS) {
    await phone.goto(`${site.baseUrl}/${view}`);
    await settled(phone);
    assert.ok(await phone.locator('main h1').count() === 1 && !(await phone.locator('main [role="alert"]').count()), `${view} drew its page`);
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `${view}: no sideways scrolling (${width})`);
    assert.deepEqual(await phone.evaluate(unnamed), [], view);
    if (view.startsWith('#/search')) await phone.screenshot({ path: join(SCREENSHOT_DIR, 'search-phone.png') });
    if (view.startsWith('#/network')) await phone.screenshot({ path: join(SCREENSHOT_DIR, 'network-phone.png'), fullPage: true });
  }
  assert.deepEqual([...phoneSeen.errors, ...phoneSeen.dialogs], []);
  await phone.close();
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
