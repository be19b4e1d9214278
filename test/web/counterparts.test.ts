import { test } from 'node:test';
import assert from 'node:assert/strict';
import { counterparts } from '../../src/web/counterparts.js';

const a = (name: string, country: string | null = null) => ({ name, country });

test('counts cooperation and conflict with each other actor, on either side', () => {
  const rows = counterparts('Israel', [
    { source: a('Israel', 'ISR'), target: a('Lebanon', 'LBN'), quad: 4 },
    { source: a('Lebanon', 'LBN'), target: a('Israel', 'ISR'), quad: 3 },
    { source: a('ISRAEL', 'ISR'), target: a('Lebanon', 'LBN'), quad: 1 },
    { source: a('Israel', 'ISR'), target: a('Egypt', 'EGY'), quad: 2 },
  ]);
  assert.deepEqual(rows, [
    { name: 'Lebanon', country: 'LBN', cooperation: 1, conflict: 2 },
    { name: 'Egypt', country: 'EGY', cooperation: 1, conflict: 0 },
  ]);
});

test('events without another actor, or not naming the entity, are left out', () => {
  assert.deepEqual(counterparts('Wang Yi', [
    { source: a('Wang Yi'), target: null, quad: 1 },
    { source: a('Wang Yi'), target: a('Wang Yi'), quad: 1 },
    { source: a('Hamas'), target: a('Israel'), quad: 4 },
  ]), []);
});
