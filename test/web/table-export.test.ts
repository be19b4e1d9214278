import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell, toCsv, toJson } from '../../src/web/table-export.js';

const CELLS: readonly [string | number | null, string][] = [
  ['Wang Yi', 'Wang Yi'],
  ['Beijing, China', '"Beijing, China"'],
  ['He said "no"', '"He said ""no"""'],
  ['line one\nline two', '"line one\nline two"'],
  [-7.5, '-7.5'],
  ['-2', '-2'],
  ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
  ['+1 cmd', "'+1 cmd"],
  ['@SUM(A1)', "'@SUM(A1)"],
  ['-cmd|x', "'-cmd|x"],
  [null, ''],
];

for (const [value, expected] of CELLS) {
  test(`csv cell ${JSON.stringify(value)}`, () => assert.equal(csvCell(value), expected));
}

test('a CSV holds the header then the rows in their order, CRLF-ended', () => {
  assert.equal(toCsv(['source', 'goldstein'], [['China', 1], ['Oman', -2]]), 'source,goldstein\r\nChina,1\r\nOman,-2\r\n');
});

test('JSON rows are objects keyed by header, nulls kept', () => {
  assert.deepEqual(JSON.parse(toJson(['source', 'place'], [['China', null]])), [{ source: 'China', place: null }]);
});
