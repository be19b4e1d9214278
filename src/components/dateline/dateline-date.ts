/**
 * The dateline's date: a month and day, in the year that puts it nearest the publication date,
 * counting days after publication four times over. A dateline is written on the day of the events,
 * before publication, so "December 30" on a story published on January 2 is last year's; but wire
 * copy is also filed ahead ("March 24" on a story stamped March 20 is four days ahead, not a year
 * behind), and time zones put "January 1" on stories stamped December 31.
 *
 * Without a publication date the year cannot be known; the date is then null rather than a guess
 * (a partial "XXXX-12-26" would break consumers that expect an ISO date).
 */
const PUBLISHED_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const FUTURE_WEIGHT = 4;

/** @example resolveDatelineDate(12, 30, '2024-01-02') === '2023-12-30' */
export function resolveDatelineDate(month: number, day: number, published: string | null): string | null {
  if (published === null || month < 1 || month > 12) return null;
  const match = PUBLISHED_DAY.exec(published);
  if (!match) return null;
  const year = Number(match[1]);
  const reference = Date.UTC(year, Number(match[2]) - 1, Number(match[3]));
  let best: { time: number; cost: number } | null = null;
  // February 29 needs a leap year: up to four years back.
  for (const candidate of [year + 1, year, year - 1, year - 2, year - 3, year - 4]) {
    const time = Date.UTC(candidate, month - 1, day);
    // Date.UTC rolls "February 29" into March in a common year; that day does not exist then.
    if (new Date(time).getUTCDate() !== day) continue;
    const cost = time > reference ? (time - reference) * FUTURE_WEIGHT : reference - time;
    if (best === null || cost < best.cost) best = { time, cost };
  }
  return best === null ? null : new Date(best.time).toISOString().slice(0, 10);
}
