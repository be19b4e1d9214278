/**
 * Counts dated things by day or by month, over one shared, gap-free list of buckets, so several
 * series can be drawn on one axis. Days when the dates span at most 62 days, months otherwise.
 *
 * @example
 *   bucketCounts([['a', ['2023-11-01', '2023-11-03']]]) // { unit: 'day', buckets: ['2023-11-01', '2023-11-02', '2023-11-03'], ... }
 */
export interface Buckets {
  readonly unit: 'day' | 'month';
  readonly buckets: readonly string[];
  /** Per series name, one count per bucket. */
  readonly counts: ReadonlyMap<string, readonly number[]>;
}

const MAX_BUCKETS = 1200;
const DAY_MS = 86_400_000;

function dayOf(value: string | null): string | null {
  return value !== null && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

function range(first: string, last: string, unit: 'day' | 'month'): string[] {
  const out: string[] = [];
  if (unit === 'day') {
    for (let t = Date.parse(first); t <= Date.parse(last) && out.length < MAX_BUCKETS; t += DAY_MS) out.push(new Date(t).toISOString().slice(0, 10));
    return out;
  }
  let [y, m] = first.split('-').map(Number) as [number, number];
  const end = last.slice(0, 7);
  while (out.length < MAX_BUCKETS) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= end) break;
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

/** Values without a full day (`2023-11`, null) are left out: they cannot be placed on a day axis. */
export function bucketCounts(series: readonly (readonly [string, readonly (string | null)[]])[]): Buckets {
  const days = series.flatMap(([, values]) => values.map(dayOf).filter((d): d is string => d !== null)).sort();
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) return { unit: 'day', buckets: [], counts: new Map(series.map(([name]) => [name, []])) };
  const unit = (Date.parse(last) - Date.parse(first)) / DAY_MS <= 62 ? 'day' : 'month';
  const buckets = range(first, last, unit);
  const index = new Map(buckets.map((b, i) => [b, i]));
  const counts = new Map<string, number[]>();
  for (const [name, values] of series) {
    const row = buckets.map(() => 0);
    for (const value of values) {
      const day = dayOf(value);
      const i = day === null ? undefined : index.get(unit === 'day' ? day : day.slice(0, 7));
      if (i !== undefined) row[i] = (row[i] ?? 0) + 1;
    }
    counts.set(name, row);
  }
  return { unit, buckets, counts };
}

/** GET /timeline: one query's articles per day or week, with all articles in each bucket. */
export interface VolumeAnswer { readonly buckets: readonly { readonly start: string; readonly count: number; readonly total: number; readonly share: number }[] }

/** Every `stepDays`-th day from the first start to the last, so empty days or weeks show as zeros (bounded). */
function filled(starts: readonly string[], stepDays: number): string[] {
  const first = starts[0];
  const last = starts[starts.length - 1];
  if (first === undefined || last === undefined || !starts.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))) return [...starts];
  if ((Date.parse(last) - Date.parse(first)) / DAY_MS / stepDays > MAX_BUCKETS) return [...starts];
  const out: string[] = [];
  for (let t = Date.parse(first); t <= Date.parse(last); t += stepDays * DAY_MS) out.push(new Date(t).toISOString().slice(0, 10));
  return [...new Set([...out, ...starts])].sort();
}

/** Several queries' buckets on one gap-free axis, raw counts or shares. */
export function overlay(answers: readonly VolumeAnswer[], norm: boolean, stepDays = 1): { buckets: string[]; values: number[][] } {
  const buckets = filled([...new Set(answers.flatMap((a) => a.buckets.map((b) => b.start)))].sort(), stepDays);
  const values = answers.map((a) => {
    const at = new Map(a.buckets.map((b) => [b.start, norm ? b.share : b.count]));
    return buckets.map((start) => at.get(start) ?? 0);
  });
  return { buckets, values };
}
