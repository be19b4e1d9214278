/**
 * Co-location evidence: local news names towns that lie near one another ("Alexandria and Pineville
 * firefighters"), so a reading of a name gains support from every *other* name of the article that
 * has a reading close by. Another name's chosen reading counts fully; its other readings count a
 * share (a name found in ten states says little about any one of them). The support of a reading is
 * the sum over the other names of their closest reading's closeness, capped (see place-scorer.ts).
 *
 * @example nearbySupport(index, alexandriaLa, 'alexandria') // => 1 when the article also has Pineville, La.
 */
import type { PlaceHypothesis } from './place-candidate.js';

// Full support within NEAR_KM, none beyond FAR_KM, linear between (a county's width, a region's).
const NEAR_KM = 40;
const FAR_KM = 160;
// Readings are bucketed on a grid of this many degrees; a reading's neighbours are in the 3 × 3 cells around it.
const CELL_DEGREES = 2;
const KM_PER_DEGREE = 111.2;
const MAX_SHARED = 10;

export interface NamedReadings {
  readonly name: string;
  readonly hypotheses: readonly PlaceHypothesis[];
  readonly pick: PlaceHypothesis | null;
}

interface IndexedReading {
  readonly group: number;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly weight: number;
}

export type ProximityIndex = ReadonlyMap<number, readonly IndexedReading[]>;

/** Towns and points only: a state or a country is evidence through the division and country votes. */
function isPointLike(h: PlaceHypothesis): boolean {
  return (h.precision === 'city' || h.precision === 'point') && h.lat !== null && h.lon !== null;
}

/** A grid cell as one number: rows and columns both fit in 1,000. */
function cellKey(row: number, column: number): number {
  return (row + 500) * 1000 + (column + 500);
}

/** Equirectangular distance: exact enough within a few hundred kilometres, and cheap. */
function approxKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const x = (lon2 - lon1) * Math.cos(((lat1 + lat2) / 2) * (Math.PI / 180));
  const y = lat2 - lat1;
  return Math.sqrt(x * x + y * y) * KM_PER_DEGREE;
}

function closeness(km: number): number {
  if (km <= NEAR_KM) return 1;
  return km >= FAR_KM ? 0 : (FAR_KM - km) / (FAR_KM - NEAR_KM);
}

/** Indexes every group's point-like readings by grid cell, weighted by whether they are the pick. */
export function indexReadings(groups: readonly NamedReadings[], shareOfOthers: number): ProximityIndex {
  const index = new Map<number, IndexedReading[]>();
  groups.forEach((group, i) => {
    let points = 0;
    for (const h of group.hypotheses) if (isPointLike(h)) points++;
    for (const h of group.hypotheses) {
      // A name with many readings shares out almost nothing: only its pick is worth indexing.
      if (!isPointLike(h) || (h !== group.pick && points > MAX_SHARED)) continue;
      const weight = h === group.pick ? 1 : shareOfOthers / points;
      const key = cellKey(Math.floor(h.lat! / CELL_DEGREES), Math.floor(h.lon! / CELL_DEGREES));
      let cell = index.get(key);
      if (cell === undefined) index.set(key, (cell = []));
      cell.push({ group: i, name: group.name, lat: h.lat!, lon: h.lon!, weight });
    }
  });
  return index;
}

/** How many other names of the article have a reading near `h` (weighted, uncapped); 0 for non-points. */
export function nearbySupport(index: ProximityIndex, h: PlaceHypothesis, ownName: string): number {
  if (!isPointLike(h)) return 0;
  const best: number[] = [];
  const row = Math.floor(h.lat! / CELL_DEGREES);
  const column = Math.floor(h.lon! / CELL_DEGREES);
  for (let dr = -1; dr <= 1; dr++) {
    for (let dc = -1; dc <= 1; dc++) {
      const cell = index.get(cellKey(row + dr, column + dc));
      if (cell === undefined) continue;
      for (const other of cell) {
        if (other.name === ownName) continue;
        const support = other.weight * closeness(approxKm(h.lat!, h.lon!, other.lat, other.lon));
        if (support > (best[other.group] ?? 0)) best[other.group] = support;
      }
    }
  }
  let total = 0;
  for (const support of best) total += support ?? 0;
  return total;
}
