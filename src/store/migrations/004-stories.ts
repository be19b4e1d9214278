/**
 * Migration 004: stories (near-duplicate groups) and the pipeline version on articles.
 * `story_id` is the id of the story's first-seen article (null on articles saved before this
 * migration: each is then its own story); `story_reason` says why the article joined it
 * (`first`, `same-title`, `near-text 0.93`). `story_bands` holds the MinHash band keys that find
 * near-text candidates (near-duplicate.ts).
 */
import type { Kysely } from 'kysely';
import type { StoreAdapter } from '../adapter.js';

export async function up(db: Kysely<unknown>, _adapter: StoreAdapter): Promise<void> {
  for (const column of ['story_id', 'story_reason', 'title_key', 'signature', 'pipeline_version']) {
    await db.schema.alterTable('articles').addColumn(column, 'text').execute();
  }
  await db.schema.createIndex('articles_by_story').on('articles').column('story_id').execute();
  await db.schema.createIndex('articles_by_title_key').on('articles').column('title_key').execute();
  await db.schema.createIndex('articles_by_pipeline').on('articles').column('pipeline_version').execute();
  await db.schema.createTable('story_bands')
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('article_seq', 'integer', (c) => c.notNull().references('articles.seq').onDelete('cascade'))
    .addPrimaryKeyConstraint('story_bands_pk', ['band', 'article_seq'])
    .execute();
  await db.schema.createIndex('story_bands_by_article').on('story_bands').column('article_seq').execute();
}
