/**
 * The world's land as one SVG path, from Natural Earth's 1:110m land polygons shipped in the
 * world-atlas npm package (bundled into the app: no tiles, nothing fetched). Computed once.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import land from 'world-atlas/land-110m.json';
import { ringsToPath } from './map-projection.js';

let cached: string | null = null;

export function landPath(width: number, height: number): string {
  if (cached !== null) return cached;
  const topology = land as unknown as Topology<{ land: GeometryCollection }>;
  const collection = feature(topology, topology.objects.land);
  const polygons: number[][][][] = [];
  for (const f of collection.features) {
    const g = f.geometry;
    if (g.type === 'Polygon') polygons.push(g.coordinates);
    else if (g.type === 'MultiPolygon') polygons.push(...g.coordinates);
  }
  cached = ringsToPath(polygons, width, height);
  return cached;
}
