/**
 * Turns events into an actor network: a node per actor (by name), sized by how many events name
 * it; an edge per source→target pair, with its event count and whether it is mostly cooperation
 * (quad classes 1–2) or conflict (3–4). Laid out on a circle, grouped by country, so the same
 * data always draws the same picture.
 *
 * @example
 *   buildNetwork([{ source: {name: 'China'}, target: {name: 'Oman'}, quad: 1, ... }]).edges // [{ source: 'China', target: 'Oman', count: 1, conflict: 0, ... }]
 */
import type { Actor } from './api-types.js';

interface EventLike { readonly source: Actor | null; readonly target: Actor | null; readonly quad: number }

export interface NetworkNode { readonly name: string; readonly country: string | null; readonly count: number; readonly x: number; readonly y: number }
export interface NetworkEdge { readonly source: string; readonly target: string; readonly count: number; readonly cooperation: number; readonly conflict: number }
export interface Network { readonly nodes: readonly NetworkNode[]; readonly edges: readonly NetworkEdge[] }

export const MAX_NODES = 80;

export function buildNetwork(events: readonly EventLike[], radius = 1): Network {
  const counts = new Map<string, { country: string | null; count: number }>();
  const edges = new Map<string, { source: string; target: string; count: number; cooperation: number; conflict: number }>();
  for (const e of events) {
    if (!e.source || !e.target || e.source.name === e.target.name) continue;
    for (const a of [e.source, e.target]) {
      const seen = counts.get(a.name) ?? { country: a.country, count: 0 };
      counts.set(a.name, { country: seen.country ?? a.country, count: seen.count + 1 });
    }
    const key = JSON.stringify([e.source.name, e.target.name]);
    const edge = edges.get(key) ?? { source: e.source.name, target: e.target.name, count: 0, cooperation: 0, conflict: 0 };
    edge.count += 1;
    if (e.quad >= 3) edge.conflict += 1; else edge.cooperation += 1;
    edges.set(key, edge);
  }
  const kept = [...counts.entries()].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0])).slice(0, MAX_NODES)
    .sort((a, b) => (a[1].country ?? '~').localeCompare(b[1].country ?? '~') || a[0].localeCompare(b[0]));
  const nodes = kept.map(([name, { country, count }], i) => {
    // Started off the vertical, so two actors are not drawn as a zero-width vertical line.
    const angle = (2 * Math.PI * i) / kept.length - 0.7 * Math.PI;
    return { name, country, count, x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  });
  const names = new Set(nodes.map((n) => n.name));
  return { nodes, edges: [...edges.values()].filter((e) => names.has(e.source) && names.has(e.target)) };
}
