/**
 * Compiles the text part of a search (a MatchNode) to a PostgreSQL tsquery for
 * `to_tsquery('simple', $1)`. Titles carry weight A in the index, so `title:` becomes a `:A` label.
 * NEAR/n has no tsquery equivalent; it becomes the alternatives `<d>` for every distance up to n+1
 * in both orders, which is why the parser caps n.
 *
 * @example near(gaza, aid, 1) → `(('gaza' <1> 'aid') | ('aid' <1> 'gaza') | ('gaza' <2> 'aid') | ('aid' <2> 'gaza'))`
 */
import type { MatchNode, TextNode } from './search-ast.js';

function lexeme(token: string, prefix: boolean, inTitle: boolean): string {
  const escaped = token.replaceAll('\\', '\\\\').replaceAll("'", "''");
  const label = `${prefix ? '*' : ''}${inTitle ? 'A' : ''}`;
  return `'${escaped}'${label ? `:${label}` : ''}`;
}

function phrase(node: TextNode): string {
  const last = node.tokens.length - 1;
  const parts = node.tokens.map((token, i) => lexeme(token, node.prefix && i === last, node.inTitle));
  return parts.length === 1 ? parts[0]! : `(${parts.join(' <-> ')})`;
}

export function toTsquery(node: MatchNode): string {
  switch (node.kind) {
    case 'text': return phrase(node);
    case 'near': {
      const left = phrase(node.left);
      const right = phrase(node.right);
      const options: string[] = [];
      for (let d = 1; d <= node.distance + 1; d++) options.push(`(${left} <${d}> ${right})`, `(${right} <${d}> ${left})`);
      return `(${options.join(' | ')})`;
    }
    case 'and': return `(${node.children.map(toTsquery).join(' & ')})`;
    case 'or': return `(${node.children.map(toTsquery).join(' | ')})`;
  }
}
