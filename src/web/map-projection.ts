/**
 * The map's projection (equirectangular: simple, and honest about where points are) and the
 * basemap path drawn from Natural Earth land polygons (world-atlas, TopoJSON) as one SVG path.
 *
 * @example
 *   project(0, 0, 960, 480) // { x: 480, y: 240 }
 */
export interface Point { readonly x: number; readonly y: number }

export function project(lon: number, lat: number, width: number, height: number): Point {
  return { x: ((lon + 180) / 360) * width, y: ((90 - lat) / 180) * height };
}

type Ring = readonly (readonly number[])[];

/** A jump of over 180° of longitude crosses the antimeridian: the ring is broken there, not drawn across the map. */
export function ringsToPath(polygons: readonly (readonly Ring[])[], width: number, height: number): string {
  const parts: string[] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      let previousLon: number | null = null;
      ring.forEach((position, i) => {
        const [lon = 0, lat = 0] = position;
        const { x, y } = project(lon, lat, width, height);
        const jump = previousLon !== null && Math.abs(lon - previousLon) > 180;
        parts.push(`${i === 0 || jump ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`);
        previousLon = lon;
      });
      parts.push('Z');
    }
  }
  return parts.join('');
}
