/**
 * Aggregates over the store: article counts per day or week for a query (raw, and as a share of
 * all articles in the bucket), the actor network of events, and places and located events as
 * GeoJSON. Every count is exact; nothing is sampled.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { parseSearch } from '../search/search-parser.js';
import type { StoreAdapter } from './adapter.js';
import { keyOf } from './article-rows.js';
import { eventConditions } from './find-layers.js';
import type { Schema } from './schema-types.js';
import { allOf } from './sql-conditions.js';
import { conditionOf } from './search-conditions.js';
import type {
  EventScope, GeoFeatureCollection, Network, NetworkEdge, NetworkNode, Timeline, TimelineBucket,
} from './store.js';

function scopeCondition(adapter: StoreAdapter, scope: EventScope) {
  const tree = scope.query ? parseSearch(scope.query) : null;
  return allOf([...eventConditions(scope), ...(tree === null ? [] : [conditionOf(tree, adapter)])]);
}

/** Monday of the ISO week of a YYYY-MM-DD day. */
export function weekOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const back = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

async function countsByDay(db: Kysely<Schema>, where: ReturnType<typeof allOf>): Promise<Map<string, number>> {
  const { rows } = await sql<{ day: string; n: number | string }>`SELECT a.published_day AS day, count(*) AS n FROM articles a
    WHERE ${where} AND a.published_day <> '' GROUP BY a.published_day`.execute(db);
  return new Map(rows.map((row) => [row.day, Number(row.n)]));
}

export async function timeline(db: Kysely<Schema>, adapter: StoreAdapter, query: string, interval: 'day' | 'week'): Promise<Timeline> {
  const tree = parseSearch(query);
  const matching = await countsByDay(db, allOf(tree === null ? [] : [conditionOf(tree, adapter)]));
  const all = await countsByDay(db, allOf([]));
  const bucketOf = interval === 'week' ? weekOf : (day: string) => day;
  const buckets = new Map<string, { count: number; total: number }>();
  for (const [day, total] of all) {
    const bucket = buckets.get(bucketOf(day)) ?? { count: 0, total: 0 };
    bucket.total += total;
    bucket.count += matching.get(day) ?? 0;
    buckets.set(bucketOf(day), bucket);
  }
  const list: TimelineBucket[] = [...buckets].sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([start, { count, total }]) => ({ start, count, total, share: total === 0 ? 0 : count / total }));
  return { interval, buckets: list };
}

interface EdgeRow {
  article_id: string; idx: number; quad: number;
  source_key: string; source_name: string | null; source_country: string | null;
  target_key: string; target_name: string | null; target_country: string | null;
}

/** The actor network of the events matching `filter`: every matching event counts (no cap). */
export async function network(db: Kysely<Schema>, adapter: StoreAdapter, scope: EventScope): Promise<Network> {
  const where = scopeCondition(adapter, scope);
  const { rows } = await sql<EdgeRow>`SELECT a.id AS article_id, ev.idx, ev.quad, ev.source_key, ev.source_name, ev.source_country,
    ev.target_key, ev.target_name, ev.target_country FROM events ev JOIN articles a ON a.seq = ev.article_seq
    WHERE ${where} ORDER BY ev.seq`.execute(db);
  const nodes = new Map<string, NetworkNode & { mentions: number }>();
  const edges = new Map<string, NetworkEdge & { events: number; quad: Record<string, number>; evidence: string[] }>();
  const touch = (key: string, name: string | null, country: string | null) => {
    const node = nodes.get(key) ?? { id: key, name: name ?? key, country, mentions: 0 };
    node.mentions++;
    nodes.set(key, node);
  };
  for (const row of rows) {
    if (row.source_key === '' || row.target_key === '') continue;
    touch(row.source_key, row.source_name, row.source_country);
    touch(row.target_key, row.target_name, row.target_country);
    const id = `${row.source_key}\u0000${row.target_key}`;
    const edge = edges.get(id) ?? { source: row.source_key, target: row.target_key, events: 0, quad: { 1: 0, 2: 0, 3: 0, 4: 0 }, evidence: [] };
    edge.events++;
    edge.quad[String(row.quad)] = (edge.quad[String(row.quad)] ?? 0) + 1;
    edge.evidence.push(`${row.article_id}#${row.idx}`);
    edges.set(id, edge);
  }
  return {
    nodes: [...nodes.values()].sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1)),
    edges: [...edges.values()].sort((a, b) => b.events - a.events || (a.source + a.target < b.source + b.target ? -1 : 1)),
  };
}

/** Every located place, one feature per distinct name and point, with how many articles name it. */
export async function placesGeo(db: Kysely<Schema>, country?: string): Promise<GeoFeatureCollection> {
  const where = country ? sql`AND p.country = ${keyOf(country).toUpperCase()}` : sql``;
  const { rows } = await sql<{ name: string; country: string | null; lat: number; lon: number; articles: number | string; mentions: number | string }>`
    SELECT p.name, p.country, p.lat, p.lon, count(DISTINCT p.article_seq) AS articles, count(*) AS mentions FROM places p
    WHERE p.lat IS NOT NULL AND p.lon IS NOT NULL ${where} GROUP BY p.name, p.country, p.lat, p.lon
    ORDER BY count(DISTINCT p.article_seq) DESC, p.name`.execute(db);
  return {
    type: 'FeatureCollection',
    features: rows.map((row) => ({
      type: 'Feature', geometry: { type: 'Point', coordinates: [Number(row.lon), Number(row.lat)] },
      properties: { name: row.name, country: row.country, articles: Number(row.articles), mentions: Number(row.mentions) },
    })),
  };
}

/** The matching events whose place has coordinates, one point feature each. */
export async function eventsGeo(db: Kysely<Schema>, adapter: StoreAdapter, scope: EventScope): Promise<GeoFeatureCollection> {
  const where = scopeCondition(adapter, scope);
  const { rows } = await sql<{ article_id: string; idx: number; text: string; cameo: string; plover: string; quad: number; day: string;
    source_name: string | null; target_name: string | null; place: string; lat: number; lon: number }>`
    SELECT a.id AS article_id, ev.idx, ev.text, ev.cameo, ev.plover, ev.quad, ev.day, ev.source_name, ev.target_name, ev.place,
      min(p.lat) AS lat, min(p.lon) AS lon
    FROM events ev JOIN articles a ON a.seq = ev.article_seq
      JOIN places p ON p.article_seq = ev.article_seq AND p.name = ev.place AND p.lat IS NOT NULL AND p.lon IS NOT NULL
    WHERE ${where} GROUP BY a.id, ev.seq, ev.idx, ev.text, ev.cameo, ev.plover, ev.quad, ev.day, ev.source_name, ev.target_name, ev.place
    ORDER BY ev.day DESC, ev.seq DESC`.execute(db);
  return {
    type: 'FeatureCollection',
    features: rows.map((row) => ({
      type: 'Feature', geometry: { type: 'Point', coordinates: [Number(row.lon), Number(row.lat)] },
      properties: {
        id: `${row.article_id}#${row.idx}`, articleId: row.article_id, text: row.text, cameo: row.cameo, plover: row.plover,
        quad: Number(row.quad), day: row.day || null, source: row.source_name, target: row.target_name, place: row.place,
      },
    })),
  };
}
