/**
 * Facets of a search: among the articles a query matches, how many have each source, country,
 * actor, PLOVER event type and language. Every value is one the search syntax can filter on, and
 * its count is exactly the `total` that findArticles gives for the query with `field:value` added,
 * so clicking a facet pages through that many articles.
 *
 * The source facet holds the articles' sources (`source:`) and, since wire copy often names its
 * agency only in the dateline ("BEIJING, Nov 1 (TASS) -"), the datelines' agencies (`dateline:`);
 * each value says which field selects it.
 *
 * Sources, countries, event types and languages are exact matches, so one GROUP BY counts them.
 * `actor:` matches names containing the words, and `dateline:` a place or an agency, so there a
 * GROUP BY only proposes the candidates; each shown value is then counted with the search's own
 * condition.
 *
 * @example
 *   await store.facets({ query: 'border', limit: 5 })
 *   // { total: 3, source: [{ value: 'example wire', label: 'Example Wire', count: 2 }, ...], country: [...], ... }
 */
import type { Kysely, RawBuilder } from 'kysely';
import { sql } from 'kysely';
import type { FieldNode, SearchNode } from '../search/search-ast.js';
import { fieldValue } from '../search/field-values.js';
import { parseSearch } from '../search/search-parser.js';
import type { StoreAdapter } from './adapter.js';
import { StoreError } from './store-errors.js';
import type { Schema } from './schema-types.js';
import type { Condition } from './sql-conditions.js';
import { allOf } from './sql-conditions.js';
import { conditionOf } from './search-conditions.js';
import type { FacetQuery, FacetValue, Facets } from './store.js';

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 50;

interface CountRow { value: string; label: string | null; n: number | string }

/**
 * The filter `field:value` as the search parser reads it, or null when the stored value cannot be
 * written in the syntax (it would not parse, or would parse to another value): such a value is not
 * offered, since clicking it could not select its articles.
 */
function asFilter(field: FacetValue['field'], value: string): FieldNode | null {
  if (value === '' || value.includes('"')) return null;
  try {
    const node = fieldValue(field, value, 0);
    return node.value === value ? node : null;
  } catch {
    return null;
  }
}

function checkFacetLimit(limit: number | undefined): number {
  const n = limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(n) || n < 1 || n > MAX_LIMIT) throw new StoreError('BAD_LIMIT', `limit must be an integer from 1 to ${MAX_LIMIT}.`);
  return n;
}

async function counted(db: Kysely<Schema>, query: RawBuilder<CountRow>): Promise<CountRow[]> {
  const { rows } = await query.execute(db);
  return rows;
}

function kept(field: FacetValue['field'], rows: readonly CountRow[], limit: number): FacetValue[] {
  return rows.filter((row) => asFilter(field, row.value) !== null).slice(0, limit)
    .map((row) => ({ field, value: row.value, label: row.label ?? row.value, count: Number(row.n) }));
}

const byCount = (a: FacetValue, b: FacetValue): number => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);

/** Each candidate counted with the search's own condition for its field, most articles first. */
async function exactly(db: Kysely<Schema>, adapter: StoreAdapter, where: Condition, candidates: readonly FacetValue[]): Promise<FacetValue[]> {
  const counts = await Promise.all(candidates.map(async (candidate) => {
    const filter = conditionOf(asFilter(candidate.field, candidate.value)!, adapter);
    const { rows } = await sql<{ n: number | string }>`SELECT count(*) AS n FROM articles a WHERE ${where} AND ${filter}`.execute(db);
    return { ...candidate, count: Number(rows[0]?.n ?? 0) };
  }));
  return counts.sort(byCount);
}

// Asking for more rows than shown leaves room for the values asFilter drops.
const spare = (limit: number) => limit * 3 + 10;

/** Article sources, then dateline agencies (labelled as such), most articles first. */
async function sources(db: Kysely<Schema>, adapter: StoreAdapter, where: Condition, limit: number): Promise<FacetValue[]> {
  const [named, agencies] = await Promise.all([
    counted(db, sql<CountRow>`SELECT a.source_key AS value, min(a.source) AS label, count(*) AS n FROM articles a
      WHERE ${where} AND a.source_key <> '' GROUP BY a.source_key ORDER BY n DESC, value LIMIT ${spare(limit)}`),
    counted(db, sql<CountRow>`SELECT d.agency_key AS value, min(d.agency) AS label, count(DISTINCT d.article_seq) AS n
      FROM datelines d JOIN articles a ON a.seq = d.article_seq
      WHERE ${where} AND d.agency_key <> '' GROUP BY d.agency_key ORDER BY n DESC, value LIMIT ${spare(limit)}`),
  ]);
  const agencyValues = kept('dateline', agencies, limit).map((f) => ({ ...f, label: `${f.label} (dateline)` }));
  return [...kept('source', named, limit), ...await exactly(db, adapter, where, agencyValues)].sort(byCount).slice(0, limit);
}

