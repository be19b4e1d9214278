import { test } from 'node:test';
import assert from 'node:assert/strict';
import { burstWindows, DEFAULT_BURST_RULE, isBurst, poissonTail } from '../../src/alerts/burst-rule.js';

test('the Poisson tail against values worked by hand', () => {
  assert.equal(poissonTail(0, 3), 1);
  assert.ok(Math.abs(poissonTail(1, 2) - (1 - Math.exp(-2))) < 1e-12);
  assert.ok(Math.abs(poissonTail(3, 1) - (1 - Math.exp(-1) * 2.5)) < 1e-12);
  assert.equal(poissonTail(5, 0), 0);
  assert.ok(poissonTail(400, 300) > 0 && poissonTail(400, 300) < 1e-6, 'large counts stay finite');
});

test('bursts: well above the baseline and at least the minimum count; not for a busy query at its usual pace', () => {
  const table: [number, number[], boolean][] = [
    [12, [1, 0, 2, 1], true],
    [4, [0, 0, 0, 0], false],
    [5, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], true],
    [30, [25, 28, 31, 27], false],
    [60, [25, 28, 31, 27], true],
  ];
  for (const [count, baseline, expected] of table) assert.equal(isBurst(count, baseline, DEFAULT_BURST_RULE).burst, expected, `${count} vs ${baseline.join(',')}`);
});

test('windows: the latest complete one, and the baseline before it, oldest first', () => {
  const rule = { ...DEFAULT_BURST_RULE, windowMs: 3600_000, baselineWindows: 2 };
  const { latest, baseline } = burstWindows(Date.parse('2023-10-09T12:30:00Z'), rule);
  assert.deepEqual(latest, ['2023-10-09T11:00:00.000Z', '2023-10-09T12:00:00.000Z']);
  assert.deepEqual(baseline, [['2023-10-09T09:00:00.000Z', '2023-10-09T10:00:00.000Z'], ['2023-10-09T10:00:00.000Z', '2023-10-09T11:00:00.000Z']]);
});
