/**
 * The dateline's date: a month and day, whose year is the one that puts it nearest the publication
 * date. A dateline is written on the day of the events or a day or two before publication, so
 * "December 30" on a story published on January 2 is last year's and "January 1" on a story of
 * December 31 is next year's.
 *
 * Without a publication date the year cannot be known; the date is then null rather than a guess
 * (a partial "XXXX-12-26" would break consumers that expect an ISO date).
 */
const PUBLISHED_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const DAY_MS = 86_400_000;

/** @example resolveDatelineDate(12, 30, '2024-01-02') === '2023-12-30' */
export function resolveDatelineDate(month: number, day: number, published: string | null): string | null {
  if (published === null) return null;
  const match = PUBLISHED_DAY.exec(published);
  if (!match) return null;
  const year = Number(match[1]);
  const reference = Date.UTC(year, Number(match[2]) - 1, Number(match[3]));
  let best: number | null = null;
  for (const candidate of [year - 1, year, year + 1]) {
    const time = Date.UTC(candidate, month - 1, day);
    // Date.UTC rolls "February 30" into March; such a day does not exist in that year.
    if (new Date(time).getUTCDate() !== day) continue;
    if (best === null || Math.abs(time - reference) < Math.abs(best - reference)) best = time;
  }
  if (best === null || Math.abs(best - reference) > 183 * DAY_MS) return null;
  return new Date(best).toISOString().slice(0, 10);
}