/** UNION (not UNION ALL) keeps each (article, country) pair once, so count(*) counts articles. */
function countries(db: Kysely<Schema>, where: Condition, limit: number): Promise<CountRow[]> {
  return counted(db, sql<CountRow>`SELECT lower(x.code) AS value, x.code AS label, count(*) AS n FROM (
      SELECT article_seq AS seq, country AS code FROM entities WHERE country IS NOT NULL
      UNION SELECT article_seq, source_country FROM events WHERE source_country IS NOT NULL
      UNION SELECT article_seq, target_country FROM events WHERE target_country IS NOT NULL
      UNION SELECT article_seq, country FROM places WHERE country IS NOT NULL
      UNION SELECT article_seq, place_country FROM datelines WHERE place_country IS NOT NULL
    ) x JOIN articles a ON a.seq = x.seq
    WHERE ${where} AND x.code = upper(x.code) GROUP BY x.code ORDER BY n DESC, value LIMIT ${spare(limit)}`);
}

function eventTypes(db: Kysely<Schema>, where: Condition, limit: number): Promise<CountRow[]> {
  return counted(db, sql<CountRow>`SELECT ev.plover_key AS value, min(ev.plover) AS label, count(DISTINCT ev.article_seq) AS n
    FROM events ev JOIN articles a ON a.seq = ev.article_seq
    WHERE ${where} AND ev.plover_key <> '' GROUP BY ev.plover_key ORDER BY n DESC, value LIMIT ${spare(limit)}`);
}

/** `lang:en` matches `en` and `en-gb`, so languages are counted by their primary subtag. */
async function languages(db: Kysely<Schema>, where: Condition, limit: number): Promise<FacetValue[]> {
  const rows = await counted(db, sql<CountRow>`SELECT a.language_key AS value, min(a.language) AS label, count(*) AS n FROM articles a
    WHERE ${where} AND a.language_key <> '' GROUP BY a.language_key`);
  const byPrimary = new Map<string, number>();
  for (const row of rows) {
    const primary = row.value.split('-')[0] ?? '';
    byPrimary.set(primary, (byPrimary.get(primary) ?? 0) + Number(row.n));
  }
  const merged = [...byPrimary].map(([value, n]) => ({ value, label: value, n }))
    .sort((a, b) => b.n - a.n || (a.value < b.value ? -1 : 1));
  return kept('lang', merged, limit);
}

/** Candidates: event actors and named people and organisations, by the articles that name them exactly. */
async function actors(db: Kysely<Schema>, adapter: StoreAdapter, where: Condition, limit: number): Promise<FacetValue[]> {
  const candidates = kept('actor', await counted(db, sql<CountRow>`SELECT x.name_key AS value, min(x.name) AS label, count(DISTINCT x.seq) AS n FROM (
      SELECT article_seq AS seq, name_key, name FROM entities WHERE type IN ('PERSON', 'ORG')
      UNION ALL SELECT article_seq, source_key, source_name FROM events WHERE source_key <> ''
      UNION ALL SELECT article_seq, target_key, target_name FROM events WHERE target_key <> ''
    ) x JOIN articles a ON a.seq = x.seq
    WHERE ${where} GROUP BY x.name_key ORDER BY n DESC, value LIMIT ${spare(limit)}`), limit);
  return exactly(db, adapter, where, candidates);
}

export async function findFacets(db: Kysely<Schema>, adapter: StoreAdapter, request: FacetQuery): Promise<Facets> {
  const limit = checkFacetLimit(request.limit);
  const tree: SearchNode | null = parseSearch(request.query);
  const where = allOf(tree === null ? [] : [conditionOf(tree, adapter)]);
  const [total, source, country, actor, event, lang] = await Promise.all([
    sql<{ n: number | string }>`SELECT count(*) AS n FROM articles a WHERE ${where}`.execute(db).then(({ rows }) => Number(rows[0]?.n ?? 0)),
    sources(db, adapter, where, limit),
    countries(db, where, limit).then((rows) => kept('country', rows, limit)),
    actors(db, adapter, where, limit),
    eventTypes(db, where, limit).then((rows) => kept('event', rows, limit)),
    languages(db, where, limit),
  ]);
  return { total, source, country, actor, event, lang };
}
