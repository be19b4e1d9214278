/**
 * `npx tsx scripts/check-corpora-ingest.ts REUTERS BBC RSS [--jobs 1] [--store PATH]`
 *
 * Ingests the shared Reuters-21578, BBC News and RSS-items corpora twice into a fresh SQLite store
 * through the real ingest path (src/ingest/ingest-run.ts: the JSONL reader, extraction, saving,
 * the ledger), then checks and prints:
 * - articles read and stored per pass, and that the second pass stored none;
 * - the BBC set's exact-duplicate groups the store found (the items of a group resolve to one
 *   stored article) against the groups in the raw files (corpus-repeats.ts);
 * - the RSS items' repeats across feeds that the store put in one story, against those expected.
 * The corpora are turned into one JSONL file each (corpus-articles.ts) in a temporary folder.
 * Exits 1 when a check fails.
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Article } from '../src/document/document.js';
import type { IngestSummary } from '../src/ingest/ingest-run.js';
import { runIngest } from '../src/ingest/ingest-run.js';
import { DEFAULT_FETCH_OPTIONS } from '../src/ingest/url-fetcher.js';
import { DEFAULT_LIMITS } from '../src/pipeline/run-pipeline.js';
import { DEFAULT_READ_OPTIONS } from '../src/readers/reader.js';
import { openStore } from '../src/store/open-store.js';
import type { Store } from '../src/store/store.js';
import { STORY_DAYS } from '../src/store/story-grouping.js';
import type { RssItem } from './corpus-articles.js';
import { bbcFiles, corpusArticles, corpusKind, rssItems } from './corpus-articles.js';
import { bbcDuplicateGroups, rssRepeatGroups } from './corpus-repeats.js';

interface Args { corpora: string[]; jobs: number; store: string | null }

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { corpora: [], jobs: 1, store: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--jobs') args.jobs = Number(argv[++i]);
    else if (arg === '--store') args.store = argv[++i] ?? null;
    else args.corpora.push(arg);
  }
  if (!Number.isInteger(args.jobs) || args.jobs < 0) throw new Error('--jobs needs a whole number');
  const kinds = args.corpora.map(corpusKind).sort().join(',');
  if (kinds !== 'bbc,reuters,rss') throw new Error('give the Reuters-21578, BBC News and RSS-items folders');
  return args;
}

async function writeJsonl(path: string, articles: AsyncIterable<Article>): Promise<number> {
  const out = createWriteStream(path);
  let n = 0;
  for await (const article of articles) {
    n++;
    if (!out.write(`${JSON.stringify(article)}\n`)) await once(out, 'drain');
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return n;
}

/** Each item of a run, resolved to the stored article it is (stored) or duplicates (duplicate). */
async function resolvedItems(store: Store, runId: string): Promise<Map<string, string>> {
  const resolved = new Map<string, string>();
  let cursor: string | null = null;
  do {
    const page = await store.findLedger({ runId, limit: 200, cursor });
    for (const line of page.items) if (line.status !== 'failed') resolved.set(line.item, line.articleId);
    cursor = page.next;
  } while (cursor !== null);
  return resolved;
}

/** How many groups have all their items resolved to one value by `keyOf`; and the first groups that do not. */
async function groupsKept(groups: readonly string[][], keyOf: (id: string) => Promise<string | null>) {
  let kept = 0;
  const broken: string[] = [];
  for (const group of groups) {
    const keys = await Promise.all(group.map(keyOf));
    if (keys[0] !== null && keys.every((key) => key === keys[0])) kept++;
    else if (broken.length < 5) broken.push(group.map((id, i) => `${id}→${keys[i]}`).join(' '));
  }
  return { kept, broken };
}

