// Spawns the built CLI (run `npx tsc -p .` first; `npm test` does), kills it with SIGKILL in the
// middle of an ingest, re-runs it, and checks that every article is stored exactly once.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from '../helpers/collect.js';

const BIN = new URL('../../bin/dateline.js', import.meta.url).pathname;
const COUNT = 300;
const CITIES = ['Varnok', 'Lindgrad', 'Osterholm', 'Kettering Bay', 'Sarn'];

function generated(): string {
  const lines: string[] = [];
  for (let i = 0; i < COUNT; i++) {
    const city = CITIES[i % CITIES.length]!;
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(JSON.stringify({
      id: `gen-${i}`, source: 'Daily Courier', published: `2024-02-${day}`, title: `Talks in ${city}, round ${i}`,
      text: `${city.toUpperCase()}, Feb ${Number(day)} - Officials met in ${city} on Monday for round ${i} of talks on river tolls, a spokesman said. "We will meet again," he told reporters after meeting number ${i}.`,
    }));
  }
  return `${lines.join('\n')}\n`;
}

const dir = tempDir({ 'gen.jsonl': generated() });
after(() => rmSync(dir, { recursive: true, force: true }));

function count(path: string, sql: string): number {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return Number((db.prepare(sql).get() as { n: number }).n);
  } finally { db.close(); }
}

test('a killed ingest leaves whole articles only, and a re-run stores each exactly once', { timeout: 240_000 }, async () => {
  const store = join(dir, 'crash.sqlite');
  const args = [BIN, 'ingest', join(dir, 'gen.jsonl'), '--store', store, '--jobs', '1'];
  const child = spawn(process.execPath, args, { stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  let seen = 0;
  for (let tries = 0; tries < 1200 && seen < 20; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    try { seen = count(store, 'SELECT count(*) AS n FROM articles'); } catch { /* not created yet */ }
  }
  child.kill('SIGKILL');
  assert.equal(await exited, 'SIGKILL', 'the ingest finished before it could be killed');
  const partial = count(store, 'SELECT count(*) AS n FROM articles');
  assert.ok(partial >= 20 && partial < COUNT, `killed after ${partial} articles`);
  // Every stored article is whole: its text is indexed and its layers are there.
  assert.equal(count(store, 'SELECT count(*) AS n FROM article_fts_docsize'), partial);
  assert.equal(count(store, 'SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.article_seq = a.seq)'), 0);

  const rerun = spawnSync(process.execPath, [...args, '--json'], { encoding: 'utf8' });
  assert.equal(rerun.status, 0, rerun.stderr);
  const summary = JSON.parse(rerun.stdout) as { read: number; stored: number; duplicates: number; failed: number };
  assert.equal(summary.read, COUNT);
  assert.equal(summary.failed, 0);
  assert.equal(summary.stored + summary.duplicates, COUNT);
  assert.ok(summary.duplicates >= partial);
  assert.equal(count(store, 'SELECT count(*) AS n FROM articles'), COUNT);
  assert.equal(count(store, 'SELECT count(DISTINCT id) AS n FROM articles'), COUNT);
  assert.equal(count(store, 'SELECT count(*) AS n FROM article_fts_docsize'), COUNT);
});
