/**
 * Drops what looks like a time but is a title: a short quoted run of capitalised words ("Saturday
 * Night", "3 A.M.") names a song, a film or a book, not a time in the story.
 */
import type { FinderContext, Refiner } from './time-candidate.js';

// Double quotes, and the wire services' `` and '' pairs; a single ' is also an apostrophe ("year's").
const OPENERS = new Set(['"', '“', '`']);
const CLOSERS = new Set(['"', '”']);

function isCloser(ctx: FinderContext, k: number): boolean {
  return CLOSERS.has(ctx.tokens[k]!.word) || (ctx.tokens[k]!.word === "'" && ctx.tokens[k + 1]?.word === "'");
}
const MAX_TITLE_TOKENS = 10;
/** Lower-case words a title may hold between its capitalised ones. */
const TITLE_SMALL_WORDS = new Set(['the', 'of', 'in', 'on', 'at', 'and', 'a', 'an', 'to', 'for']);

function insideTitle(ctx: FinderContext, from: number, to: number): boolean {
  let open = -1;
  for (let k = from - 1; k >= Math.max(0, from - MAX_TITLE_TOKENS); k--) {
    if (OPENERS.has(ctx.tokens[k]!.word) || (ctx.tokens[k]!.word === "'" && ctx.tokens[k - 1]?.word === "'")) { open = k; break; }
  }
  if (open < 0) return false;
  let close = -1;
  for (let k = to; k < Math.min(ctx.tokens.length, open + MAX_TITLE_TOKENS + 2); k++) {
    if (isCloser(ctx, k)) { close = k; break; }
  }
  if (close < 0) return false;
  const words = ctx.tokens.slice(open + 1, close).filter((t) => t.kind === 'word');
  return words.every((t) => t.capital || TITLE_SMALL_WORDS.has(t.word)) && words.some((t) => t.capital);
}

export const negativeRefiner: Refiner = (ctx, candidates) => candidates.filter((c) => !insideTitle(ctx, c.from, c.to));
