/**
 * When to poll a feed next: its interval after a good poll; after failures, the interval doubled
 * for each failure in a row, up to a ceiling, so a broken feed is asked less and less often.
 *
 * @example nextPollDelay(3, { intervalMs: 600_000, maxBackoffMs: 86_400_000 }) // 4_800_000 (10 min × 2³)
 */
export interface Schedule {
  readonly intervalMs: number;
  readonly maxBackoffMs: number;
}

export function nextPollDelay(errorsInRow: number, schedule: Schedule): number {
  if (errorsInRow <= 0) return schedule.intervalMs;
  return Math.min(schedule.maxBackoffMs, schedule.intervalMs * 2 ** Math.min(errorsInRow, 30));
}
