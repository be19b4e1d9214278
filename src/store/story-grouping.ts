/**
 * Puts newly saved articles into stories, inside their saving transaction: the story of an earlier
 * article with the same title key published within STORY_DAYS days (`same-title`), else of the
 * most similar earlier opening at or above the threshold (`near-text 0.88`), else a new story of
 * its own (`first`). A story's id is the id of its first-seen article, so the first-seen outlet is
 * that article's source. Signals and thresholds: near-duplicate.ts.
 *
 * A batch is planned before its rows are written, with one query for the stored articles of its
 * title keys and one for those of its band keys; each article then sees the stored candidates and
 * the batch's articles before it, in saving order, as when each was saved on its own.
 *
 * @example const [plan] = await planStories(trx, adapter, [record]); // plan.storyId, plan.reason
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { OutputRecord } from '../output/record.js';
import type { StoreAdapter } from './adapter.js';
import { dayOf } from './article-rows.js';
import {
  bandKeys, decodeSignature, NEAR_TEXT_THRESHOLD, similarity, storyTitleKey, textSignature,
} from './near-duplicate.js';
import type { Schema } from './schema-types.js';

/** Same-title articles further apart than this are different stories ("Markets wrap", weekly columns). */
export const STORY_DAYS = 3;
/** Caps on candidates read per article, so a very common title or opening costs a bounded query. */
const MAX_TITLE_CANDIDATES = 50;
const MAX_TEXT_CANDIDATES = 200;
/** Keys per look-up statement, well under either backend's limit on bound parameters. */
const KEYS_PER_QUERY = 5000;

export interface StoryAssignment {
  readonly storyId: string;
  readonly reason: string;
}

/** An article's story and the keys stored with it (the article's title_key, signature and band rows). */
export interface StoryPlan extends StoryAssignment {
  readonly titleKey: string | null;
  readonly signature: readonly number[] | null;
  readonly bands: readonly string[];
}

/** An earlier article as a candidate: stored (read back) or earlier in the batch. */
interface Candidate {
  readonly seq: number;
  readonly id: string;
  readonly storyId: string | null;
  readonly day: string;
  readonly signature: readonly number[] | null;
}

function daysApart(a: string, b: string): number {
  if (a === '' || b === '') return 0;
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += KEYS_PER_QUERY) out.push(items.slice(i, i + KEYS_PER_QUERY));
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value); else map.set(key, [value]);
}

interface KeyRow { key: string; seq: number }
interface ArticleRow { seq: number; id: string; story_id: string | null; published_day: string; signature: string | null }

/** The first `cap` seqs by seq of each key's stored articles (title key) or band rows (band key). */
function firstPerKey(adapter: StoreAdapter, keys: readonly string[], kind: 'title' | 'band', cap: number) {
  const [table, keyColumn, seqColumn] = kind === 'title' ? ['articles', 'title_key', 'seq'] : ['story_bands', 'band', 'article_seq'];
  const [t, k, s] = [sql.table(table), sql.ref(keyColumn), sql.ref(seqColumn)];
  if (adapter.capabilities.lateralJoins) {
    // Articles by title key: `seq + 0`, or PostgreSQL walks the whole primary key in seq order,
    // testing each row's title key, to stop after `cap` (221 ms a key at 110,000 articles).
    // The band rows' primary key is (band, article_seq): already in order for the key.
    const order = kind === 'title' ? sql`${s} + 0` : s;
    return sql<KeyRow>`SELECT k.key, f.seq FROM unnest(${[...keys]}::text[]) AS k(key)
      CROSS JOIN LATERAL (SELECT ${s} AS seq FROM ${t} WHERE ${k} = k.key ORDER BY ${order} LIMIT ${cap}) f`;
  }
  // SQLite walks the index on (key, seq) in order for the window: no sort, no statistics needed.
  return sql<KeyRow>`SELECT key, seq FROM (SELECT ${k} AS key, ${s} AS seq, row_number() OVER (PARTITION BY ${k} ORDER BY ${s}) AS n
    FROM ${t} WHERE ${k} IN (${sql.join(keys)})) WHERE n <= ${cap}`;
}

/**
 * The stored articles of each key (title key or band key), the first `cap` by seq: as a LIMIT did
 * for one key, the cap keeps a common key's cost bounded. Two statements a chunk of keys: the
 * first seqs of each key, then those articles by primary key (a plan that needs no statistics).
 */
