import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tassPart } from '../../src/eval/event-tass-eval.js';

const FILES = ['03_c.json', '01_a.json', 'README.md', '05_e.json', '02_b.json', '04_d.json'];

test('the TASS gold splits by name: the first half (rounded down) to develop on, the rest held out', () => {
  assert.deepEqual(tassPart(FILES, 'dev'), ['01_a.json', '02_b.json']);
  assert.deepEqual(tassPart(FILES, 'holdout'), ['03_c.json', '04_d.json', '05_e.json']);
  assert.deepEqual(tassPart(FILES, 'all'), ['01_a.json', '02_b.json', '03_c.json', '04_d.json', '05_e.json']);
});
