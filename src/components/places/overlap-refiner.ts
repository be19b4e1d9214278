/**
 * Refiner: one candidate per stretch of text. A scan candidate inside a name the entities layer
 * typed as a person, organisation, nationality or event is dropped ("Paris" of "Paris Hilton",
 * "Israel" of "Israel Defense Forces"); then, among overlapping candidates, the longer wins, and
 * on equal spans the entities layer's.
 *
 * @example keepOneCandidate(candidates, blocked) // "Gaza Strip" (entity) and "Gaza Strip" (scan) → one
 */
import type { Span } from '../../document/span.js';
import type { PlaceCandidate } from './place-candidate.js';

function overlapsAny(candidate: PlaceCandidate, spans: readonly Span[]): boolean {
  return spans.some((span) => candidate.start < span.end && span.start < candidate.end);
}

export function keepOneCandidate(candidates: readonly PlaceCandidate[], blocked: readonly Span[]): PlaceCandidate[] {
  const open = candidates.filter((candidate) => candidate.source === 'entity' || !overlapsAny(candidate, blocked));
  const ordered = [...open].sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start) || (a.source === 'entity' ? -1 : 1));
  const kept: PlaceCandidate[] = [];
  for (const candidate of ordered) {
    const last = kept[kept.length - 1];
    if (last !== undefined && candidate.start < last.end) {
      // Same stretch: keep the qualifier the scan found if the kept one lacks it.
      if (candidate.start === last.start && candidate.end === last.end && last.qualifier === null && candidate.qualifier !== null) {
        kept[kept.length - 1] = { ...last, qualifier: candidate.qualifier };
      }
      continue;
    }
    kept.push(candidate);
  }
  return kept;
}
