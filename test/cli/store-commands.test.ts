import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSearchCommand, runSearch } from '../../src/cli/search-command.js';
import { createToken } from '../../src/cli/token-command.js';
import { ingestMetaFor } from '../../src/store/ingest-meta.js';
import { openStore } from '../../src/store/open-store.js';
import { SearchSyntaxError } from '../../src/search/search-errors.js';
import { collector, tempDir } from '../helpers/collect.js';
import { corpus } from '../store/store-fixtures.js';

describe('store verbs: search, token create', () => {
  let dir: string;
  let location: string;
  before(async () => {
    dir = tempDir({});
    location = join(dir, 'cli.sqlite');
    const store = await openStore(location);
    for (const record of corpus()) await store.saveArticle(record, ingestMetaFor(record, new Date()));
    await store.close();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('search --json prints the page; its cursor continues it', async () => {
    const out = collector();
    await runSearch('border', { store: location, json: true, limit: 2, order: 'date' }, out.stream);
    const page = JSON.parse(out.text());
    assert.deepEqual(page.items.map((item: { id: string }) => item.id), ['a3', 'a2']);
    assert.equal(page.total, 3);
    const rest = collector();
    await runSearch('border', { store: location, json: true, limit: 2, order: 'date', cursor: page.next }, rest.stream);
    assert.deepEqual(JSON.parse(rest.text()).items.map((item: { id: string }) => item.id), ['a1']);
  });

  test('search prints titles, snippets and the count for a person', async () => {
    const out = collector();
    await runSearch('lindgrad', { store: `sqlite:${location}`, json: false, limit: 20, order: 'relevance' }, out.stream);
    const text = out.text();
    assert.match(text, /^2023-10-14 {2}Daily Courier {2}Protesters march in Lindgrad over fuel prices$/m);
    assert.match(text, /id: a2 {2}https:\/\/news\.example\/a2/);
    assert.match(text, /1 shown of 1 matching article\./);
    await assert.rejects(runSearch('"open', { store: location, json: false, limit: 20, order: 'date' }, collector().stream), SearchSyntaxError);
  });

  test('search refuses a page size out of range', async () => {
    const command = buildSearchCommand().exitOverride().configureOutput({ writeErr: () => {} });
    await assert.rejects(command.parseAsync(['x', '--limit', '0', '--store', location], { from: 'user' }), /1 to 200/);
  });

  test('token create prints a token that the store accepts, once', async () => {
    const out = collector();
    const notes = collector();
    const token = await createToken(location, 'bot', out.stream, notes.stream);
    assert.equal(out.text(), `${token}\n`);
    assert.match(notes.text(), /cannot be shown again/);
    const store = await openStore(location);
    try {
      assert.equal(await store.verifyApiToken(token), true);
    } finally { await store.close(); }
  });
});
