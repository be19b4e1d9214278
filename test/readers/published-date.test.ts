import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toIsoDate } from '../../src/readers/published-date.js';

const CASES: [unknown, string | null][] = [
  ['2023-11-01', '2023-11-01'],
  ['2023-11-01T09:30:00+03:00', '2023-11-01T09:30:00+03:00'],
  ['2023-11-01 09:30:00Z', '2023-11-01T09:30:00Z'],
  ['Wed, 01 Nov 2023 09:30:00 GMT', '2023-11-01T09:30:00.000Z'],
  ['Wed, 01 Nov 2023 09:30:00 +0300', '2023-11-01T06:30:00.000Z'],
  ['November 1, 2023', '2023-11-01'],
  ['1698831000', '2023-11-01T09:30:00.000Z'],
  [1698831000000, '2023-11-01T09:30:00.000Z'],
];
const NOT_DATES: unknown[] = ['', 'yesterday', 'not a date', '2023-02-30', '2023-13-01T00:00:00Z', null, {}, 'x'.repeat(200), '0001-01-01'];

for (const [input, expected] of CASES) {
  test(`${JSON.stringify(input)} is ${expected}`, () => assert.equal(toIsoDate(input), expected));
}

for (const input of NOT_DATES) {
  test(`${JSON.stringify(input)?.slice(0, 30)} is not a date`, () => assert.equal(toIsoDate(input), null));
}
