/**
 * Compiles the text part of a search (a MatchNode) to an SQLite FTS5 MATCH expression. The result
 * is bound as a parameter, never spliced into SQL; tokens are quoted so that no token can be read
 * as FTS5 syntax.
 *
 * @example and[text(gaza), text(aid convoy)] → `("gaza" AND "aid convoy")`
 */
import type { MatchNode, TextNode } from './search-ast.js';

function quoted(node: TextNode): string {
  const phrase = `"${node.tokens.join(' ').replaceAll('"', '""')}"${node.prefix ? ' *' : ''}`;
  return node.inTitle ? `title : ${phrase}` : phrase;
}

export function toFts5(node: MatchNode): string {
  switch (node.kind) {
    case 'text': return quoted(node);
    case 'near': return `NEAR(${quoted(node.left)} ${quoted(node.right)}, ${node.distance})`;
    case 'and': return `(${node.children.map(toFts5).join(' AND ')})`;
    case 'or': return `(${node.children.map(toFts5).join(' OR ')})`;
  }
}
