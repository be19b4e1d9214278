/**
 * Puts a newly saved article into a story, inside its saving transaction: the story of an earlier
 * article with the same title key published within STORY_DAYS days (`same-title`), else of the
 * most similar earlier opening at or above the threshold (`near-text 0.88`), else a new story of
 * its own (`first`). A story's id is the id of its first-seen article, so the first-seen outlet is
 * that article's source. Signals and thresholds: near-duplicate.ts.
 */
import type { Kysely } from 'kysely';
import type { OutputRecord } from '../output/record.js';
import { dayOf } from './article-rows.js';
import {
  bandKeys, decodeSignature, encodeSignature, NEAR_TEXT_THRESHOLD, similarity, storyTitleKey, textSignature,
} from './near-duplicate.js';
import type { Schema } from './schema-types.js';

/** Same-title articles further apart than this are different stories ("Markets wrap", weekly columns). */
export const STORY_DAYS = 3;
/** Caps on candidates read per article, so a very common title or opening costs a bounded query. */
const MAX_TITLE_CANDIDATES = 50;
const MAX_TEXT_CANDIDATES = 200;

export interface StoryAssignment {
  readonly storyId: string;
  readonly reason: string;
}

function daysApart(a: string, b: string): number {
  if (a === '' || b === '') return 0;
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

async function byTitle(db: Kysely<Schema>, seq: number, titleKey: string, day: string): Promise<StoryAssignment | null> {
  const rows = await db.selectFrom('articles').select(['id', 'story_id', 'published_day'])
    .where('title_key', '=', titleKey).where('seq', '<>', seq).orderBy('seq').limit(MAX_TITLE_CANDIDATES).execute();
  const match = rows.find((row) => daysApart(row.published_day, day) <= STORY_DAYS);
  return match ? { storyId: match.story_id ?? match.id, reason: 'same-title' } : null;
}

async function byText(db: Kysely<Schema>, seq: number, signature: readonly number[]): Promise<StoryAssignment | null> {
  const rows = await db.selectFrom('story_bands as b').innerJoin('articles as a', 'a.seq', 'b.article_seq')
    .select(['a.seq', 'a.id', 'a.story_id', 'a.signature'])
    .where('b.band', 'in', bandKeys(signature)).where('a.seq', '<>', seq)
    .distinct().orderBy('a.seq').limit(MAX_TEXT_CANDIDATES).execute();
  let best: { row: (typeof rows)[number]; score: number } | null = null;
  for (const row of rows) {
    const other = decodeSignature(row.signature);
    const score = other ? similarity(signature, other) : 0;
    if (score >= NEAR_TEXT_THRESHOLD && (!best || score > best.score)) best = { row, score };
  }
  return best ? { storyId: best.row.story_id ?? best.row.id, reason: `near-text ${best.score.toFixed(2)}` } : null;
}

export async function assignStory(db: Kysely<Schema>, seq: number, record: OutputRecord): Promise<StoryAssignment> {
  const titleKey = storyTitleKey(record.title);
  const signature = textSignature(record.text);
  const found = (titleKey ? await byTitle(db, seq, titleKey, dayOf(record.published)) : null)
    ?? (signature ? await byText(db, seq, signature) : null);
  const story = found ?? { storyId: record.id, reason: 'first' };
  await db.updateTable('articles').set({
    story_id: story.storyId, story_reason: story.reason, title_key: titleKey,
    signature: signature ? encodeSignature(signature) : null,
  }).where('seq', '=', seq).execute();
  if (signature) {
    await db.insertInto('story_bands').values(bandKeys(signature).map((band) => ({ band, article_seq: seq }))).execute();
  }
  return story;
}
