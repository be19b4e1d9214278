import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHolder } from '../../scripts/build-leaders.js';

// Factbook-style lines about fictional people: [field, name, title, from, variants]
const CASES: readonly (readonly [string, string, string, string, readonly string[]])[] = [
  ['President Rufus Tiberius FIREFLY (since 7 May 2012)', 'Rufus Firefly', 'President', '2012-05-07', ['Rufus Tiberius Firefly', 'Firefly']],
  ['Premier LI Wenqiang (since 11 March 2023)', 'Li Wenqiang', 'Premier', '2023-03-11', []],
  ['Sultan and Prime Minister HARUN bin Tarik Al Fredi (since 11 January 2020)', 'Harun bin Tarik Al Fredi', 'Sultan and Prime Minister', '2020-01-11', []],
  ['King ROLAND III (since 8 September 2022); represented by Governor X Y', 'Roland III', 'King', '2022-09-08', []],
  ['President Otis J. DRIFTWOOD (since 20 January 2025)', 'Otis Driftwood', 'President', '2025-01-20', ['Otis J. Driftwood', 'Driftwood']],
];

for (const [field, name, title, from, variants] of CASES) {
  test(`reads "${field}"`, () => {
    assert.deepEqual(parseHolder(field), { name, title, from, variants: [...variants] });
  });
}

test('a vacant office gives no holder', () => {
  assert.equal(parseHolder('President (vacant)'), null);
});
