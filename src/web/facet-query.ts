/**
 * Facet filters as search syntax: a facet adds `field:"value"` to the query, and a facet already
 * in the query is taken out again, so the URL (the query) stays the only state of the search.
 *
 * @example
 *   withFacet('"Wang Yi"', 'source', 'tass') // '"Wang Yi" source:"tass"'
 *   withoutFacet('"Wang Yi" source:"tass"', 'source', 'tass') // '"Wang Yi"'
 */
export const facetClause = (field: string, value: string): string => `${field}:"${value}"`;

/** True when the query holds the facet's clause as a whole term. */
export function hasFacet(query: string, field: string, value: string): boolean {
  return termsOf(query).includes(facetClause(field, value).toLowerCase());
}

export function withFacet(query: string, field: string, value: string): string {
  if (hasFacet(query, field, value)) return query.trim();
  return [query.trim(), facetClause(field, value)].filter(Boolean).join(' ');
}

export function withoutFacet(query: string, field: string, value: string): string {
  const clause = facetClause(field, value).toLowerCase();
  let rest = query;
  for (const term of termsAt(query).reverse()) {
    if (term.text.toLowerCase() === clause) rest = rest.slice(0, term.start) + rest.slice(term.end);
  }
  return rest.replace(/\s+/g, ' ').trim();
}

/** The query's whitespace-separated terms, a quoted part counting as one term with what it is attached to. */
function termsAt(query: string): { text: string; start: number; end: number }[] {
  const terms: { text: string; start: number; end: number }[] = [];
  const pattern = /(?:[^\s"]|"[^"]*"?)+/g;
  for (const m of query.matchAll(pattern)) terms.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return terms;
}

const termsOf = (query: string): string[] => termsAt(query).map((t) => t.text.toLowerCase());
