/**
 * What the browser tests share: Debian's Chromium driven by playwright-core (no browser download),
 * a temporary SQLite store filled with given records, and the API with the freshly built app over it.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { buildServer } from '../../src/api/build-server.js';
import { exampleFiles } from '../../src/cli/demo-command.js';
import { extractOne } from '../../src/cli/extract-command.js';
import { OUTPUT_LAYERS } from '../../src/document/layers.js';
import type { OutputRecord } from '../../src/output/record.js';
import { toOutputRecord } from '../../src/output/record.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { DEFAULT_LIMITS, runPipeline } from '../../src/pipeline/run-pipeline.js';
import { DEFAULT_READ_OPTIONS } from '../../src/readers/reader.js';
import { readInputs } from '../../src/readers/read-inputs.js';
import { ingestMetaFor } from '../../src/store/ingest-meta.js';
import { openStore } from '../../src/store/open-store.js';
import { buildWebInto } from './web-build.js';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * The reason to skip, or false when the browser tests can run. Under `.ci/run`
 * (DATELINE_REQUIRE_BROWSER=1) they never skip: a missing browser fails them instead.
 */
export const SKIP_BROWSER: string | false = existsSync(CHROMIUM) || process.env.DATELINE_REQUIRE_BROWSER === '1'
  ? false
  : `browser tests skipped: ${CHROMIUM} is absent (install it with \`apt-get install chromium\`; .ci/run does)`;

export const SCREENSHOT_DIR = join(import.meta.dirname, '../../docs/screenshots');

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Runs the pipeline over the bundled examples, as `dateline demo` does. */
export async function exampleRecords(): Promise<OutputRecord[]> {
  const components = createPipeline();
  const records: OutputRecord[] = [];
  for await (const item of readInputs(exampleFiles(), DEFAULT_READ_OPTIONS)) {
    const record = extractOne(item, (input) => toOutputRecord(runPipeline(input.article, components, DEFAULT_LIMITS), OUTPUT_LAYERS));
    if (!('error' in record)) records.push(record);
  }
  return records;
}

export interface Site {
  readonly baseUrl: string;
  readonly context: BrowserContext;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** A store holding the records, the server on 127.0.0.1 at a free port, and a fresh browser profile. */
export async function openSite(records: readonly OutputRecord[]): Promise<Site> {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-browser-'));
  const store = await openStore(join(dir, 'store.sqlite'));
  for (const record of records) await store.saveArticle(record, ingestMetaFor(record, new Date('2026-01-01T00:00:00Z')));
  const webDir = buildWebInto();
  const app = await buildServer(store, { webDir });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const profile = join(dir, 'profile');
  mkdirSync(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1100, height: 760 }, acceptDownloads: true,
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    context,
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
      rmSync(dirname(webDir), { recursive: true, force: true });
    },
  };
}

/** Errors the page logs (a CSP refusal shows here) and dialogs it opens, each dismissed. */
export function watchPage(page: Page): { errors: string[]; dialogs: string[] } {
  const seen = { errors: [] as string[], dialogs: [] as string[] };
  page.on('console', (message) => { if (message.type() === 'error') seen.errors.push(message.text()); });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('dialog', (dialog) => { seen.dialogs.push(dialog.message()); void dialog.dismiss(); });
  return seen;
}

/** Waits until the app has drawn the page of the current URL (main.ts marks it on <main>). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const main = document.querySelector('main');
    return main !== null && main.dataset['rendered'] === location.hash;
  });
}
