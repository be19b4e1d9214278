import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { OUTPUT_LAYERS } from '../../src/document/layers.js';
import type { OutputRecord } from '../../src/output/record.js';
import { toOutputRecord } from '../../src/output/record.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { DEFAULT_LIMITS, runPipeline } from '../../src/pipeline/run-pipeline.js';
import { actor, makeRecord } from '../store/store-fixtures.js';
import type { Site } from './browser-fixtures.js';
import { openSite, settled, SKIP_BROWSER, watchPage } from './browser-fixtures.js';

// Article text, titles, names and quotes carrying markup must show as text and run nothing. Each
// payload would set window.__pwned and open a dialog if it ever became markup. The app's own CSP
// would also block inline handlers, so the test checks the DOM itself: no element from the data.
const SCRIPT = '<script>window.__pwned=1;alert("script")</script>';
const IMG = '<img src=x onerror="window.__pwned=2;alert(\'img\')">';
const SVG = '"><svg onload=alert(3)>';
const NAME = `Mallory ${IMG}`;
const SPEAKER = `Eve ${SVG}`;
const QUOTE = `we will ${SCRIPT} talk`;

const text = `GENEVA, October 5 (Example Wire) - ${NAME} met ${SPEAKER} in Geneva. ${SPEAKER} said "${QUOTE}" after the meeting. The page read ${SCRIPT} and <b>bold</b> and <a href="javascript:alert(4)">link</a>.`;

const record = makeRecord({
  id: `evil-${IMG}`,
  title: `Talks ${SCRIPT} ${IMG}`,
  text,
  url: 'javascript:alert(5)',
  entities: [{ name: NAME, type: 'PERSON', country: null }, { name: SPEAKER, type: 'PERSON', country: null }],
  quotes: [{ words: QUOTE, speaker: SPEAKER, direct: true }],
  events: [{ trigger: 'met', cameo: '040', plover: 'CONSULT', source: actor(NAME, 'XSS'), target: actor(SPEAKER, null) }],
  places: [{ name: 'Geneva', country: 'CHE', lat: 46.2, lon: 6.15 }],
});

/**
 * A corpus the way `dateline ingest` makes one: hostile texts and titles through the whole pipeline,
 * so that whatever names, quotes, places and events it extracts from them carry their markup too.
 */
const HOSTILE_ARTICLES: readonly (readonly [string, string])[] = [
  [`Summit ${SVG} in Vienna`, `VIENNA, October 6 (Example Wire) - Chancellor Karl ${SCRIPT} Brenner met Prime Minister Ana Varga in Vienna on Friday. "We will ${IMG} never sign," Varga told reporters. Police arrested ${SCRIPT} protesters outside.`],
  [`<a href="javascript:alert(7)">Talks</a> collapse`, `LONDON, October 7 (Example Wire) - Foreign Minister <b onmouseover="alert(8)">Petra Holm</b> accused Russia of ${SVG} attacks on Saturday. "<iframe src=javascript:alert(9)></iframe>," Holm said. Britain and France condemned the strikes.`],
];

function pipelineRecords(): OutputRecord[] {
  const components = createPipeline();
  // No time budget: this test is about rendering, and the first article also loads the data.
  const limits = { ...DEFAULT_LIMITS, timeBudgetMs: Number.MAX_SAFE_INTEGER };
  return HOSTILE_ARTICLES.map(([title, body], i) => toOutputRecord(runPipeline({
    id: `ingested-${i} ${IMG}`, title, text: body, url: `javascript:alert(${10 + i})`, source: `Wire ${SCRIPT}`,
    published: '2023-10-07', language: 'en', author: `<svg onload=alert(${20 + i})>`,
  }, components, limits), OUTPUT_LAYERS));
}

let site: Site;
let page: Page;
let seen: ReturnType<typeof watchPage>;
let ingested: OutputRecord[] = [];

before(async () => {
  if (SKIP_BROWSER) return;
  ingested = pipelineRecords();
  site = await openSite([record, ...ingested]);
  page = await site.newPage();
  seen = watchPage(page);
}, { timeout: 120_000 });

after(async () => { if (!SKIP_BROWSER) await site?.close(); });

/**
 * Elements the data could have smuggled in: the app makes no script, img, iframe or <b> in <body>,
 * no event-handler attribute, no javascript: link, and only its own classed or aria-hidden SVGs.
 */