async function ingestPass(store: Store, files: readonly string[], jobs: number): Promise<IngestSummary & { seconds: number }> {
  const start = performance.now();
  let last = 0;
  const summary = await runIngest(files, {
    read: DEFAULT_READ_OPTIONS, fetch: DEFAULT_FETCH_OPTIONS, limits: DEFAULT_LIMITS, jobs,
    onProgress: (s) => { if (s.read - last >= 10_000) { last = s.read; process.stderr.write(`  ${s.read} read\n`); } },
  }, store);
  return { ...summary, seconds: Math.round((performance.now() - start) / 1000) };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'dateline-corpora-'));
  const failures: string[] = [];
  const check = (ok: boolean, what: string) => { console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); if (!ok) failures.push(what); };
  try {
    const files: string[] = [];
    let total = 0;
    let bbcDir = '';
    let rssDir = '';
    for (const corpus of args.corpora) {
      const kind = corpusKind(corpus);
      if (kind === 'bbc') bbcDir = corpus;
      if (kind === 'rss') rssDir = corpus;
      const file = join(dir, `${kind}.jsonl`);
      const n = await writeJsonl(file, corpusArticles(corpus));
      console.log(`${kind}: ${n} articles from ${corpus}`);
      total += n;
      files.push(file);
    }
    const store = await openStore(args.store ?? join(dir, 'check.sqlite'));
    try {
      const first = await ingestPass(store, files, args.jobs);
      console.log(`pass 1: read ${first.read}, stored ${first.stored}, duplicates ${first.duplicates}, failed ${first.failed} in ${first.seconds} s (${Math.round(first.read / first.seconds)} articles/s, jobs ${args.jobs})`);
      const second = await ingestPass(store, files, args.jobs);
      console.log(`pass 2: read ${second.read}, stored ${second.stored}, duplicates ${second.duplicates}, failed ${second.failed} in ${second.seconds} s`);
      check(first.read === total && second.read === total, `each pass read all ${total} articles`);
      check(second.stored === 0, 'the second pass stored none');
      check((await store.stats()).articles === first.stored, 'the store holds exactly the articles the first pass stored');

      const resolved = await resolvedItems(store, first.runId);
      const { groups: expectedBbc, identicalFiles } = bbcDuplicateGroups(bbcFiles(bbcDir));
      const bbcFound = await groupsKept(expectedBbc, async (id) => resolved.get(id) ?? null);
      const bbcIds = new Set([...bbcFiles(bbcDir)].map((file) => file.article.id));
      const bbcGroupsInStore = new Map<string, number>();
      for (const [item, article] of resolved) if (bbcIds.has(item)) bbcGroupsInStore.set(article, (bbcGroupsInStore.get(article) ?? 0) + 1);
      const storeGroups = [...bbcGroupsInStore.values()].filter((n) => n > 1).length;
      console.log(`BBC exact duplicates: ${expectedBbc.length} groups (${expectedBbc.flat().length} files) of the same text in the raw files, ${identicalFiles} of them whole files alike; the store kept ${bbcFound.kept} of them as one article; it made ${storeGroups} such groups in all`);
      for (const line of bbcFound.broken) console.log(`  not grouped: ${line}`);
      check(bbcFound.kept === expectedBbc.length && storeGroups === expectedBbc.length, 'every BBC exact-duplicate group, and no other, is one stored article');

      const items: RssItem[] = [];
      for await (const item of rssItems(rssDir)) items.push(item);
      const expectedRss = rssRepeatGroups(items, STORY_DAYS);
      const storyOf = async (id: string) => { const article = resolved.get(id); return article ? (await store.getArticle(article))?.story.id ?? null : null; };
      const rssFound = await groupsKept(expectedRss, storyOf);
      console.log(`RSS repeats across feeds: ${expectedRss.length} groups (${expectedRss.flat().length} items) expected; ${rssFound.kept} in one story each`);
      for (const line of rssFound.broken) console.log(`  not grouped: ${line}`);
      check(rssFound.kept === expectedRss.length, 'every RSS repeat group is one story');
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (failures.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`check-corpora-ingest: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
});
