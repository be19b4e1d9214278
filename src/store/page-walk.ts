/**
 * Choosing how to read a page of the matches of a filter, newest first (findEvents, findArticles).
 *
 * Planners pick an index for a filter whatever its share of the rows: 10,390 events of one country
 * were read and sorted (15 ms) for a page that walking all events newest first finds among the
 * first few hundred. The finders therefore count first, and when the matches are frequent they
 * walk the date order, hiding the filter from the planner. A walk expects to read
 * (page × rows / matches) rows; since matches need not be spread evenly over time (a word of one
 * year), it may read at most WALK_MARGIN times that (the rows up to a bound found in the date
 * index alone) and, when it has not filled the page by then, the finder sorts the matches instead.
 * Either way the page is exactly the first rows in order: a walk that fills its page within the
 * bound has seen every row before it.
 */
import type { Kysely, RawBuilder } from 'kysely';
import { sql } from 'kysely';
import type { Schema } from './schema-types.js';
import type { Condition } from './sql-conditions.js';
import { ALWAYS, reachedBy } from './sql-conditions.js';

const WALK_MARGIN = 4;

export interface WalkOrder {
  /** The table and its alias, e.g. sql`events ev`. */
  readonly from: RawBuilder<unknown>;
  /** The descending key and tie-breaking seq columns, e.g. sql`ev.day`, sql`ev.seq`. */
  readonly key: RawBuilder<unknown>;
  readonly seq: RawBuilder<unknown>;
}

/**
 * When a walk is worth trying for `matches` of the table's rows, the condition that bounds it
 * (`after`: the rows after the cursor); null to sort the matches instead. The highest seq bounds
 * the number of rows, for one index look-up.
 */
export async function walkBound(db: Kysely<Schema>, order: WalkOrder, table: 'events' | 'articles', matches: number, pageSize: number, after: Condition): Promise<Condition | null> {
  if (matches === 0) return null;
  const { rows } = await sql<{ n: number | string | null }>`SELECT max(seq) AS n FROM ${sql.table(table)}`.execute(db);
  const budget = Math.ceil((WALK_MARGIN * pageSize * Number(rows[0]?.n ?? 0)) / matches);
  if (budget >= matches) return null;
  const { rows: edge } = await sql<{ k: string; s: number | string }>`SELECT ${order.key} AS k, ${order.seq} AS s FROM ${order.from}
    WHERE ${after} ORDER BY ${order.key} DESC, ${order.seq} DESC LIMIT 1 OFFSET ${budget - 1}`.execute(db);
  const last = edge[0];
  // Fewer rows than the budget are left: the walk may read them all.
  if (!last) return ALWAYS;
  return reachedBy(order.key, order.seq, last.k, Number(last.s));
}
