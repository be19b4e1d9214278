import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NetworkAnswer } from '../../src/web/network-graph.js';
import { edgeKey, layoutNetwork, MAX_NODES } from '../../src/web/network-graph.js';

const node = (id: string, name: string, country: string | null, mentions: number) => ({ id, name, country, mentions });
const edge = (source: string, target: string, quad: Record<string, number>, evidence: string[]) =>
  ({ source, target, events: evidence.length, quad: { 1: 0, 2: 0, 3: 0, 4: 0, ...quad }, evidence });

const ANSWER: NetworkAnswer = {
  nodes: [
    node('israel', 'Israel', 'ISR', 3), node('lebanon', 'Lebanon', 'LBN', 3),
    node('wang yi', 'Wang Yi', 'CHN', 2), node('sayyid badr albusaidi', 'Sayyid Badr Albusaidi', 'OMN', 2),
  ],
  edges: [
    edge('israel', 'lebanon', { 1: 1, 4: 2 }, ['b1#0', 'b1#2', 'b2#0']),
    edge('wang yi', 'sayyid badr albusaidi', { 1: 1, 2: 1 }, ['a1#0', 'a1#3']),
  ],
};

test('each edge keeps its events and evidence, with quad classes 1–2 as cooperation and 3–4 as conflict', () => {
  const { edges } = layoutNetwork(ANSWER);
  assert.deepEqual(edges.map((e) => [e.sourceName, e.targetName, e.events, e.cooperation, e.conflict, e.evidence]), [
    ['Israel', 'Lebanon', 3, 1, 2, ['b1#0', 'b1#2', 'b2#0']],
    ['Wang Yi', 'Sayyid Badr Albusaidi', 2, 2, 0, ['a1#0', 'a1#3']],
  ]);
  assert.equal(edgeKey(edges[1]!), 'wang yi→sayyid badr albusaidi');
});

test('nodes keep their mentions and are placed on a circle, grouped by country', () => {
  const { nodes } = layoutNetwork(ANSWER, 100);
  assert.deepEqual(nodes.map((n) => [n.name, n.country, n.mentions]), [
    ['Wang Yi', 'CHN', 2], ['Israel', 'ISR', 3], ['Lebanon', 'LBN', 3], ['Sayyid Badr Albusaidi', 'OMN', 2],
  ]);
  for (const n of nodes) assert.ok(Math.abs(Math.hypot(n.x, n.y) - 100) < 1e-9);
  assert.equal(new Set(nodes.map((n) => `${n.x.toFixed(6)},${n.y.toFixed(6)}`)).size, nodes.length, 'no two nodes at one point');
});

test('only the most mentioned actors are drawn, with the edges between them', () => {
  const many: NetworkAnswer = {
    nodes: Array.from({ length: MAX_NODES + 5 }, (_, i) => node(`a${i}`, `A${i}`, null, MAX_NODES + 5 - i)),
    edges: [edge('a0', 'a1', { 3: 1 }, ['x#0']), edge('a0', `a${MAX_NODES + 4}`, { 1: 1 }, ['x#1'])],
  };
  const { nodes, edges } = layoutNetwork(many);
  assert.equal(nodes.length, MAX_NODES);
  assert.ok(!nodes.some((n) => n.id === `a${MAX_NODES + 4}`), 'the least mentioned actor is left out');
  assert.deepEqual(edges.map((e) => e.evidence), [['x#0']]);
});

test('an empty network lays out nothing', () => {
  assert.deepEqual(layoutNetwork({ nodes: [], edges: [] }), { nodes: [], edges: [] });
});
