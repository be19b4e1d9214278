/**
 * Where a first-level division lies, estimated from its towns: the middle of the box that holds
 * all but the outermost 2% of them on each side. GeoNames' cities table carries no division
 * coordinates; against LGL's 60 US states and similar divisions this lands within 161 km of
 * GeoNames' own point for 62 of 70, where the plain mean of the towns does for 61 and the median
 * for 57 (the mean is pulled towards crowded coasts, the median more so). Divisions the towns
 * misplace (vast, empty ones: Ontario, Alaska) get written coordinates in data/gazetteer/areas.tsv.
 *
 * @example trimmedCentre([40, 41, 42], [-80, -81, -82]) // => { lat: 41, lon: -81 }
 */

const TRIM = 0.02;

export interface Point {
  readonly lat: number;
  readonly lon: number;
}

function trimmedMiddle(values: number[]): number {
  values.sort((a, b) => a - b);
  const low = values[Math.floor(TRIM * (values.length - 1))]!;
  const high = values[Math.ceil((1 - TRIM) * (values.length - 1))]!;
  return (low + high) / 2;
}

/** The trimmed box centre of the towns at (lats[i], lons[i]); null for none. */
export function trimmedCentre(lats: readonly number[], lons: readonly number[]): Point | null {
  if (lats.length === 0 || lats.length !== lons.length) return null;
  return { lat: trimmedMiddle([...lats]), lon: trimmedMiddle([...lons]) };
}

/** Collects towns by division, then gives each division's centre. */
export class Admin1Centres {
  private readonly towns = new Map<string, { lats: number[]; lons: number[] }>();
  private readonly centres = new Map<string, Point | null>();

  add(country: string, admin1: string, lat: number, lon: number): void {
    const key = `${country}|${admin1}`;
    let group = this.towns.get(key);
    if (group === undefined) {
      group = { lats: [], lons: [] };
      this.towns.set(key, group);
    }
    group.lats.push(lat);
    group.lons.push(lon);
  }

  centre(country: string, admin1: string): Point | null {
    const key = `${country}|${admin1}`;
    if (!this.centres.has(key)) {
      const group = this.towns.get(key);
      this.centres.set(key, group ? trimmedCentre(group.lats, group.lons) : null);
    }
    return this.centres.get(key)!;
  }
}
