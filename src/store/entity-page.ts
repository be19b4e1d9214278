/**
 * An entity's page across the store, found by its name (case-insensitive, exact): the names and
 * mention texts it goes by, its most frequent country and role, its events per day as source and
 * as target, quotes by it and about it (newest first, up to PAGE_ITEMS each, with exact totals),
 * and the actors and places most often reported in the same articles.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { keyOf } from './article-rows.js';
import type { Schema } from './schema-types.js';
import { escapeLike } from './sql-conditions.js';
import type { EntityPage } from './store.js';

const PAGE_ITEMS = 50;
const TOP = 20;

type N = number | string;

async function mostFrequent(db: Kysely<Schema>, column: 'country' | 'role', key: string): Promise<string | null> {
  const { rows } = await sql<{ value: string }>`SELECT ${sql.ref(`e.${column}`)} AS value FROM entities e
    WHERE e.name_key = ${key} AND ${sql.ref(`e.${column}`)} IS NOT NULL
    GROUP BY ${sql.ref(`e.${column}`)} ORDER BY count(*) DESC, ${sql.ref(`e.${column}`)} LIMIT 1`.execute(db);
  return rows[0]?.value ?? null;
}

export async function entityPage(db: Kysely<Schema>, name: string): Promise<EntityPage | null> {
  const key = keyOf(name);
  if (key === '') return null;
  const { rows: found } = await sql<{ name: string; type: string; articles: N }>`SELECT min(e.name) AS name, min(e.type) AS type,
    count(DISTINCT e.article_seq) AS articles FROM entities e WHERE e.name_key = ${key}`.execute(db);
  const head = found[0];
  if (!head || Number(head.articles) === 0) return null;
  const { rows: aliases } = await sql<{ text: string }>`SELECT DISTINCT m.text FROM entities e
    JOIN mentions m ON m.article_seq = e.article_seq AND m.entity_idx = e.idx WHERE e.name_key = ${key} ORDER BY m.text LIMIT ${PAGE_ITEMS}`.execute(db);
  const { rows: days } = await sql<{ day: string; role: string; n: N }>`
    SELECT ev.day, 'source' AS role, count(*) AS n FROM events ev WHERE ev.source_key = ${key} GROUP BY ev.day
    UNION ALL SELECT ev.day, 'target' AS role, count(*) AS n FROM events ev WHERE ev.target_key = ${key} GROUP BY ev.day`.execute(db);
  const timeline = new Map<string, { day: string; asSource: number; asTarget: number }>();
  for (const row of days) {
    const entry = timeline.get(row.day) ?? { day: row.day, asSource: 0, asTarget: 0 };
    if (row.role === 'source') entry.asSource += Number(row.n); else entry.asTarget += Number(row.n);
    timeline.set(row.day, entry);
  }
  const quoteColumns = sql`a.id AS article_id, q.start_offset, q.end_offset, q.text, q.speaker_name, a.published`;
  const about = sql`q.text_key LIKE ${`%${escapeLike(key)}%`} ESCAPE '\\' AND q.speaker_key <> ${key}`;
  type QuoteRow = { article_id: string; start_offset: number; end_offset: number; text: string; speaker_name: string | null; published: string | null };
  const [by, byTotal, aboutRows, aboutTotal, actors, places] = await Promise.all([
    sql<QuoteRow>`SELECT ${quoteColumns} FROM quotes q JOIN articles a ON a.seq = q.article_seq WHERE q.speaker_key = ${key}
      ORDER BY q.day DESC, q.seq DESC LIMIT ${PAGE_ITEMS}`.execute(db),
    sql<{ n: N }>`SELECT count(*) AS n FROM quotes q WHERE q.speaker_key = ${key}`.execute(db),
    sql<QuoteRow>`SELECT ${quoteColumns} FROM quotes q JOIN articles a ON a.seq = q.article_seq WHERE ${about}
      ORDER BY q.day DESC, q.seq DESC LIMIT ${PAGE_ITEMS}`.execute(db),
    sql<{ n: N }>`SELECT count(*) AS n FROM quotes q WHERE ${about}`.execute(db),
    sql<{ name: string; type: string; articles: N }>`SELECT min(o.name) AS name, min(o.type) AS type, count(DISTINCT o.article_seq) AS articles
      FROM entities o WHERE o.name_key <> ${key} AND o.article_seq IN (SELECT e.article_seq FROM entities e WHERE e.name_key = ${key})
      GROUP BY o.name_key ORDER BY count(DISTINCT o.article_seq) DESC, o.name_key LIMIT ${TOP}`.execute(db),
    sql<{ name: string; country: string | null; lat: number | null; lon: number | null; articles: N }>`SELECT p.name, max(p.country) AS country,
      max(p.lat) AS lat, max(p.lon) AS lon, count(DISTINCT p.article_seq) AS articles FROM places p
      WHERE p.article_seq IN (SELECT e.article_seq FROM entities e WHERE e.name_key = ${key})
      GROUP BY p.name ORDER BY count(DISTINCT p.article_seq) DESC, p.name LIMIT ${TOP}`.execute(db),
  ]);
  const quote = (q: QuoteRow) => ({ articleId: q.article_id, start: q.start_offset, end: q.end_offset, text: q.text, speaker: q.speaker_name, published: q.published });
  return {
    id: key, name: head.name, type: head.type, articles: Number(head.articles),
    country: await mostFrequent(db, 'country', key), role: await mostFrequent(db, 'role', key),
    aliases: aliases.map((row) => row.text),
    timeline: [...timeline.values()].filter((entry) => entry.day !== '').sort((a, b) => (a.day < b.day ? -1 : 1)),
    quotesBy: { total: Number(byTotal.rows[0]?.n ?? 0), items: by.rows.map(quote) },
    quotesAbout: { total: Number(aboutTotal.rows[0]?.n ?? 0), items: aboutRows.rows.map(quote) },
    coActors: actors.rows.map((row) => ({ name: row.name, type: row.type, articles: Number(row.articles) })),
    places: places.rows.map((row) => ({ name: row.name, country: row.country, lat: row.lat === null ? null : Number(row.lat), lon: row.lon === null ? null : Number(row.lon), articles: Number(row.articles) })),
  };
}
