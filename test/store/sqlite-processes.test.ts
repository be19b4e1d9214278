/**
 * Two processes opening one new SQLite file at the same moment (say `dateline serve` and an
 * ingest): one migrates, the other waits for it, and both can write.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/open-store.js';

const CHILD = `
  const { openStore } = await import(${JSON.stringify(new URL('../../src/store/open-store.ts', import.meta.url).href)});
  const { ingestMetaFor } = await import(${JSON.stringify(new URL('../../src/store/ingest-meta.ts', import.meta.url).href)});
  const [path, id] = process.argv.slice(-2);
  const store = await openStore(path);
  const text = 'Story ' + id + ' about the harbour in Port Mirren.';
  const record = { id, text, title: null, published: null, url: null, source: null, language: null, author: null,
    dateline: null, entities: [], times: [], places: [], quotes: [], events: [] };
  const result = await store.saveArticle(record, ingestMetaFor(record, new Date()));
  await store.close();
  process.stdout.write(result.status);
`;

function child(path: string, id: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD, '--', path, id], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stdout.on('data', (chunk: Buffer) => { out += chunk.toString(); });
    proc.stderr.on('data', (chunk: Buffer) => { err += chunk.toString(); });
    proc.on('error', reject);
    proc.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`child ${id} exited ${code}: ${err}`))));
  });
}

test('two processes opening a new SQLite store at once: migrated once, both write', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-procs-'));
  const path = join(dir, 'shared.sqlite');
  try {
    assert.deepEqual(await Promise.all([child(path, 'p1'), child(path, 'p2')]), ['created', 'created']);
    const raw = new Database(path, { readonly: true });
    try {
      const names = raw.prepare('SELECT name FROM schema_migrations ORDER BY name').all() as { name: string }[];
      assert.deepEqual(names.map((row) => row.name), ['001-layer-tables', '002-search-index', '003-ingest-ledger', '004-stories', '005-feeds-alerts', '006-date-range-index', '007-event-actor-words', '008-layer-details']);
    } finally { raw.close(); }
    const store = await openStore(path);
    try {
      assert.equal((await store.stats()).articles, 2);
      assert.deepEqual((await store.findArticles({ query: 'harbour' })).total, 2);
    } finally { await store.close(); }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
