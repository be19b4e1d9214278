/**
 * A span is a view into a document's normalised text: `text === doc.text.slice(start, end)`.
 * Offsets are JavaScript string indices (UTF-16 code units), end exclusive.
 *
 * @example { start: 0, end: 7, text: 'BEIJING' }
 */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Who made an annotation: the component (`"dateline.v1"`) and, where useful, the rule inside it. */
export interface Provenance {
  readonly by: string;
  readonly rule?: string;
}

/** Makes a span over `text` from `start` to `end`. */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** True when the two spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Orders spans by start, longer first on ties: the order every layer is emitted in. */
export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}
