import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { pipelineVersion } from '../../src/ingest/pipeline-version.js';
import { runReprocess } from '../../src/ingest/reprocess-run.js';
import { DEFAULT_LIMITS } from '../../src/pipeline/run-pipeline.js';
import { ingestMetaFor } from '../../src/store/ingest-meta.js';
import { openStore } from '../../src/store/open-store.js';
import { tempDir } from '../helpers/collect.js';
import { corpus } from '../store/store-fixtures.js';

const dir = tempDir({});
after(() => rmSync(dir, { recursive: true, force: true }));

test('pipeline version follows component names and versions', () => {
  const v1 = pipelineVersion([{ name: 'times', version: 'v1' }, { name: 'quotes', version: 'v1' }]);
  assert.match(v1, /^p-[0-9a-f]{12}$/);
  assert.equal(pipelineVersion([{ name: 'times', version: 'v1' }, { name: 'quotes', version: 'v1' }]), v1);
  assert.notEqual(pipelineVersion([{ name: 'times', version: 'v2' }, { name: 'quotes', version: 'v1' }]), v1);
});

test('reprocess replaces the layers of stale articles only, once, keeping search in step', async () => {
  const path = join(dir, 'reprocess.sqlite');
  const store = await openStore(path);
  try {
    const [a1, a2, a3] = corpus();
    await store.saveArticle(a1!, { ...ingestMetaFor(a1!, new Date()), pipelineVersion: 'p-old' });
    await store.saveArticle(a2!, ingestMetaFor(a2!, new Date()));
    await store.saveArticle(a3!, { ...ingestMetaFor(a3!, new Date()), pipelineVersion: 'p-current' });
    const first = await runReprocess(store, { jobs: 0, limits: DEFAULT_LIMITS, pipelineVersion: 'p-current' });
    assert.deepEqual(first, { pipelineVersion: 'p-current', stale: 2, reprocessed: 2, failed: 0 });
    const redone = await store.getArticle('a1');
    assert.equal(redone?.ingest.pipelineVersion, 'p-current');
    // The fixture's layers were made by fictional '*.test' components; the real pipeline's replace them.
    assert.ok(redone!.record.entities.every((e) => e.mentions.every((m) => !m.by.endsWith('.test'))));
    assert.ok(redone!.record.times.every((t) => !t.by.endsWith('.test')));
    assert.equal((await store.getArticle('a3'))?.record.times[0]?.by, 'times.test');
    assert.deepEqual((await store.findArticles({ query: 'border', limit: 20 })).items.map((hit) => hit.id).sort(), ['a1', 'a2', 'a3']);
    const second = await runReprocess(store, { jobs: 0, limits: DEFAULT_LIMITS, pipelineVersion: 'p-current' });
    assert.deepEqual([second.stale, second.reprocessed], [0, 0]);
  } finally { await store.close(); }
  const raw = new Database(path);
  try {
    // Throws when the external-content index disagrees with the articles table.
    raw.prepare("INSERT INTO article_fts (article_fts, rank) VALUES ('integrity-check', 1)").run();
  } finally { raw.close(); }
});