async function smuggled(): Promise<string[]> {
  return page.evaluate(() => {
    const tags = [...document.body.querySelectorAll('script, img, iframe, b, object, embed, svg:not(.chart):not(.network):not(.map):not([aria-hidden="true"]), a[href^="javascript:"]')];
    const handlers = [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on')));
    return [...new Set([...tags, ...handlers])].map((e) => e.outerHTML.slice(0, 200));
  });
}

async function assertInert(): Promise<void> {
  assert.deepEqual(await smuggled(), []);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
}

test('search results show hostile titles and snippets as text', { skip: SKIP_BROWSER, timeout: 60_000 }, async () => {
  await page.goto(`${site.baseUrl}/#/search?q=Geneva`);
  await settled(page);
  assert.equal(await page.locator('.hit h2 a').innerText(), record.title);
  await assertInert();
});

test('the article view shows hostile text, names and quotes as text', { skip: SKIP_BROWSER, timeout: 60_000 }, async () => {
  await page.locator('.hit h2 a').click();
  await settled(page);
  assert.equal(await page.locator('h1').innerText(), record.title);
  assert.equal(await page.locator('#article-text').evaluate((e) => e.textContent), text);
  assert.ok((await page.locator('.side-panel .quote-item').innerText()).includes(QUOTE));
  assert.match(await page.locator('#article-text a.layer-entity-PERSON').first().getAttribute('title') ?? '', /onerror=/);
  assert.equal(await page.getByRole('link', { name: 'original' }).count(), 0, 'a javascript: URL is not linked');
  await assertInert();
});

test('the entity page shows a hostile name and its quote as text', { skip: SKIP_BROWSER, timeout: 60_000 }, async () => {
  await page.locator('.side-panel .quote-item .speaker a').click();
  await settled(page);
  assert.equal(await page.locator('h1').innerText(), SPEAKER);
  assert.ok((await page.locator('.quote-list').innerText()).includes(QUOTE));
  await assertInert();
});

test('the events table shows hostile actor names as text', { skip: SKIP_BROWSER, timeout: 60_000 }, async () => {
  await page.goto(`${site.baseUrl}/#/events?country=XSS`);
  await settled(page);
  assert.equal(await page.locator('.events-table tbody td').nth(1).innerText(), NAME);
  await assertInert();
});

test('the timeline, network and map show hostile names as text', { skip: SKIP_BROWSER, timeout: 60_000 }, async () => {
  await page.goto(`${site.baseUrl}/#/timeline?q=Geneva&q=${encodeURIComponent(SCRIPT)}&actor=Mallory`);
  await settled(page);
  assert.ok((await page.locator('#volume .legend').innerText()).includes(SCRIPT));
  await assertInert();
  await page.goto(`${site.baseUrl}/#/network`);
  await settled(page);
  const nodes = await page.locator('svg.network .node text').allTextContents();
  assert.ok([NAME, SPEAKER].every((name) => nodes.includes(name)), nodes.join(' | '));
  await assertInert();
  await page.goto(`${site.baseUrl}/#/map`);
  await settled(page);
  await assertInert();
});

test('articles ingested through the pipeline show their markup as text on every page', { skip: SKIP_BROWSER, timeout: 120_000 }, async () => {
  for (const extracted of ingested) {
    assert.ok(extracted.entities.length > 0 && extracted.quotes.length > 0, `${extracted.id}: the pipeline found names and quotes`);
    await page.goto(`${site.baseUrl}/#/search?q=${encodeURIComponent('"Example Wire"')}`);
    await settled(page);
    await assertInert();
    await page.goto(`${site.baseUrl}/#/article?${new URLSearchParams({ id: extracted.id })}`);
    await settled(page);
    assert.equal(await page.locator('h1').innerText(), extracted.title);
    assert.equal(await page.locator('#article-text').evaluate((e) => e.textContent), extracted.text);
    await assertInert();
    await page.goto(`${site.baseUrl}/#/entity?${new URLSearchParams({ name: extracted.entities[0]!.name })}`);
    await settled(page);
    await assertInert();
  }
  for (const view of ['events', 'timeline?q=Vienna', 'network', 'map']) {
    await page.goto(`${site.baseUrl}/#/${view}`);
    await settled(page);
    await assertInert();
  }
});

test('no payload ran and no dialog opened', { skip: SKIP_BROWSER }, () => {
  assert.deepEqual(seen.dialogs, []);
  assert.equal(seen.errors.filter((e) => /Content Security Policy/i.test(e)).length, 0, seen.errors.join('\n'));
});
