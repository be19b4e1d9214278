/**
 * Migration 007: the index of events' actor-name words (src/store/event-actor-words.ts), filled
 * for the events already stored. An actor filter then looks its words up instead of scanning
 * every event's names (docs/benchmarks.md, "API under load").
 *
 * Also: the events' code index carries the day, so a code with a date range is counted in the
 * index alone (2,984 of 138,000 events: 9 ms reading event rows before).
 */
import type { Kysely } from 'kysely';
import type { StoreAdapter } from '../adapter.js';
import { insertMany } from '../bulk-insert.js';
import { actorWordRows } from '../event-actor-words.js';
import type { Schema } from '../schema-types.js';

/** Events read per step of the fill. */
const BATCH = 5_000;

async function fill(db: Kysely<Schema>, adapter: StoreAdapter): Promise<void> {
  let after = 0;
  for (;;) {
    const events = await db.selectFrom('events').select(['seq', 'article_seq', 'idx', 'source_key', 'target_key'])
      .where('seq', '>', after).orderBy('seq').limit(BATCH).execute();
    if (events.length === 0) return;
    await insertMany(db, adapter, 'event_actor_words', actorWordRows(events));
    after = events[events.length - 1]!.seq;
  }
}

export async function up(db: Kysely<unknown>, adapter: StoreAdapter): Promise<void> {
  await db.schema.createTable('event_actor_words')
    .addColumn('word', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('article_seq', 'integer', (c) => c.notNull().references('articles.seq').onDelete('cascade'))
    .addColumn('event_idx', 'integer', (c) => c.notNull())
    // The key leads with the word, so a lookup reads only this index; the events are named by
    // article and position (as events_position), which saving knows without reading ids back.
    .addPrimaryKeyConstraint('event_actor_words_pk', ['word', 'role', 'article_seq', 'event_idx'])
    .execute();
  // Deleting or reprocessing an article finds its rows by article.
  await db.schema.createIndex('event_actor_words_by_article').on('event_actor_words').column('article_seq').execute();
  await fill(db as unknown as Kysely<Schema>, adapter);
  await db.schema.createIndex('events_by_cameo_and_day').on('events').columns(['cameo', 'day']).execute();
  await db.schema.dropIndex('events_by_cameo').execute();
}
