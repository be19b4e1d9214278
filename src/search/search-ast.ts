/**
 * The tree a search query parses into (src/search/search-parser.ts). Backends compile the text
 * parts to their full-text syntax (FTS5 MATCH, tsquery) and the field filters to parameterised
 * WHERE clauses; nothing in the tree is ever spliced into SQL as text.
 *
 * @example `"cease-fire" title:gaza -rumour` parses to
 *   and[text(cease fire), text(gaza, inTitle), not(text(rumour))]
 */

/** Words or a phrase: one token is a word, several a phrase (tokens are lower-cased). */
export interface TextNode {
  readonly kind: 'text';
  readonly tokens: readonly string[];
  /** `gaza*`: the last token is a prefix. */
  readonly prefix: boolean;
  /** `title:gaza`: matches in the title only. */
  readonly inTitle: boolean;
}

/** `a NEAR/5 b`: both, with at most `distance` tokens between them, in either order. */
export interface NearNode {
  readonly kind: 'near';
  readonly distance: number;
  readonly left: TextNode;
  readonly right: TextNode;
}

/** Field filters that select on stored layers rather than on the text. */
export const FILTER_FIELDS = ['source', 'dateline', 'actor', 'country', 'speaker', 'event', 'lang'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

export interface FieldNode {
  readonly kind: 'field';
  readonly field: FilterField;
  /** Lower-cased value as written, e.g. `reuters`, `04` (CAMEO prefix), `protest` (PLOVER type). */
  readonly value: string;
}

/** `date:2023-10-01..2023-11-01`: publication day within the range, both ends inclusive. */
export interface DateNode {
  readonly kind: 'date';
  readonly from: string | null;
  readonly to: string | null;
}

export interface AndNode {
  readonly kind: 'and';
  readonly children: readonly SearchNode[];
}

export interface OrNode {
  readonly kind: 'or';
  readonly children: readonly SearchNode[];
}

export interface NotNode {
  readonly kind: 'not';
  readonly child: SearchNode;
}

export type SearchNode = TextNode | NearNode | FieldNode | DateNode | AndNode | OrNode | NotNode;

/** A node the full-text index can answer alone: text, NEAR, and AND/OR over such nodes. */
export type MatchNode = TextNode | NearNode | { readonly kind: 'and' | 'or'; readonly children: readonly MatchNode[] };

export function isMatchNode(node: SearchNode): node is MatchNode {
  if (node.kind === 'text' || node.kind === 'near') return true;
  if (node.kind === 'and' || node.kind === 'or') return node.children.every(isMatchNode);
  return false;
}

/** The tokens a match would highlight: every text token not under a NOT. */
export function positiveTokens(node: SearchNode | null): string[] {
  if (node === null) return [];
  switch (node.kind) {
    case 'text': return [...node.tokens];
    case 'near': return [...node.left.tokens, ...node.right.tokens];
    case 'and': case 'or': return node.children.flatMap(positiveTokens);
    default: return [];
  }
}
