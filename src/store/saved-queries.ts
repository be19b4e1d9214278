/**
 * Saved queries and their alerts (migration 005). A query remembers the last article `seq` it has
 * looked at, so each check reads only articles stored since; each match becomes one row keyed by
 * (query, article), which is what makes an alert fire once per new matching article however often
 * matches are collected, and by however many processes.
 *
 * @example const n = await collectMatches(db, adapter, 'q-1a2b', new Date(), 500);
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { parseSearch } from '../search/search-parser.js';
import type { StoreAdapter } from './adapter.js';
import { conditionOf } from './search-conditions.js';
import type { AlertDelivery, Burst, DeliveryChange, DeliveryStatus, SavedQuery, SavedQueryInput } from './watch-types.js';
import type { AlertBurstsTable, AlertDeliveriesTable, SavedQueriesTable, WatchDb } from './watch-tables.js';

const queryOf = (row: SavedQueriesTable): SavedQuery => ({ id: row.id, name: row.name, query: row.query, webhook: row.webhook, createdAt: row.created_at });

function deliveryOf(kind: 'match' | 'burst', row: AlertDeliveriesTable | AlertBurstsTable): AlertDelivery {
  return {
    kind, queryId: row.query_id, key: 'article_id' in row ? row.article_id : row.window_start, matchedAt: row.matched_at,
    status: row.status as DeliveryStatus, attempts: Number(row.attempts), nextAttempt: row.next_attempt,
    lastError: row.last_error, deliveredAt: row.delivered_at,
  };
}

async function lastSeq(db: WatchDb): Promise<number> {
  const row = await db.selectFrom('articles').select((eb) => eb.fn.max('seq').as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function createSavedQuery(db: WatchDb, input: SavedQueryInput, at: Date): Promise<SavedQuery> {
  parseSearch(input.query);
  const row: SavedQueriesTable = {
    id: `q-${randomBytes(6).toString('hex')}`, name: input.name, query: input.query, webhook: input.webhook,
    created_at: at.toISOString(), last_seq: await lastSeq(db),
  };
  await db.insertInto('saved_queries').values(row).execute();
  return queryOf(row);
}

export async function listSavedQueries(db: WatchDb): Promise<SavedQuery[]> {
  return (await db.selectFrom('saved_queries').selectAll().orderBy('created_at').orderBy('id').execute()).map(queryOf);
}

export async function getSavedQuery(db: WatchDb, id: string): Promise<SavedQuery | null> {
  const row = await db.selectFrom('saved_queries').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? queryOf(row) : null;
}

export async function deleteSavedQuery(db: WatchDb, id: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom('alert_deliveries').where('query_id', '=', id).execute();
    await trx.deleteFrom('alert_bursts').where('query_id', '=', id).execute();
    const result = await trx.deleteFrom('saved_queries').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  });
}

export async function collectMatches(db: WatchDb, adapter: StoreAdapter, queryId: string, at: Date, limit: number): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const saved = await trx.selectFrom('saved_queries').selectAll().where('id', '=', queryId).executeTakeFirst();
    if (!saved) return 0;
    const ceiling = await lastSeq(trx);
    const tree = parseSearch(saved.query);
    const matches = tree === null ? sql`1 = 1` : conditionOf(tree, adapter);
    const { rows } = await sql<{ seq: number; id: string }>`SELECT a.seq, a.id FROM articles a
      WHERE a.seq > ${saved.last_seq} AND a.seq <= ${ceiling} AND ${matches} ORDER BY a.seq LIMIT ${limit}`.execute(trx);
    // A full page may leave matches beyond it: look again from its last article next time.
    const seen = rows.length === limit ? Number(rows[rows.length - 1]!.seq) : ceiling;
    let created = 0;
    for (const row of rows) {
      const result = await trx.insertInto('alert_deliveries').values({
        query_id: queryId, article_id: row.id, matched_at: at.toISOString(), status: saved.webhook ? 'pending' : 'listed',
        attempts: 0, next_attempt: saved.webhook ? at.toISOString() : null, last_error: null, delivered_at: null,
      }).onConflict((oc) => oc.columns(['query_id', 'article_id']).doNothing()).executeTakeFirst();
      created += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
    await trx.updateTable('saved_queries').set({ last_seq: seen }).where('id', '=', queryId).execute();
    return created;
  });
}

export async function dueDeliveries(db: WatchDb, at: Date, limit: number): Promise<AlertDelivery[]> {
  const now = at.toISOString();
  const due = (table: 'alert_deliveries' | 'alert_bursts') => db.selectFrom(table).selectAll()
    .where('status', 'in', ['pending', 'sending']).where('next_attempt', '<=', now).orderBy('next_attempt').limit(limit).execute();
  const [matches, bursts] = await Promise.all([due('alert_deliveries'), due('alert_bursts')]);
  return [...bursts.map((row) => deliveryOf('burst', row)), ...matches.map((row) => deliveryOf('match', row))].slice(0, limit);
}

export async function updateDelivery(db: WatchDb, delivery: AlertDelivery, change: DeliveryChange): Promise<boolean> {
  const values = { status: change.status, attempts: change.attempts, next_attempt: change.nextAttempt, last_error: change.lastError, delivered_at: change.deliveredAt };
  const guard = { status: delivery.status, attempts: delivery.attempts };
  const result = delivery.kind === 'match'
    ? await db.updateTable('alert_deliveries').set(values).where('query_id', '=', delivery.queryId).where('article_id', '=', delivery.key)
      .where('status', '=', guard.status).where('attempts', '=', guard.attempts).executeTakeFirst()
    : await db.updateTable('alert_bursts').set(values).where('query_id', '=', delivery.queryId).where('window_start', '=', delivery.key)
      .where('status', '=', guard.status).where('attempts', '=', guard.attempts).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function recentMatches(db: WatchDb, queryId: string, limit: number): Promise<AlertDelivery[]> {
  const rows = await db.selectFrom('alert_deliveries').selectAll().where('query_id', '=', queryId)
    .orderBy('matched_at', 'desc').orderBy('article_id').limit(limit).execute();
  return rows.map((row) => deliveryOf('match', row));
}

export async function countMatches(db: WatchDb, queryId: string, from: string, to: string): Promise<number> {
  const row = await db.selectFrom('alert_deliveries').select((eb) => eb.fn.countAll().as('n'))
    .where('query_id', '=', queryId).where('matched_at', '>=', from).where('matched_at', '<', to).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function addBurst(db: WatchDb, burst: Burst, at: Date, webhook: boolean): Promise<boolean> {
  const result = await db.insertInto('alert_bursts').values({
    query_id: burst.queryId, window_start: burst.windowStart, window_end: burst.windowEnd, count: burst.count, baseline: burst.baseline,
    matched_at: at.toISOString(), status: webhook ? 'pending' : 'listed', attempts: 0,
    next_attempt: webhook ? at.toISOString() : null, last_error: null, delivered_at: null,
  }).onConflict((oc) => oc.columns(['query_id', 'window_start']).doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function listBursts(db: WatchDb, queryId: string | null, limit: number): Promise<(Burst & { status: DeliveryStatus })[]> {
  let query = db.selectFrom('alert_bursts').selectAll();
  if (queryId !== null) query = query.where('query_id', '=', queryId);
  const rows = await query.orderBy('window_start', 'desc').limit(limit).execute();
  return rows.map((row) => ({
    queryId: row.query_id, windowStart: row.window_start, windowEnd: row.window_end, count: Number(row.count),
    baseline: Number(row.baseline), status: row.status as DeliveryStatus,
  }));
}
