import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildEventsCommand, formatEntities, formatEvents, formatQuotes, runLayer } from '../../src/cli/layer-commands.js';
import { ingestMetaFor } from '../../src/store/ingest-meta.js';
import { openStore } from '../../src/store/open-store.js';
import { collector, tempDir } from '../helpers/collect.js';
import { corpus } from '../store/store-fixtures.js';

let dir: string;
let location: string;
before(async () => {
  dir = tempDir({});
  location = join(dir, 'layers.sqlite');
  const store = await openStore(location);
  for (const record of corpus()) await store.saveArticle(record, ingestMetaFor(record, new Date()));
  await store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('events print as a table with a header, one row each, and the count', async () => {
  const out = collector();
  await runLayer({ store: location, limit: 20 }, (store, paging) => store.findEvents(paging), formatEvents, out.stream);
  const lines = out.text().trimEnd().split('\n');
  assert.match(lines[0]!, /^day +source +code +type +target +article +text$/);
  assert.match(lines[1]!, /^2023-10-14 +protesters +141 +PROTEST +Ostrava Minor government +a2 +marched$/);
  assert.match(lines[2]!, /^ +Veldora +0311 +AGREE +Ostrava Minor +a1 +agreed$/);
  assert.equal(lines[3], '2 shown of 2 events.');
});

test('quotes and entities tables; --json prints the page with its cursor', async () => {
  const quotes = collector();
  await runLayer({ store: location, limit: 20 }, (store, paging) => store.findQuotes({ speaker: 'vasko', ...paging }), formatQuotes, quotes.stream);
  assert.match(quotes.text(), /Peter Vasko +a2 +the border closure had doubled prices\n1 shown of 1 quote\./);
  const entities = collector();
  const page = await runLayer({ store: location, limit: 1, json: true }, (store, paging) => store.findEntities(paging), formatEntities, entities.stream);
  const printed = JSON.parse(entities.text());
  assert.equal(printed.items.length, 1);
  assert.equal(printed.total, page.total);
  assert.equal(typeof printed.next, 'string');
});

test('the events verb passes its filters to the store', async () => {
  const out = collector();
  await buildEventsCommand(out.stream).parseAsync(['--store', location, '--json', '--code', '14'], { from: 'user' });
  const page = JSON.parse(out.text());
  assert.deepEqual(page.items.map((e: { cameo: string }) => e.cameo), ['141']);
});
