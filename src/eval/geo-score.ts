/**
 * Scores of a geoparser against gold toponyms: recognition as precision, recall and F1 by span
 * overlap (one predicted place matches at most one gold toponym), and resolution, for matched
 * toponyms with gold coordinates, as the share within 161 km (100 miles, the field's usual bar)
 * and the mean and median error. A matched toponym left without coordinates counts as a miss.
 *
 * @example distanceKm(39.9, 116.4, 31.78, 35.22) // ≈ 7,100
 */
import type { GoldToponym } from './geo-gold.js';

export const ACCURACY_KM = 161;
const EARTH_RADIUS_KM = 6371;

export interface PredictedPlace {
  readonly start: number;
  readonly end: number;
  readonly lat: number | null;
  readonly lon: number | null;
}

export interface GeoCounts {
  gold: number;
  predicted: number;
  matched: number;
  /** Matched toponyms that have gold coordinates. */
  resolvable: number;
  /** Of those, the ones we gave no coordinates. */
  unplaced: number;
  readonly errorsKm: number[];
}

export function emptyGeoCounts(): GeoCounts {
  return { gold: 0, predicted: 0, matched: 0, resolvable: 0, unplaced: 0, errorsKm: [] };
}

/** Great-circle distance (haversine). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Adds one article's gold toponyms and predicted places to the counts. */
export function addArticle(counts: GeoCounts, gold: readonly GoldToponym[], predicted: readonly PredictedPlace[], onMiss?: (toponym: GoldToponym, place: PredictedPlace, km: number | null) => void): void {
  counts.gold += gold.length;
  counts.predicted += predicted.length;
  const used = new Set<number>();
  for (const toponym of gold) {
    const index = predicted.findIndex((p, i) => !used.has(i) && p.start < toponym.end && toponym.start < p.end);
    if (index < 0) continue;
    used.add(index);
    counts.matched++;
    if (toponym.lat === null || toponym.lon === null) continue;
    counts.resolvable++;
    const place = predicted[index]!;
    const km = place.lat === null || place.lon === null ? null : distanceKm(toponym.lat, toponym.lon, place.lat, place.lon);
    if (km === null) counts.unplaced++;
    else counts.errorsKm.push(km);
    if (onMiss !== undefined && (km === null || km > ACCURACY_KM)) onMiss(toponym, place, km);
  }
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface GeoSummary {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly accuracy161: number;
  readonly meanKm: number;
  readonly medianKm: number;
}

export function summarise(counts: GeoCounts): GeoSummary {
  const precision = counts.predicted ? counts.matched / counts.predicted : 0;
  const recall = counts.gold ? counts.matched / counts.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const within = counts.errorsKm.filter((km) => km <= ACCURACY_KM).length;
  const meanKm = counts.errorsKm.length ? counts.errorsKm.reduce((sum, km) => sum + km, 0) / counts.errorsKm.length : 0;
  return { precision, recall, f1, accuracy161: counts.resolvable ? within / counts.resolvable : 0, meanKm, medianKm: median(counts.errorsKm) };
}

export function formatGeoScores(counts: GeoCounts, goldSpans: boolean): string {
  const s = summarise(counts);
  const lines = goldSpans ? [] : [
    `toponyms  P ${(100 * s.precision).toFixed(2)}  R ${(100 * s.recall).toFixed(2)}  F1 ${(100 * s.f1).toFixed(2)}  (gold ${counts.gold}, found ${counts.predicted}, matched ${counts.matched})`,
  ];
  lines.push(`resolution  acc@${ACCURACY_KM}km ${s.accuracy161.toFixed(3)}  mean ${s.meanKm.toFixed(0)} km  median ${s.medianKm.toFixed(1)} km  (scored ${counts.resolvable}, unplaced ${counts.unplaced})`);
  return lines.join('\n');
}
