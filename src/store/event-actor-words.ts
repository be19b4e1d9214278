/**
 * An index of the words of events' actor names (migration 007): one row per (word, role, event),
 * the event named by its article and position. An actor filter (`/events?actor=boris johnson`)
 * looks its words up here and tests the whole-word match only on those events, where before it
 * scanned every event's names (60-80 ms on 138,000 events, twice a page: rows and count).
 *
 * The index only narrows: the filter keeps its whole-word test (containsWords), so the rows found
 * are exactly those of a scan. That holds because a whole-word match of "w1 w2" in a name means
 * every word w1, w2 is one of the name's space-separated words, which is what is stored here.
 *
 * @example actorWordRows([{ article_seq: 7, idx: 0, source_key: 'boris johnson', target_key: '' }])
 *   // [{ word: 'boris', role: 'source', ... }, { word: 'johnson', role: 'source', ... }]
 */
import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import type { EventActorWordsTable } from './schema-types.js';
import type { Condition } from './sql-conditions.js';

export type ActorRole = 'source' | 'target';

/** What the index needs of an event row. */
export interface ActorKeys {
  readonly article_seq: number;
  readonly idx: number;
  readonly source_key: string;
  readonly target_key: string;
}

/** The distinct words of a `_key` value, split as LIKE '% w %' sees them: on single spaces. */
export function wordsOf(key: string): string[] {
  return [...new Set(key.split(' ').filter((word) => word !== ''))];
}

/** The index rows of events, inserted with the other layer rows (bulk-insert.ts). */
export function actorWordRows(events: readonly ActorKeys[]): Insertable<EventActorWordsTable>[] {
  return events.flatMap((event) => (['source', 'target'] as const).flatMap((role) =>
    wordsOf(role === 'source' ? event.source_key : event.target_key)
      .map((word) => ({ word, role, article_seq: event.article_seq, event_idx: event.idx }))));
}

/**
 * Events (aliased `ev`) whose `role` actor (either, when null) has every word of `value` (a
 * lower-cased key) among its name's words; null when `value` has no words, where the index cannot
 * help. A superset of the whole-word matches, to be ANDed with containsWords.
 */
export function actorWordsCandidates(role: ActorRole | null, value: string): Condition | null {
  const words = wordsOf(value);
  if (words.length === 0) return null;
  const roleCondition = role === null ? sql`` : sql` AND w.role = ${role}`;
  const matched = words.length === 1
    ? sql`SELECT w.article_seq, w.event_idx FROM event_actor_words w WHERE w.word = ${words[0]}${roleCondition}`
    : sql`SELECT w.article_seq, w.event_idx FROM event_actor_words w
        WHERE w.word IN (${sql.join(words)})${roleCondition}
        GROUP BY w.article_seq, w.event_idx HAVING count(DISTINCT w.word) = ${words.length}`;
  return sql`(ev.article_seq, ev.idx) IN (${matched})`;
}
