import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildNetwork } from '../../src/web/network-graph.js';

const a = (name: string, country: string | null = null) => ({ entity: null, name, country });

const EVENTS = [
  { source: a('Wang Yi', 'CHN'), target: a('Sayyid Badr Albusaidi', 'OMN'), quad: 1 },
  { source: a('Wang Yi', 'CHN'), target: a('Sayyid Badr Albusaidi', 'OMN'), quad: 1 },
  { source: a('Israel', 'ISR'), target: a('Lebanon', 'LBN'), quad: 4 },
  { source: a('Israel', 'ISR'), target: a('Lebanon', 'LBN'), quad: 4 },
  { source: a('Israel', 'ISR'), target: a('Lebanon', 'LBN'), quad: 1 },
  { source: a('Hamas'), target: null, quad: 4 },
  { source: a('Turkey', 'TUR'), target: a('Turkey', 'TUR'), quad: 1 },
];

test('an edge per source→target pair, with its cooperation and conflict counts', () => {
  const { edges } = buildNetwork(EVENTS);
  assert.deepEqual(edges, [
    { source: 'Wang Yi', target: 'Sayyid Badr Albusaidi', count: 2, cooperation: 2, conflict: 0 },
    { source: 'Israel', target: 'Lebanon', count: 3, cooperation: 1, conflict: 2 },
  ]);
});

test('nodes are the actors of edges, counted, ordered by country on a circle', () => {
  const { nodes } = buildNetwork(EVENTS, 100);
  assert.deepEqual(nodes.map((n) => [n.name, n.country, n.count]), [
    ['Wang Yi', 'CHN', 2], ['Israel', 'ISR', 3], ['Lebanon', 'LBN', 3], ['Sayyid Badr Albusaidi', 'OMN', 2],
  ]);
  for (const n of nodes) assert.ok(Math.abs(Math.hypot(n.x, n.y) - 100) < 1e-9);
});

test('events without both actors, or with one actor on both sides, draw nothing', () => {
  assert.deepEqual(buildNetwork(EVENTS.slice(5)), { nodes: [], edges: [] });
});
