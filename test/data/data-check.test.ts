import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DATA_CHECKS, runDataChecks } from '../../src/data/data-check.js';

test('every shipped data file loads through its validating loader', () => {
  const failed = runDataChecks().filter((r) => !r.ok).map((r) => `${r.name}: ${r.error}`);
  assert.deepEqual(failed, []);
});

test('a loader that throws is reported with its message, not thrown', () => {
  const [result] = runDataChecks([{ name: 'broken', files: 'x.tsv', load: () => { throw new Error('x.tsv:3: bad code'); } }]);
  assert.deepEqual([result!.ok, result!.error], [false, 'x.tsv:3: bad code']);
  assert.ok(DATA_CHECKS.length >= 10);
});
