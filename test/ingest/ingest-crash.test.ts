// Spawns the built CLI (run `npx tsc -p .` first; `npm test` does), kills it with SIGKILL in the
// middle of an ingest, re-runs it, and checks that every article is stored exactly once.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ingestToStore } from '../../src/cli/ingest-command.js';
import { openStore } from '../../src/store/open-store.js';
import type { IngestSummary } from '../../src/ingest/ingest-run.js';
import { collector, tempDir } from '../helpers/collect.js';

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

// The same at 20 seeded random points, each on a fresh store: the ingest (jobs 0, run from the
// sources) is killed either at a random moment of its start-up (opening and migrating the store)
// or a random few milliseconds after its k-th article (k random) is stored, so that kills land
// while articles are extracted and written whatever the machine's load. The store is checked,
// then the ingest re-run to completion in this process. DATELINE_CRASH_SEED=n replays a run;
// the seed and every kill point are printed.
const ROOT = new URL('../..', import.meta.url).pathname;
const FROM_SOURCE = `import { main } from ${JSON.stringify(join(ROOT, 'src/cli/main.ts'))}; await main([process.argv[0], 'dateline', ...process.argv.slice(1)]);`;
const KILLS = 20;
const SMALL = 60;
const LAYERS = ['datelines', 'entities', 'mentions', 'times', 'places', 'quotes', 'events'] as const;

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0; return ((s ^ (s >>> 13)) >>> 0) / 2 ** 32; };
}

function smallCorpus(): string {
  const lines: string[] = [];
  for (let i = 0; i < SMALL; i++) {
    const city = CITIES[i % CITIES.length]!;
    const quote = i % 3 === 0 ? ` "We will not sign," Minister Ana Varga said.` : '';
    lines.push(JSON.stringify({
      id: `small-${i}`, source: 'Daily Courier', published: `2024-03-${String(1 + (i % 28)).padStart(2, '0')}`, title: `Tolls ${i}`,
      text: `${city.toUpperCase()}, March 2 - Police in ${city} arrested ${i + 2} protesters on Tuesday after talks on tolls ${i} failed.${quote}`,
    }));
  }
  return `${lines.join('\n')}\n`;
}

/** Per article id, the row count of each layer table, and the article's index entry. */
function layerCounts(path: string): Map<string, string> {
  const db = new Database(path, { fileMustExist: true });
  try {
    const columns = LAYERS.map((t) => `(SELECT count(*) FROM ${t} x WHERE x.article_seq = a.seq)`).join(` || ',' || `);
    const rows = db.prepare(`SELECT a.id AS id, ${columns} || ',' || (SELECT count(*) FROM article_fts_docsize d WHERE d.id = a.seq) AS counts FROM articles a`).all() as { id: string; counts: string }[];
    return new Map(rows.map((row) => [row.id, row.counts]));
  } finally { db.close(); }
}

/** The file is a sound SQLite database (whatever a crash left of its schema). */
function assertSound(path: string): void {
  const db = new Database(path, { fileMustExist: true });
  try {
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    assert.deepEqual(db.pragma('foreign_key_check'), []);
  } finally { db.close(); }
}

/** A migrated store: sound, each article once, nothing indexed without its article. */
function assertIntact(path: string): void {
  assertSound(path);
  const db = new Database(path, { fileMustExist: true });
  try {
    const articles = Number(db.prepare('SELECT count(*) AS n FROM articles').pluck().get());
    assert.equal(Number(db.prepare('SELECT count(DISTINCT id) FROM articles').pluck().get()), articles);
    assert.equal(Number(db.prepare('SELECT count(*) FROM article_fts_docsize').pluck().get()), articles);
  } finally { db.close(); }
}

/** The ingest (jobs 0) in a child process running the sources, its exit code awaitable. */
function ingestChild(corpus: string, store: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', FROM_SOURCE, 'ingest', corpus, '--store', store, '--jobs', '0'], { cwd: ROOT, stdio: 'ignore' });
  return Object.assign(child, { exited: new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code))) });
}

/** Waits until the store holds at least `n` articles, or (n null) until its file exists; or the child has ended. */
async function waitFor(path: string, n: number | null, child: ReturnType<typeof ingestChild>): Promise<void> {
  let db: Database.Database | null = null;
  try {
    while (child.exitCode === null && child.signalCode === null) {
      try {
        if (n === null && existsSync(path)) return;
        db ??= existsSync(path) ? new Database(path, { readonly: true, fileMustExist: true }) : null;
        if (db && Number(db.prepare('SELECT count(*) FROM articles').pluck().get()) >= n) return;
      } catch { /* not migrated yet */ }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally { db?.close(); }
}

async function ingestHere(corpus: string, store: string): Promise<IngestSummary> {
  const out = collector();
  return ingestToStore([corpus], { store, jobs: 0, json: true }, out.stream);
}

test(`a store killed at ${KILLS} random moments opens clean, holds whole articles only, and a re-run stores each once`, { timeout: 1_800_000 }, async (t) => {
  const seed = Number(process.env['DATELINE_CRASH_SEED'] ?? 20261129);
  const random = seeded(seed);
  const work = tempDir({ 'small.jsonl': smallCorpus() });
  const corpus = join(work, 'small.jsonl');
  try {
    const reference = join(work, 'reference.sqlite');
    await ingestHere(corpus, reference);
    const expected = layerCounts(reference);
    assert.equal(expected.size, SMALL);
    t.diagnostic(`seed ${seed} (DATELINE_CRASH_SEED replays it)`);

    const partials: number[] = [];
    for (let kill = 0; kill < KILLS; kill++) {
      const store = join(work, `crash-${kill}.sqlite`);
      const inStartUp = random() < 0.15;
      const after = inStartUp ? 0 : Math.floor(random() * SMALL);
      const delay = Math.round(random() * (inStartUp ? 30 : 40));
      const child = ingestChild(corpus, store);
      await waitFor(store, inStartUp ? null : after, child);
      await Promise.race([child.exited, new Promise((resolve) => setTimeout(resolve, delay))]);
      child.kill('SIGKILL');
      await child.exited;
      const point = inStartUp ? `${delay} ms after the store file appeared (opening, migrating)` : `${delay} ms after article ${after}`;

      // Sound as the crash left it, then it opens (finishing any migration) and holds whole articles.
      if (existsSync(store)) assertSound(store);
      await (await openStore(store)).close();
      assertIntact(store);
      const stored = layerCounts(store);
      for (const [id, counts] of stored) assert.equal(counts, expected.get(id), `${id} is stored whole`);
      partials.push(stored.size);
      t.diagnostic(`kill ${kill + 1}: ${point}${child.signalCode ? '' : ' (it had finished)'}: ${stored.size} of ${SMALL} articles stored`);

      const summary = await ingestHere(corpus, store);
      assert.deepEqual([summary.read, summary.stored, summary.duplicates, summary.failed], [SMALL, SMALL - stored.size, stored.size, 0]);
      assertIntact(store);
      assert.deepEqual(layerCounts(store), expected, 'every article exactly once, with all its layers');
      rmSync(store, { force: true });
    }
    assert.ok(partials.some((n) => n > 0 && n < SMALL), `no kill fell mid-ingest (stored: ${partials.join(', ')})`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
