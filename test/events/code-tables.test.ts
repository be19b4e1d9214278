import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCodeTable, parseCodeTable } from '../../src/events/code-table.js';
import { loadCameoToPlover, mapCode, parseCodeMap } from '../../src/events/code-map.js';

const HEADER = 'code\tparent\tname\tquad\tgoldstein\n';

test('a hand-made table gives parents, quad and Goldstein', () => {
  const table = parseCodeTable(`${HEADER}19\t-\tFight\t4\t-10\n195\t19\tEmploy aerial weapons\t4\t-10\n1951\t195\tPrecision\t4\t-9.5\n`, 't.tsv');
  assert.deepEqual(table.lineage('1951').map((entry) => entry.code), ['1951', '195', '19']);
  assert.equal(table.get('1951')?.goldstein, -9.5);
  assert.equal(table.get('19')?.quad, 4);
});

const BROKEN: Array<[string, string, RegExp]> = [
  ['missing parent', `${HEADER}190\t19\tUse force\t4\t-10\n`, /t\.tsv:2: parent 19 of 190/],
  ['score out of range', `${HEADER}19\t-\tFight\t4\t-11\n`, /t\.tsv:2: goldstein must be a number from -10 to 10/],
  ['bad quad', `${HEADER}19\t-\tFight\t5\t-10\n`, /t\.tsv:2: quad must be 1, 2, 3 or 4/],
  ['duplicate', `${HEADER}19\t-\tFight\t4\t-10\n19\t-\tFight\t4\t-10\n`, /t\.tsv:3: code 19 is already defined on line 2/],
  ['wrong column count', `${HEADER}19\t-\tFight\t4\n`, /t\.tsv:2: expected 5 tab-separated columns/],
];

for (const [name, text, message] of BROKEN) {
  test(`a code table with a ${name} is refused with its line number`, () => {
    assert.throws(() => parseCodeTable(text, 't.tsv'), message);
  });
}

test('a mapping must cover every code and name existing types and modes', () => {
  const cameo = parseCodeTable(`${HEADER}18\t-\tAssault\t4\t-9\n181\t18\tAbduct\t4\t-9\n`, 'c.tsv');
  const plover = parseCodeTable(`${HEADER}ASSAULT\t-\tAssault\t4\t-\nASSAULT.abduct\tASSAULT\tabduct\t4\t-\n`, 'p.tsv');
  const map = parseCodeMap('cameo\tplover\tmode\n18\tASSAULT\t-\n181\tASSAULT\tabduct\n', 'm.tsv', cameo, plover);
  assert.deepEqual(mapCode(map, cameo, '181'), { type: 'ASSAULT', mode: 'abduct' });
  assert.throws(() => parseCodeMap('18\tASSAULT\t-\n', 'm.tsv', cameo, plover), /code 181 of c\.tsv has no mapping/);
  assert.throws(() => parseCodeMap('18\tASSAULT\t-\n181\tASSAULT\tshout\n', 'm.tsv', cameo, plover), /m\.tsv:2: mode ASSAULT\.shout/);
  assert.throws(() => parseCodeMap('18\tATTACK\t-\n181\tASSAULT\t-\n', 'm.tsv', cameo, plover), /m\.tsv:1: ATTACK is not a type/);
});

test('the shipped tables load and agree with each other', () => {
  const cameo = loadCodeTable('cameo');
  const plover = loadCodeTable('plover');
  const map = loadCameoToPlover();
  assert.equal([...cameo.entries.values()].filter((entry) => entry.parent === null).length, 20);
  assert.equal(cameo.get('195')?.parent, '19');
  assert.equal(cameo.get('195')?.quad, 4);
  assert.equal(cameo.get('041')?.quad, 1);
  assert.ok(plover.get('ASSAULT.abduct'));
  const cases: Array<[string, string, string | null]> = [['041', 'CONSULT', 'phone'], ['181', 'ASSAULT', 'abduct'], ['191', 'COERCE', 'restrict'], ['02', 'REQUEST', null], ['010', 'STATEMENT', null]];
  for (const [code, type, mode] of cases) assert.deepEqual(mapCode(map, cameo, code), { type, mode }, code);
});
