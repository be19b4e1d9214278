/**
 * Burst detection: is a saved query's volume in the latest window well above its recent baseline?
 *
 * The rule: count the query's new matches in the latest complete window (default one hour) and in
 * each of the windows before it (default 24). Taking the baseline rate λ as the mean of those
 * earlier counts (at least one match per baseline period, so a quiet query is not alarmed by its
 * first few matches), the latest count k is a burst when k ≥ minCount (default 5) and, were
 * matches a Poisson process at rate λ, seeing k or more would have probability below pValue
 * (default 0.001): P(X ≥ k | λ) = 1 − Σ_{i<k} e^−λ λ^i / i!.
 *
 * @example isBurst(12, [1, 0, 2, 1], DEFAULT_BURST_RULE) // { burst: true, baseline: 1 }
 */
export interface BurstRule {
  readonly windowMs: number;
  readonly baselineWindows: number;
  readonly minCount: number;
  readonly pValue: number;
}

export const DEFAULT_BURST_RULE: BurstRule = Object.freeze({ windowMs: 3600_000, baselineWindows: 24, minCount: 5, pValue: 0.001 });

/** P(X ≥ k) for X ~ Poisson(lambda), summed in log space so large k and λ stay finite. */
export function poissonTail(k: number, lambda: number): number {
  if (k <= 0) return 1;
  if (lambda <= 0) return 0;
  let term = Math.exp(-lambda);
  let below = 0;
  for (let i = 0; i < k; i++) {
    below += term;
    term *= lambda / (i + 1);
  }
  return Math.max(0, 1 - below);
}

export function isBurst(count: number, baselineCounts: readonly number[], rule: BurstRule): { burst: boolean; baseline: number } {
  const windows = Math.max(1, baselineCounts.length);
  const baseline = baselineCounts.reduce((sum, n) => sum + n, 0) / windows;
  const rate = Math.max(baseline, 1 / windows);
  return { burst: count >= rule.minCount && count > baseline && poissonTail(count, rate) < rule.pValue, baseline };
}

/** The latest complete window before `now` and the baseline windows before it, as [start, end) ISO pairs, oldest first. */
export function burstWindows(now: number, rule: BurstRule): { latest: [string, string]; baseline: [string, string][] } {
  const end = Math.floor(now / rule.windowMs) * rule.windowMs;
  const span = (i: number): [string, string] => [new Date(end - (i + 1) * rule.windowMs).toISOString(), new Date(end - i * rule.windowMs).toISOString()];
  return { latest: span(0), baseline: Array.from({ length: rule.baselineWindows }, (_, i) => span(rule.baselineWindows - i)) };
}
