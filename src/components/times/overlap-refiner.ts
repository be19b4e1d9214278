/**
 * Where candidates overlap, the longest wins (then the earliest, then the first finder), so that
 * "two years ago" beats "two years" and "the third quarter of 1989" beats "1989".
 */
import type { Candidate, Refiner } from './time-candidate.js';

export const overlapRefiner: Refiner = (_ctx, candidates) => {
  const byLength = candidates
    .map((c, order) => ({ c, order }))
    .sort((a, b) => (b.c.to - b.c.from) - (a.c.to - a.c.from) || a.c.from - b.c.from || a.order - b.order);
  const kept: Candidate[] = [];
  for (const { c } of byLength) {
    if (kept.every((k) => c.to <= k.from || k.to <= c.from)) kept.push(c);
  }
  return kept.sort((a, b) => a.from - b.from);
};
