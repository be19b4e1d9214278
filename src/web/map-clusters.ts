/**
 * Groups map points that would overlap into clusters: points falling in the same grid cell of the
 * drawn map become one circle, at their mean position, carrying all their items.
 *
 * @example
 *   clusterPoints([{ x: 1, y: 1, item: 'a' }, { x: 3, y: 2, item: 'b' }], 16) // one cluster of 2 at (2, 1.5)
 */
export interface Located<T> { readonly x: number; readonly y: number; readonly item: T }
export interface Cluster<T> { readonly x: number; readonly y: number; readonly items: readonly T[] }

export function clusterPoints<T>(points: readonly Located<T>[], cell: number): Cluster<T>[] {
  const cells = new Map<string, Located<T>[]>();
  for (const p of points) {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    const key = `${Math.floor(p.x / cell)}:${Math.floor(p.y / cell)}`;
    const group = cells.get(key);
    if (group) group.push(p); else cells.set(key, [p]);
  }
  return [...cells.values()].map((group) => ({
    x: group.reduce((sum, p) => sum + p.x, 0) / group.length,
    y: group.reduce((sum, p) => sum + p.y, 0) / group.length,
    items: group.map((p) => p.item),
  }));
}
