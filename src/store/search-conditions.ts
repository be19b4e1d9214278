/**
 * Turns a parsed search (src/search/search-ast.ts) into a WHERE condition over articles aliased
 * `a`. Text parts go to the backend's full-text index through the adapter, as one match per run
 * of sibling text nodes; field filters become EXISTS clauses over the layer tables.
 */
import { sql } from 'kysely';
import type { DateNode, FieldNode, MatchNode, SearchNode } from '../search/search-ast.js';
import { isMatchNode } from '../search/search-ast.js';
import type { StoreAdapter } from './adapter.js';
import type { Condition } from './sql-conditions.js';
import { allOf, anyOf, containsWords, escapeLike } from './sql-conditions.js';

function fieldCondition(node: FieldNode): Condition {
  const v = node.value;
  switch (node.field) {
    case 'source': return sql`a.source_key = ${v}`;
    case 'lang': return sql`(a.language_key = ${v} OR a.language_key LIKE ${`${escapeLike(v)}-%`} ESCAPE '\\')`;
    case 'dateline':
      return sql`EXISTS (SELECT 1 FROM datelines d WHERE d.article_seq = a.seq AND (d.place_key = ${v} OR d.agency_key = ${v}))`;
    case 'actor': return anyOf([
      sql`EXISTS (SELECT 1 FROM entities e WHERE e.article_seq = a.seq AND ${containsWords(sql`e.name_key`, v)})`,
      sql`EXISTS (SELECT 1 FROM events ev WHERE ev.article_seq = a.seq AND (${containsWords(sql`ev.source_key`, v)} OR ${containsWords(sql`ev.target_key`, v)}))`,
    ]);
    case 'country': {
      const code = v.toUpperCase();
      return anyOf([
        sql`EXISTS (SELECT 1 FROM entities e WHERE e.article_seq = a.seq AND e.country = ${code})`,
        sql`EXISTS (SELECT 1 FROM events ev WHERE ev.article_seq = a.seq AND (ev.source_country = ${code} OR ev.target_country = ${code}))`,
        sql`EXISTS (SELECT 1 FROM places p WHERE p.article_seq = a.seq AND p.country = ${code})`,
        sql`EXISTS (SELECT 1 FROM datelines d WHERE d.article_seq = a.seq AND d.place_country = ${code})`,
      ]);
    }
    case 'speaker':
      return sql`EXISTS (SELECT 1 FROM quotes q WHERE q.article_seq = a.seq AND ${containsWords(sql`q.speaker_key`, v)})`;
    case 'event':
      return /^\d+$/.test(v)
        ? sql`EXISTS (SELECT 1 FROM events ev WHERE ev.article_seq = a.seq AND ev.cameo LIKE ${`${v}%`})`
        : sql`EXISTS (SELECT 1 FROM events ev WHERE ev.article_seq = a.seq AND ev.plover_key = ${v})`;
  }
}

/** The day after a YYYY-MM-DD, or null past year 9999. */
function dayAfter(day: string): string | null {
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();
  return /^\d{4}-/.test(next) ? next.slice(0, 10) : null;
}

/**
 * A date range as a range of `published_key`, which starts with the article's day whenever it has
 * one (`published_day <> ''`): the two conditions together are exactly "the day is in the range".
 * On the key, the (published_key, seq) index both selects the range and gives the date order, so
 * a search can stop after one page (migration 006); and unlike a second, redundant range on the
 * day, it keeps PostgreSQL's row estimates right.
 */
function dateCondition(node: DateNode): Condition {
  const parts: Condition[] = [sql`a.published_day <> ''`];
  if (node.from !== null) parts.push(sql`a.published_key >= ${node.from}`);
  if (node.to !== null) {
    const next = dayAfter(node.to);
    parts.push(next === null ? sql`a.published_day <= ${node.to}` : sql`a.published_key < ${next}`);
  }
  return allOf(parts);
}

/** Date ranges up to this many days select few enough articles to drive a search; see hasNarrowDate. */
const NARROW_DATE_DAYS = 366;

/**
 * True when `node` (the non-text part of a query) requires a date range of at most
 * NARROW_DATE_DAYS days: walking that range by date is then cheaper than starting from every
 * full-text match, which for common words is a large part of the store.
 */
export function hasNarrowDate(node: SearchNode | null): boolean {
  if (node === null) return false;
  if (node.kind === 'and') return node.children.some(hasNarrowDate);
  if (node.kind !== 'date' || node.from === null || node.to === null) return false;
  return (Date.parse(node.to) - Date.parse(node.from)) / 86_400_000 < NARROW_DATE_DAYS;
}

function groupOf(kind: 'and' | 'or', children: readonly MatchNode[]): MatchNode {
  return children.length === 1 ? children[0]! : { kind, children };
}

export function conditionOf(node: SearchNode, adapter: StoreAdapter): Condition {
  if (isMatchNode(node)) return adapter.matchCondition(node);
  switch (node.kind) {
    case 'and': case 'or': {
      const text = node.children.filter(isMatchNode);
      const rest = node.children.filter((child) => !isMatchNode(child)).map((child) => conditionOf(child, adapter));
      const parts = text.length > 0 ? [adapter.matchCondition(groupOf(node.kind, text)), ...rest] : rest;
      return node.kind === 'and' ? allOf(parts) : anyOf(parts);
    }
    case 'not': return sql`NOT (${conditionOf(node.child, adapter)})`;
    case 'field': return fieldCondition(node);
    case 'date': return dateCondition(node);
  }
}

/**
 * Splits a query into the text that can rank results (a match every result satisfies) and the
 * rest. Only a top-level match, or the match children of a top-level AND, qualify.
 */
export function splitForRanking(node: SearchNode | null): { match: MatchNode | null; rest: SearchNode | null } {
  if (node === null) return { match: null, rest: null };
  if (isMatchNode(node)) return { match: node, rest: null };
  if (node.kind !== 'and') return { match: null, rest: node };
  const text = node.children.filter(isMatchNode);
  const others = node.children.filter((child) => !isMatchNode(child));
  if (text.length === 0) return { match: null, rest: node };
  return { match: groupOf('and', text), rest: others.length === 0 ? null : others.length === 1 ? others[0]! : { kind: 'and', children: others } };
}
