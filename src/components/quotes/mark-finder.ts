/**
 * Finds spans between quotation marks in one left-to-right pass over the text: straight and
 * typographic double marks, guillemets, and single marks where they cannot be apostrophes.
 * A double quote left open at the end of a paragraph continues when the next paragraph opens
 * with a mark (the news convention for quotes running over paragraphs); otherwise it is dropped.
 * Two apostrophes (`''`) count as one double mark, as in text whose typographic quotes were
 * flattened to them (New York Times copy in some archives, Penn Treebank style).
 */

export interface QuotedSpan {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark. */
  readonly close: number;
  /** Offset just past the opening mark (`open + 1`, or `open + 2` for `''`). */
  readonly inner: number;
  /** Offset just past the closing mark. */
  readonly after: number;
  readonly single: boolean;
  /** How many paragraph breaks the quote runs over. */
  readonly breaks: number;
}

const DOUBLE_OPENERS = new Set(['“', '„', '«']);
const DOUBLE_CLOSERS = new Set(['”', '»']);
const OPEN_CONTEXT = /[\s([{“"'‘—–-]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && WORD_CHAR.test(text[i]!);
}

function opensAt(text: string, i: number): boolean {
  return (i === 0 || OPEN_CONTEXT.test(text[i - 1]!)) && i + 1 < text.length && !/\s/.test(text[i + 1]!);
}

/** Two apostrophes standing for one double quotation mark. */
function isDoubledApostrophe(text: string, i: number): boolean {
  return text[i] === "'" && text[i + 1] === "'";
}

/** The offset of the mark that reopens a quote at the start of the paragraph after `i`, or -1. */
function reopeningMark(text: string, i: number): number {
  let j = i;
  while (j < text.length && /\s/.test(text[j]!)) j++;
  const mark = text[j];
  return mark === '"' || isDoubledApostrophe(text, j) || (mark !== undefined && DOUBLE_OPENERS.has(mark)) ? j : -1;
}

/** Every quoted span in text order. Linear in the text's length. */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let open = -1;
  let breaks = 0;
  let singleOpen = -1;
  // Jump from mark to mark: only quotation marks, apostrophes and line breaks matter here.
  const next = /["“”„«»'‘’\n]/g;
  let openWidth = 1;
  for (let i = 0; i < text.length; i++) {
    next.lastIndex = i;
    const hit = next.exec(text);
    if (hit === null) break;
    i = hit.index;
    const doubled = isDoubledApostrophe(text, i);
    const ch = doubled ? '"' : text[i]!;
    if (ch === '\n') {
      singleOpen = -1;
      if (open < 0) continue;
      const reopen = reopeningMark(text, i);
      if (reopen >= 0) {
        breaks++;
        i = reopen + (isDoubledApostrophe(text, reopen) ? 1 : 0);
      } else {
        open = -1;
      }
      continue;
    }
    if (ch === '"' || DOUBLE_OPENERS.has(ch) || DOUBLE_CLOSERS.has(ch)) {
      const width = doubled ? 2 : 1;
      const closes = open >= 0 && (ch === '"' || DOUBLE_CLOSERS.has(ch) || !opensAt(text, i));
      if (closes) {
        if (i > open + openWidth) spans.push({ open, close: i, inner: open + openWidth, after: i + width, single: false, breaks });
        open = -1;
      } else if (!DOUBLE_CLOSERS.has(ch) || opensAt(text, i)) {
        open = i;
        openWidth = width;
        breaks = 0;
        singleOpen = -1;
      }
      i += width - 1;
      continue;
    }
    if (open >= 0 || (ch !== "'" && ch !== '‘' && ch !== '’')) continue;
    // Single marks: an apostrophe has a letter on both sides ("don't") or follows one ("Ministry’s").
    if (singleOpen < 0) {
      if (ch !== '’' && opensAt(text, i) && isWordAt(text, i + 1)) singleOpen = i;
    } else if (ch !== '‘' && !/\s/.test(text[i - 1]!) && !isWordAt(text, i + 1)) {
      spans.push({ open: singleOpen, close: i, inner: singleOpen + 1, after: i + 1, single: true, breaks: 0 });
      singleOpen = -1;
    } else if (ch === '‘' || (ch === "'" && opensAt(text, i) && isWordAt(text, i + 1))) {
      singleOpen = i;
    }
  }
  return spans;
}
