/**
 * Settles overlapping candidates: a direct quote wins over reported speech that covers it with
 * the same cue or speaker (the partial quote is the more exact claim), and of two reported
 * contents that overlap, the earlier, longer one stays.
 */
import type { QuoteCandidate } from './quote-candidate.js';

function sameFrame(a: QuoteCandidate, b: QuoteCandidate): boolean {
  return (a.cue !== null && b.cue !== null && a.cue.start === b.cue.start)
    || (a.speaker !== null && b.speaker !== null && a.speaker.start === b.speaker.start);
}

export function refineOverlaps(candidates: readonly QuoteCandidate[]): QuoteCandidate[] {
  // The order of every layer (compareSpans): by start, longer first on ties.
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: QuoteCandidate[] = [];
  const directs = sorted.filter((c) => c.direct);
  let d = 0;
  for (const candidate of sorted) {
    if (candidate.direct) {
      kept.push(candidate);
      continue;
    }
    while (d < directs.length && directs[d]!.end <= candidate.start) d++;
    let covered = false;
    for (let i = d; i < directs.length && directs[i]!.start < candidate.end; i++) {
      if (sameFrame(directs[i]!, candidate)) covered = true;
    }
    const last = kept[kept.length - 1];
    const clashes = last !== undefined && !last.direct && last.end > candidate.start;
    if (!covered && !clashes) kept.push(candidate);
  }
  return kept;
}
