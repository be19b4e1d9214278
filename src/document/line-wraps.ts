/**
 * Hard-wrapped text: wire copy and plain-text archives (Reuters-21578 among them) break every line
 * at about 65-80 characters and mark a new paragraph by indenting its first line or by a blank
 * line. Read as written, every wrap would end a sentence ("... is not under" / "pressure to act"),
 * a quotation would end at the first wrap, and names split over two lines would be lost. The
 * wraps are found here and turned into spaces, one character for one, so offsets do not move.
 *
 * @example unwrapLines('Talks on the plan were\nput off, officials said in a note to\nmembers on Monday.\n    A second paragraph.')
 *   === 'Talks on the plan were put off, officials said in a note to members on Monday.\n    A second paragraph.'
 */

/** Longer lines mean the text is written as paragraphs, whatever its breaks. */
const MAX_WRAP_WIDTH = 100;
/** A line at least this share of the widest line reached the wrap column. */
const FULL_LINE_SHARE = 0.6;
/** Fewer continued lines than this say too little about the layout. */
const MIN_CONTINUED_LINES = 3;
/** Share of continued lines that must be full, and share that must end mid-sentence. */
const MIN_FULL_SHARE = 0.6;
const MIN_OPEN_SHARE = 0.5;

const SENTENCE_END = /[.!?:;"'”’)\]]$/;

interface Line {
  start: number;
  length: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    lines.push({ start, length: (end < 0 ? text.length : end) - start });
    if (end < 0) return lines;
    start = end + 1;
  }
}

function widest(lines: readonly Line[]): number {
  let width = 0;
  for (const line of lines) width = Math.max(width, line.length);
  return width;
}

/** A line that continues its paragraph on the next: the next is not blank and not indented. */
function continues(text: string, next: Line | undefined): boolean {
  if (!next || next.length === 0) return false;
  const first = text[next.start]!;
  return first !== ' ' && first !== '\t';
}

/**
 * Whether the text is hard-wrapped: no line is wider than a wrap column, and most lines that run on
 * into the next both reach that column and stop mid-sentence. A list of short sentences, one a line,
 * fails the second test; ordinary paragraphs fail the first.
 */
export function isHardWrapped(text: string): boolean {
  return wrapWidth(text, linesOf(text)) !== null;
}

/** The wrap column of hard-wrapped text (its widest line), or null when the text is not hard-wrapped. */
function wrapWidth(text: string, lines: readonly Line[]): number | null {
  const width = widest(lines);
  if (width > MAX_WRAP_WIDTH) return null;
  let continued = 0;
  let full = 0;
  let open = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!continues(text, lines[i + 1])) continue;
    const line = lines[i]!;
    continued++;
    if (line.length >= FULL_LINE_SHARE * width) full++;
    if (!SENTENCE_END.test(text.slice(line.start, line.start + line.length).trimEnd())) open++;
  }
  const wrapped = continued >= MIN_CONTINUED_LINES && full >= MIN_FULL_SHARE * continued && open >= MIN_OPEN_SHARE * continued;
  return wrapped ? width : null;
}

/**
 * The text with the line breaks inside its paragraphs turned into spaces, when it is hard-wrapped;
 * otherwise the text itself. A break stays when the next line is blank or indented (a new paragraph)
 * or when its own line stops short of the wrap column (a headline, the last line of a paragraph).
 */
export function unwrapLines(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = linesOf(text);
  const width = wrapWidth(text, lines);
  if (width === null) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (!continues(text, lines[i + 1]) || line.length < FULL_LINE_SHARE * width) continue;
    const wrap = line.start + line.length;
    out += `${text.slice(from, wrap)} `;
    from = wrap + 1;
  }
  return out + text.slice(from);
}
