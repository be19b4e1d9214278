/**
 * Cuts an article's text into runs at every annotation boundary, each run listing the marks that
 * cover it, so the article view can draw overlapping layers (a name inside a quote inside an
 * event sentence) as flat, non-nested spans of text.
 *
 * @example
 *   segmentText(11, [{ start: 0, end: 5, ... }]) // [{start: 0, end: 5, marks: [m]}, {start: 5, end: 11, marks: []}]
 */
export interface Mark {
  readonly start: number;
  readonly end: number;
  /** The toggle this mark belongs to: `entity-PERSON`, `time`, `place`, `quote`, `event`, `dateline`. */
  readonly layer: string;
  /** What hovering shows. */
  readonly label: string;
  /** Where clicking goes (an app hash link), if anywhere. */
  readonly href?: string;
}

export interface Segment {
  readonly start: number;
  readonly end: number;
  /** Innermost (shortest) first. */
  readonly marks: readonly Mark[];
}

/** Marks outside the text or empty are dropped; the runs cover the whole text exactly once. */
export function segmentText(textLength: number, marks: readonly Mark[]): Segment[] {
  const valid = marks.filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= textLength && m.start < m.end);
  const cuts = new Set<number>([0, textLength]);
  for (const m of valid) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let active: Mark[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    active = active.filter((m) => m.end > start);
    while (next < byStart.length && (byStart[next] as Mark).start <= start) active.push(byStart[next++] as Mark);
    const covering = active.filter((m) => m.start <= start && m.end >= end).sort((a, b) => (a.end - a.start) - (b.end - b.start));
    segments.push({ start, end, marks: covering });
  }
  return segments;
}
