/**
 * The time expression that dates a clause, for components that need a date for what happened
 * (events): the nearest time in the same sentence, preferring one after the verb, as in
 * "attacked Israel on October 7".
 */
import type { Document } from '../../document/document.js';
import type { TimeExpression } from '../../document/layers.js';
import type { Span } from '../../document/span.js';

/**
 * @example governingTime(doc, verbSpanOf('attacked')) // → the "October 7" expression, or null
 */
export function governingTime(doc: Document, span: Pick<Span, 'start' | 'end'>): TimeExpression | null {
  const times = doc.layers.times ?? [];
  const sentence = (doc.layers.sentences ?? []).find((s) => s.start <= span.start && span.start < s.end)
    ?? { start: 0, end: doc.text.length };
  let after: TimeExpression | null = null;
  let before: TimeExpression | null = null;
  for (const time of times) {
    if (time.start < sentence.start || time.end > sentence.end) continue;
    if (time.start >= span.end && (!after || time.start < after.start)) after = time;
    if (time.end <= span.start && (!before || time.end > before.end)) before = time;
    if (time.start < span.end && span.start < time.end) return time;
  }
  return after ?? before;
}
