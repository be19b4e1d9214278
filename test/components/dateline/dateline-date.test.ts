import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveDatelineDate } from '../../../src/components/dateline/dateline-date.js';
import { misspeltMonthNumber, monthNumber } from '../../../src/components/dateline/month-names.js';
import { datelineOf } from './small-context.js';

// [month, day, published, expected]
const CASES: [number, number, string | null, string | null][] = [
  [11, 1, '2023-11-01', '2023-11-01'],
  [12, 30, '2024-01-02', '2023-12-30'],
  [12, 26, '2025-01-02T08:00:00Z', '2024-12-26'],
  [1, 1, '2023-12-31', '2024-01-01'],
  [3, 24, '1987-03-20T10:00:00Z', '1987-03-24'],
  [10, 7, '2023-11-01', '2023-10-07'],
  [2, 29, '2024-03-01', '2024-02-29'],
  [2, 29, '2023-03-01', '2020-02-29'],
  [2, 30, '2024-03-01', null],
  [13, 1, '2024-03-01', null],
  [11, 1, null, null],
  [11, 1, 'yesterday', null],
];

for (const [month, day, published, expected] of CASES) {
  test(`month ${month} day ${day} published ${published} is ${expected}`, () => {
    assert.equal(resolveDatelineDate(month, day, published), expected);
  });
}

test('a December dateline on a January story is last year\'s, through the component', () => {
  const dateline = datelineOf('MOSCOW, December 30. /TASS/. Text', '2024-01-02');
  assert.equal(dateline?.date, '2023-12-30');
});

test('without a publication date the dateline is read but its date is null', () => {
  const dateline = datelineOf('MOSCOW, December 30. /TASS/. Text', null);
  assert.equal(dateline?.place?.name, 'Moscow');
  assert.equal(dateline?.date, null);
});

test('month names in their written forms', () => {
  assert.deepEqual(['November', 'Nov.', 'NOV', 'Sept.', 'sep', 'May', 'Monday'].map(monthNumber), [11, 11, 11, 9, 9, 5, null]);
  assert.deepEqual(['Apri', 'Marc', 'Junee', 'Mach', 'Mayor', 'Decade'].map(misspeltMonthNumber), [4, 3, 6, null, 5, 12]);
});
