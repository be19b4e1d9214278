import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameRuns } from '../../../src/components/places/name-runs.js';

// [text, the runs as written]
const ROWS: readonly (readonly [string, readonly string[]])[] = [
  ['near the Strait of Hormuz.', ['Strait of Hormuz']],
  ['U.S. officials flew to Charleston, W.Va., on Monday.', ['U.S.', 'Charleston', 'W.Va.', 'Monday']],
  ["Israel's army entered the Gaza Strip", ['Israel', 'Gaza Strip']],
  ['steps against the Al-Aqsa Mosque in Jerusalem', ['Al-Aqsa Mosque', 'Jerusalem']],
  ['Democratic Republic of the Congo and Israel and Syria', ['Democratic Republic of the Congo and Israel and Syria']],
  ['the Bank of the river', ['Bank']],
  ['São Paulo and Köln', ['São Paulo and Köln']],
  ['Beijing.\nMoscow', ['Beijing', 'Moscow']],
];

for (const [text, expected] of ROWS) {
  test(`name runs of "${text.replace('\n', '\\n')}"`, () => {
    const runs = nameRuns(text);
    assert.deepEqual(runs.map((run) => text.slice(run.start, run.end)), expected);
    for (const run of runs) assert.equal(run.words[0]!.start, run.start);
  });
}

test('name runs: only the range asked for is read', () => {
  const text = 'In Paris, Texas, today';
  assert.deepEqual(nameRuns(text, 9, 16).map((run) => text.slice(run.start, run.end)), ['Texas']);
});
