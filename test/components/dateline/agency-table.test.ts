import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultAgencies, parseAgencies } from '../../../src/components/dateline/agency-table.js';
import { DataFileError } from '../../../src/gazetteer/tsv-reader.js';

test('variants find their canonical agency, ignoring case, full stops, spaces and hyphens', () => {
  const table = parseAgencies('TASS\tRUS\tITAR-TASS\nAFP\tFRA\tAgence France-Presse;A.F.P.\n', 'agencies.tsv');
  assert.deepEqual(['TASS', 'Itar Tass', 'ITAR-TASS', 'afp', 'A.F.P.', 'Agence France Presse', 'Reuters'].map(table.canonical), ['TASS', 'TASS', 'TASS', 'AFP', 'AFP', 'AFP', null]);
});

test('a variant claimed by two agencies is an error with both line numbers', () => {
  assert.throws(() => parseAgencies('AP\tUSA\tA.P.\nAPA\tAUT\tAP\n', 'data/agencies/agencies.tsv'), (error: unknown) => {
    assert.ok(error instanceof DataFileError);
    assert.match(error.message, /agencies\.tsv:2: "AP" already names AP \(line 1\)/);
    return true;
  });
});

test('a bad country code is reported with its line', () => {
  assert.throws(() => parseAgencies('# x\nTASS\tRussia\t-\n', 'agencies.tsv'), /agencies\.tsv:2: country "Russia"/);
});

test("the project's agency file loads and knows the wire agencies", () => {
  const table = defaultAgencies();
  assert.deepEqual(['Reuters', 'AP', 'AFP', 'Xinhua', 'TASS', 'UPI', 'dpa', 'ANSA', 'EFE', 'Kyodo', 'Yonhap', 'Anadolu', 'IRNA', 'WAFA', 'Interfax', 'RIA Novosti', 'PTI', 'Bernama'].map(table.canonical),
    ['Reuters', 'AP', 'AFP', 'Xinhua', 'TASS', 'UPI', 'dpa', 'ANSA', 'EFE', 'Kyodo', 'Yonhap', 'Anadolu', 'IRNA', 'WAFA', 'Interfax', 'RIA Novosti', 'PTI', 'Bernama']);
  assert.equal(table.canonical('Associated Press'), 'AP');
  assert.equal(table.canonical('DPA'), 'dpa');
});
