import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexGeonamesCities } from '../../src/gazetteer/geonames-cities.js';
import { geonamesRow } from './small-gazetteer.js';

const ALPHA3: Record<string, string> = { BR: 'BRA', UA: 'UKR', US: 'USA' };
const alpha3Of = (cc: string) => ALPHA3[cc] ?? null;
const latin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

test('a town is found by its main name, with UTF-8 restored and the country in alpha-3', () => {
  const index = indexGeonamesCities(latin1(geonamesRow(12, 'São Paulo', 'Sao Paulo', '', -23.5475, -46.63611, 'PPLA', 'BR', '27', 12_400_232)), alpha3Of);
  const [entry] = index.lookup('sao paulo');
  assert.equal(entry?.name, 'São Paulo');
  assert.equal(entry?.country, 'BRA');
  assert.equal(entry?.admin1, '27');
  assert.equal(entry?.population, 12_400_232);
  assert.equal(entry?.geonameid, 12);
  assert.equal(entry?.mainName, true);
});

test('ASCII alternate names of prominent towns are keys too, flagged as alternates', () => {
  const index = indexGeonamesCities(latin1(geonamesRow(13, 'Kyiv', 'Kyiv', 'Kiev,Київ', 50.45, 30.52, 'PPLC', 'UA', '12', 2_797_553)), alpha3Of);
  assert.equal(index.lookup('kiev')[0]?.name, 'Kyiv');
  assert.equal(index.lookup('kiev')[0]?.mainName, false);
  assert.deepEqual(index.lookup('київ'), []);
});

test("a village's alternate names are not keyed", () => {
  const index = indexGeonamesCities(latin1(geonamesRow(30, 'Smallton', 'Smallton', 'Bigname', 40, -75, 'PPL', 'US', 'PA', 900)), alpha3Of);
  assert.deepEqual(index.lookup('bigname'), []);
  assert.equal(index.lookup('smallton').length, 1);
});

test('malformed rows are skipped and rows of unknown countries never returned', () => {
  const rows = [geonamesRow(1, 'Nowhere', 'Nowhere', '', 0, 0, 'PPL', 'XX', '', 5000), 'not\ta\trow', geonamesRow(2, 'Dallas', 'Dallas', '', 32.78, -96.8, 'PPL', 'US', 'TX', 1_300_000)].join('\n');
  const index = indexGeonamesCities(rows, alpha3Of);
  assert.equal(index.size, 2);
  assert.deepEqual(index.lookup('nowhere'), []);
  assert.deepEqual(index.lookup('not'), []);
  assert.equal(index.lookup('dallas')[0]?.country, 'USA');
});
