/**
 * A short passage of an article around the first word a search matched, for result lists.
 * Done in code rather than by the backend so that both backends give the same snippet.
 *
 * @example snippetOf('… the convoy reached Rafah at dawn …', ['rafah']) → '…the convoy reached Rafah at dawn…'
 */

const WIDTH = 240;
/** Only the opening of very long texts is scanned, so a snippet costs the same for any article. */
const SCAN_LIMIT = 100_000;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function firstHit(lower: string, tokens: readonly string[]): number {
  let best = -1;
  for (const token of tokens) {
    let from = 0;
    while (from < lower.length) {
      const at = lower.indexOf(token, from);
      if (at < 0) break;
      if (at === 0 || !WORD_CHAR.test(lower[at - 1]!)) {
        if (best < 0 || at < best) best = at;
        break;
      }
      from = at + 1;
    }
  }
  return best;
}

/** The first word start at or after `from` (and not after `limit`), so a snippet never opens mid-word. */
function wordStart(text: string, from: number, limit: number): number {
  if (from === 0) return 0;
  const space = text.slice(from, limit).search(/\s/);
  return space < 0 ? limit : from + space + 1;
}

export function snippetOf(text: string, tokens: readonly string[]): string {
  const head = text.slice(0, SCAN_LIMIT);
  const hit = tokens.length > 0 ? firstHit(head.toLowerCase(), tokens) : -1;
  const start = hit < 0 ? 0 : wordStart(text, Math.max(0, hit - WIDTH / 3), hit);
  const end = Math.min(text.length, start + WIDTH);
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}
