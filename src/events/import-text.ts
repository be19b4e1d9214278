/**
 * Small string helpers for the importers, written with indexOf loops instead of regular
 * expressions so that no line of a user's dictionary can make them backtrack.
 */

/** The text before `marker` (the whole text when absent): comments. */
export function before(text: string, marker: string): string {
  const at = text.indexOf(marker);
  return at < 0 ? text : text.slice(0, at);
}

/** Drops leading and trailing runs of `char`: `__ARNOR_` → `ARNOR`. */
export function trimChar(text: string, char: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === char) start++;
  while (end > start && text[end - 1] === char) end--;
  return text.slice(start, end);
}

/** The contents of every `open…close` block, in order: `[A] x [B]` → ['A', 'B']. */
export function blocks(text: string, open: string, close: string): string[] {
  const found: string[] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf(open, from);
    if (start < 0) return found;
    const end = text.indexOf(close, start + 1);
    if (end < 0) return found;
    found.push(text.slice(start + 1, end));
    from = end + 1;
  }
}

/** The text with every `open…close` block replaced by what `replace` returns for its contents. */
export function replaceBlocks(text: string, open: string, close: string, replace: (inner: string) => string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const start = text.indexOf(open, from);
    const end = start < 0 ? -1 : text.indexOf(close, start + open.length);
    if (start < 0 || end < 0) return out + text.slice(from);
    out += text.slice(from, start) + replace(text.slice(start + open.length, end));
    from = end + close.length;
  }
}

/** The text without its `open…close` blocks. */
export function removeBlocks(text: string, open: string, close: string): string {
  return replaceBlocks(text, open, close, () => ' ');
}
