/**
 * Scores an article's events against hand-written gold in the seed's layout (`events[]` with
 * `cameo`, `source`, `target`, `date`; alternatives joined by "|"), the way the seed's golden test
 * does: a predicted event matches a gold one when its CAMEO code starts with one of the gold codes
 * ("19" accepts 190 and 195, "036|038" either). Three levels, each one-to-one (a prediction
 * matches at most one gold event):
 * - code: the code alone;
 * - source: the code and the source country;
 * - dyad: the code, the source country and, where the gold names one, a target country.
 * Gold events without a source country (none in the TASS files so far) count as matched on
 * source. Predictions that match nothing are the false positives.
 *
 * @example scoreArticle([{ id: 'call', cameo: '041', source: 'CHN', target: 'OMN' }], predicted)
 */

export interface GoldEvent {
  readonly id: string;
  readonly cameo: string;
  readonly source?: string;
  readonly target?: string;
  readonly date?: string;
  readonly evidence?: string;
}

export interface PredictedEvent {
  readonly cameo: string;
  readonly source: string | null;
  readonly target: string | null;
  readonly date: string | null;
  readonly text: string;
}

export type MatchLevel = 'code' | 'source' | 'dyad';
export const MATCH_LEVELS: readonly MatchLevel[] = ['code', 'source', 'dyad'];

export interface LevelCounts { tp: number; fp: number; fn: number }

export interface ArticleScore {
  readonly counts: Record<MatchLevel, LevelCounts>;
  /** For each gold event, the best level it was matched at (null: missed), and by which prediction. */
  readonly gold: readonly { event: GoldEvent; level: MatchLevel | null; by: PredictedEvent | null }[];
  /** Predictions that match no gold event even on code alone. */
  readonly extra: readonly PredictedEvent[];
}

function alternatives(value: string | undefined): string[] {
  return value === undefined || value === '' ? [] : value.split('|');
}

export function matches(gold: GoldEvent, event: PredictedEvent, level: MatchLevel): boolean {
  if (!alternatives(gold.cameo).some((code) => event.cameo.startsWith(code))) return false;
  if (level === 'code') return true;
  const sources = alternatives(gold.source);
  if (sources.length > 0 && !sources.includes(event.source ?? '')) return false;
  if (level === 'source') return true;
  const targets = alternatives(gold.target);
  return targets.length === 0 || targets.includes(event.target ?? '');
}

/** Greedy one-to-one matching at one level: each gold event takes the first free prediction. */
function pair(gold: readonly GoldEvent[], predicted: readonly PredictedEvent[], level: MatchLevel): (PredictedEvent | null)[] {
  const taken = new Set<number>();
  return gold.map((event) => {
    const k = predicted.findIndex((candidate, index) => !taken.has(index) && matches(event, candidate, level));
    if (k < 0) return null;
    taken.add(k);
    return predicted[k]!;
  });
}

export function scoreArticle(gold: readonly GoldEvent[], predicted: readonly PredictedEvent[]): ArticleScore {
  const counts = {} as Record<MatchLevel, LevelCounts>;
  const paired = {} as Record<MatchLevel, (PredictedEvent | null)[]>;
  for (const level of MATCH_LEVELS) {
    paired[level] = pair(gold, predicted, level);
    const tp = paired[level].filter((event) => event !== null).length;
    counts[level] = { tp, fp: predicted.length - tp, fn: gold.length - tp };
  }
  const report = gold.map((event, k) => {
    const level = [...MATCH_LEVELS].reverse().find((name) => paired[name][k] !== null) ?? null;
    return { event, level, by: level === null ? null : paired[level][k]! };
  });
  const extra = predicted.filter((event) => !gold.some((g) => matches(g, event, 'code')));
  return { counts, gold: report, extra };
}

export function addCounts(total: Record<MatchLevel, LevelCounts>, add: Record<MatchLevel, LevelCounts>): Record<MatchLevel, LevelCounts> {
  const sum = {} as Record<MatchLevel, LevelCounts>;
  for (const level of MATCH_LEVELS) sum[level] = { tp: total[level].tp + add[level].tp, fp: total[level].fp + add[level].fp, fn: total[level].fn + add[level].fn };
  return sum;
}

export function emptyCounts(): Record<MatchLevel, LevelCounts> {
  return { code: { tp: 0, fp: 0, fn: 0 }, source: { tp: 0, fp: 0, fn: 0 }, dyad: { tp: 0, fp: 0, fn: 0 } };
}
