/**
 * The errors behind PolNeAR figures, one tab-separated line each, for grouping by cause:
 * `FP` a predicted attribution no gold one matched, `FN` a gold attribution nothing matched,
 * `SPEAKER` a matched pair whose speaker is wrong, `SPAN` a matched pair that is not exact.
 *
 * @example
 * errorLines('a1', text, matching, gold) →
 *   ['FP\ta1\tdirect.uncued\t-\t"We rebuilt the bridge"\t-', 'FN\ta1\t-\tsaid\t"the deal was dead"\tKovac', ...]
 */
import type { GoldAttribution } from './polnear-reader.js';
import type { Matching, Predicted } from './polnear-score.js';
import { isExact, overlapChars, speakerRight } from './polnear-score.js';

export const ERROR_KINDS = ['FP', 'FN', 'SPEAKER', 'SPAN'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** At most this many characters of a content are printed. */
const SHOWN = 160;

function show(text: string, start: number, end: number): string {
  const content = text.slice(start, end).replace(/\s+/g, ' ');
  return `"${content.length > SHOWN ? `${content.slice(0, SHOWN)}…` : content}"`;
}

function slice(text: string, span: { start: number; end: number } | null): string {
  return span === null ? '-' : text.slice(span.start, span.end).replace(/\s+/g, ' ');
}

function predictedLine(kind: ErrorKind, id: string, text: string, q: Predicted, gold: GoldAttribution | null): string {
  const first = q.parts[0]!;
  const speaker = q.speaker === null ? '-' : `${q.speaker.text}=>${q.speaker.name}`;
  const goldSide = gold === null ? '' : `\tgold ${slice(text, gold.source)} / ${slice(text, gold.cue)} ${show(text, gold.start, gold.end)}`;
  return `${kind}\t${id}\t${first.rule ?? '-'}\t${first.cue?.text ?? '-'}\t${show(text, q.start, q.end)}\t${speaker}${goldSide}`;
}

/** The error lines of one article, of the kinds asked for (all by default). */
export function errorLines(id: string, text: string, matching: Matching, gold: readonly GoldAttribution[], kinds: ReadonlySet<ErrorKind> = new Set(ERROR_KINDS), dontCare: readonly GoldAttribution[] = []): string[] {
  const lines: string[] = [];
  const matchedP = new Set(matching.pairs.map((pair) => pair.p));
  const matchedG = new Set(matching.pairs.map((pair) => pair.g));
  if (kinds.has('FP')) {
    matching.predicted.forEach((q, p) => {
      // Predictions the score leaves out (see scoreArticle's dontCare) are not errors.
      if (!matchedP.has(p) && !dontCare.some((a) => overlapChars(q, a) > 0)) lines.push(predictedLine('FP', id, text, q, null));
    });
  }
  if (kinds.has('FN')) {
    gold.forEach((a, g) => {
      if (!matchedG.has(g)) lines.push(`FN\t${id}\t-\t${slice(text, a.cue)}\t${show(text, a.start, a.end)}\t${slice(text, a.source)}`);
    });
  }
  for (const { p, g } of matching.pairs) {
    const q = matching.predicted[p]!;
    const a = gold[g]!;
    if (kinds.has('SPEAKER') && a.source !== null && !speakerRight(q, a, text)) lines.push(predictedLine('SPEAKER', id, text, q, a));
    if (kinds.has('SPAN') && !isExact(text, q, a)) lines.push(predictedLine('SPAN', id, text, q, a));
  }
  return lines;
}
