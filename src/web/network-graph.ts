/**
 * Lays out the actor network the API computes (GET /network): a node per actor sized by its
 * mentions, an edge per source→target pair with its cooperation (quad classes 1–2) and conflict
 * (3–4) counts and its evidence. The busiest actors are placed on a circle, grouped by country,
 * so the same data always draws the same picture.
 *
 * @example
 *   layoutNetwork({ nodes: [{ id: 'china', name: 'China', country: 'CHN', mentions: 1 }, …], edges: […] }, 210).edges[0]
 *   // { source: 'china', target: 'oman', sourceName: 'China', targetName: 'Oman', events: 1, cooperation: 1, conflict: 0, evidence: ['a1#0'] }
 */

/** GET /network's answer. */
export interface NetworkAnswer {
  readonly nodes: readonly { readonly id: string; readonly name: string; readonly country: string | null; readonly mentions: number }[];
  readonly edges: readonly {
    readonly source: string; readonly target: string; readonly events: number;
    readonly quad: Readonly<Record<string, number>>; readonly evidence: readonly string[];
  }[];
}

export interface NetworkNode { readonly id: string; readonly name: string; readonly country: string | null; readonly mentions: number; readonly x: number; readonly y: number }
export interface NetworkEdge {
  readonly source: string; readonly target: string; readonly sourceName: string; readonly targetName: string;
  readonly events: number; readonly cooperation: number; readonly conflict: number; readonly evidence: readonly string[];
}
export interface Network { readonly nodes: readonly NetworkNode[]; readonly edges: readonly NetworkEdge[] }

export const MAX_NODES = 80;

/** The key of an edge in the URL (`edge=`): its two actor ids. */
export const edgeKey = (edge: { readonly source: string; readonly target: string }): string => `${edge.source}→${edge.target}`;

export function layoutNetwork(answer: NetworkAnswer, radius = 1): Network {
  const kept = [...answer.nodes].sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id)).slice(0, MAX_NODES)
    .sort((a, b) => (a.country ?? '~').localeCompare(b.country ?? '~') || a.name.localeCompare(b.name));
  const nodes = kept.map((n, i) => {
    // Started off the vertical, so two actors are not drawn as a zero-width vertical line.
    const angle = (2 * Math.PI * i) / kept.length - 0.7 * Math.PI;
    return { ...n, x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = answer.edges.flatMap((e) => {
    const from = byId.get(e.source);
    const to = byId.get(e.target);
    if (!from || !to) return [];
    const q = (k: number) => e.quad[String(k)] ?? 0;
    return [{
      source: e.source, target: e.target, sourceName: from.name, targetName: to.name, events: e.events,
      cooperation: q(1) + q(2), conflict: q(3) + q(4), evidence: e.evidence,
    }];
  });
  return { nodes, edges };
}
