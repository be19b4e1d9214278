import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterPoints } from '../../src/web/map-clusters.js';
import { project, ringsToPath } from '../../src/web/map-projection.js';

const PLACES: readonly [string, number, number, number, number][] = [
  ['Gaza', 34.46672, 31.50161, 571.9, 156.0],
  ['Beijing', 116.39723, 39.9075, 790.4, 133.6],
  ['Nairobi', 36.81667, -1.28333, 578.2, 243.4],
  ['null island', 0, 0, 480, 240],
];

for (const [name, lon, lat, x, y] of PLACES) {
  test(`${name} projects to its spot on a 960×480 map`, () => {
    const p = project(lon, lat, 960, 480);
    assert.equal(p.x.toFixed(1), x.toFixed(1));
    assert.equal(p.y.toFixed(1), y.toFixed(1));
  });
}

test('Gaza and Gaza Strip fall in one cluster; Beijing in another', () => {
  const at = (item: string, lon: number, lat: number) => ({ ...project(lon, lat, 960, 480), item });
  const clusters = clusterPoints([at('Gaza', 34.46672, 31.50161), at('Gaza Strip', 34.38, 31.42), at('Beijing', 116.39723, 39.9075)], 18);
  assert.deepEqual(clusters.map((c) => c.items), [['Gaza', 'Gaza Strip'], ['Beijing']]);
});

test('points with no finite position are not clustered', () => {
  assert.deepEqual(clusterPoints([{ x: Number.NaN, y: 1, item: 'x' }], 18), []);
});

test('a ring crossing the antimeridian is broken there, not drawn across the map', () => {
  const path = ringsToPath([[[[179, 10], [-179, 10], [-179, 12]]]], 360, 180);
  assert.equal(path, 'M359.0,80.0M1.0,80.0L1.0,78.0Z');
});