async function storedByKey(db: Kysely<Schema>, adapter: StoreAdapter, keys: readonly string[], kind: 'title' | 'band', cap: number): Promise<Map<string, Candidate[]>> {
  const byKey = new Map<string, Candidate[]>();
  for (const chunk of chunks([...new Set(keys)])) {
    const { rows: keyRows } = await firstPerKey(adapter, chunk, kind, cap).execute(db);
    if (keyRows.length === 0) continue;
    const seqs = [...new Set(keyRows.map((row) => Number(row.seq)))];
    const articles = new Map<number, Candidate>();
    for (let i = 0; i < seqs.length; i += KEYS_PER_QUERY) {
      const rows = await db.selectFrom('articles').select(['seq', 'id', 'story_id', 'published_day', 'signature'])
        .where('seq', 'in', seqs.slice(i, i + KEYS_PER_QUERY)).execute() as ArticleRow[];
      for (const row of rows) {
        articles.set(Number(row.seq), {
          seq: Number(row.seq), id: row.id, storyId: row.story_id, day: row.published_day,
          signature: kind === 'band' ? decodeSignature(row.signature) : null,
        });
      }
    }
    for (const row of keyRows) push(byKey, row.key, articles.get(Number(row.seq))!);
  }
  for (const list of byKey.values()) list.sort((a, b) => a.seq - b.seq);
  return byKey;
}

function byTitle(candidates: readonly Candidate[], day: string): StoryAssignment | null {
  const match = candidates.slice(0, MAX_TITLE_CANDIDATES).find((row) => daysApart(row.day, day) <= STORY_DAYS);
  return match ? { storyId: match.storyId ?? match.id, reason: 'same-title' } : null;
}

function byText(candidates: readonly Candidate[], signature: readonly number[]): StoryAssignment | null {
  let best: { row: Candidate; score: number } | null = null;
  for (const row of candidates.slice(0, MAX_TEXT_CANDIDATES)) {
    const score = row.signature ? similarity(signature, row.signature) : 0;
    if (score >= NEAR_TEXT_THRESHOLD && (!best || score > best.score)) best = { row, score };
  }
  return best ? { storyId: best.row.storyId ?? best.row.id, reason: `near-text ${best.score.toFixed(2)}` } : null;
}

/** The distinct candidates of several bands, in seq order (stored ones first: their seqs are lower). */
function bandCandidates(lists: readonly (readonly Candidate[] | undefined)[]): Candidate[] {
  const bySeq = new Map<number, Candidate>();
  for (const list of lists) for (const row of list ?? []) bySeq.set(row.seq, row);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/**
 * The stories of `records`, new articles to be saved in this order (none of them stored yet), each
 * grouped with the stored articles and the ones before it in the list.
 */
export async function planStories(db: Kysely<Schema>, adapter: StoreAdapter, records: readonly OutputRecord[]): Promise<StoryPlan[]> {
  const keyed = records.map((record) => {
    const signature = textSignature(record.text);
    return { record, titleKey: storyTitleKey(record.title), day: dayOf(record.published), signature, bands: signature ? bandKeys(signature) : [] };
  });
  const storedTitles = await storedByKey(db, adapter, keyed.flatMap((k) => (k.titleKey ? [k.titleKey] : [])), 'title', MAX_TITLE_CANDIDATES);
  // Whether a title match exists needs no story ids, so only the articles without one look up bands.
  const batchTitles = new Map<string, Candidate[]>();
  const titled = keyed.map((k, i) => {
    if (!k.titleKey) return false;
    const found = byTitle([...storedTitles.get(k.titleKey) ?? [], ...batchTitles.get(k.titleKey) ?? []], k.day) !== null;
    push(batchTitles, k.titleKey, { seq: -1 - i, id: '', storyId: null, day: k.day, signature: null });
    return found;
  });
  const storedBands = await storedByKey(db, adapter, keyed.flatMap((k, i) => (titled[i] ? [] : k.bands)), 'band', MAX_TEXT_CANDIDATES);

  const earlierByTitle = new Map<string, Candidate[]>();
  const earlierByBand = new Map<string, Candidate[]>();
  return keyed.map(({ record, titleKey, day, signature, bands }, i) => {
    const titleCandidates = titleKey ? [...storedTitles.get(titleKey) ?? [], ...earlierByTitle.get(titleKey) ?? []] : [];
    const found = (titleKey ? byTitle(titleCandidates, day) : null)
      ?? (signature ? byText([...bandCandidates(bands.map((band) => storedBands.get(band))), ...bandCandidates(bands.map((band) => earlierByBand.get(band)))], signature) : null);
    const story = found ?? { storyId: record.id, reason: 'first' };
    // Batch articles come after every stored one; a seq above any stored seq keeps them in order.
    const self: Candidate = { seq: Number.MAX_SAFE_INTEGER - records.length + i, id: record.id, storyId: story.storyId, day, signature };
    if (titleKey) push(earlierByTitle, titleKey, self);
    for (const band of bands) push(earlierByBand, band, self);
    return { ...story, titleKey, signature, bands };
  });
}
