import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventExportInput } from '../../src/events/exports/export-input.js';
import { writeGdelt } from '../../src/events/exports/gdelt-writer.js';
import { readGdeltLine } from '../../src/events/exports/gdelt-reader.js';
import { GDELT_COLUMN_NAMES } from '../../src/events/exports/gdelt-columns.js';
import { writeCsv, writeJsonl, FLAT_COLUMNS } from '../../src/events/exports/flat-event.js';
import { writePlover } from '../../src/events/exports/plover-writer.js';
import { parseFipsTable } from '../../src/events/exports/fips-table.js';

const TEXT = 'Ruritanian troops shelled the border town of Strelsau, Zenda said.';
const INPUT: EventExportInput = {
  meta: { id: 'art-1', title: 'Shelling', url: 'https://example.org/news/1', source: 'Example Wire', published: '2023-11-02T09:00:00Z', language: 'en', author: null },
  leadEnd: TEXT.length,
  entities: [{ id: 'e1', name: 'Ruritania', type: 'COUNTRY', country: 'RUR', sector: null, role: null, mentions: [] }],
  places: [{ start: 45, end: 53, text: 'Strelsau', by: 'places.v1', name: 'Strelsau', country: 'ISR', admin1: '06', lat: 31.5, lon: 34.47, geonameid: 123456, precision: 'city' }],
  events: [{
    start: 0, end: 52, text: TEXT.slice(0, 52), by: 'events.v1', rule: 'test.dict:3',
    cameo: '194', plover: 'ASSAULT', mode: 'heavy-weapons', quad: 4, goldstein: -9.2,
    source: { entity: 'e1', name: 'Ruritanian troops', country: 'RUS', sector: 'MIL' },
    target: { entity: null, name: 'Strelsau, "the town"', country: 'ISR', sector: null },
    date: '2023-10-07', place: 'Strelsau', confidence: 0.8,
  }],
};
const FIPS = parseFipsTable('iso3\tfips\nRUS\tRS\nISR\tIS\n', 'f.tsv');

test('a GDELT row reads back column for column in the real file layout', () => {
  const text = writeGdelt([INPUT], { addedAt: new Date('2023-11-02T10:15:00Z'), fips: FIPS });
  assert.ok(text.endsWith('\n'));
  const lines = text.trimEnd().split('\n');
  assert.equal(lines.length, 1);
  const { fields, problems } = readGdeltLine(lines[0]!);
  assert.deepEqual(problems, []);
  assert.equal(Object.keys(fields).length, 61);
  const expected: Record<string, string> = {
    SQLDATE: '20231007', MonthYear: '202310', Year: '2023', FractionDate: '2023.7589',
    Actor1Code: 'RUSMIL', Actor1Name: 'RURITANIAN TROOPS', Actor1CountryCode: 'RUS', Actor1Type1Code: 'MIL',
    Actor2Code: 'ISR', Actor2Name: 'STRELSAU, "THE TOWN"', Actor2CountryCode: 'ISR', Actor2Type1Code: '',
    IsRootEvent: '1', EventCode: '194', EventBaseCode: '194', EventRootCode: '19', QuadClass: '4', GoldsteinScale: '-9.2',
    NumMentions: '1', NumSources: '1', NumArticles: '1', AvgTone: '',
    Actor1Geo_Type: '0', Actor2Geo_Type: '0',
    ActionGeo_Type: '4', ActionGeo_FullName: 'Strelsau', ActionGeo_CountryCode: 'IS', ActionGeo_ADM1Code: 'IS06',
    ActionGeo_Lat: '31.5', ActionGeo_Long: '34.47', ActionGeo_FeatureID: '123456',
    DATEADDED: '20231102101500', SOURCEURL: 'https://example.org/news/1',
  };
  for (const [column, value] of Object.entries(expected)) assert.equal(fields[column], value, column);
  assert.match(fields.GLOBALEVENTID!, /^\d+$/);
  assert.equal(GDELT_COLUMN_NAMES.indexOf('EventCode'), 26);
  assert.equal(GDELT_COLUMN_NAMES.indexOf('SOURCEURL'), 60);
});

test('the GDELT reader reports a short line and a bad type', () => {
  assert.match(readGdeltLine('1\t2\t3').problems[0]!, /expected 61 tab-separated fields, found 3/);
  const fields = new Array<string>(61).fill('');
  fields[1] = '2023-10-07';
  assert.deepEqual(readGdeltLine(fields.join('\t')).problems, ['SQLDATE should be INTEGER, found "2023-10-07"']);
});

test('a country-level place is GDELT geo type 1 with the FIPS code as feature id', () => {
  const input = { ...INPUT, places: [{ ...INPUT.places[0]!, name: 'Israel', admin1: null, geonameid: null, precision: 'country' as const }], events: [{ ...INPUT.events[0]!, place: 'Israel' }] };
  const { fields } = readGdeltLine(writeGdelt([input], { addedAt: new Date('2023-11-02T10:15:00Z'), fips: FIPS }).trimEnd());
  assert.deepEqual([fields.ActionGeo_Type, fields.ActionGeo_CountryCode, fields.ActionGeo_ADM1Code, fields.ActionGeo_FeatureID], ['1', 'IS', 'IS', 'IS']);
});

test('tabs and line breaks inside values never break the row', () => {
  const input = { ...INPUT, meta: { ...INPUT.meta, url: 'https://example.org/a\tb\nc' } };
  const line = writeGdelt([input], { addedAt: new Date('2023-11-02T10:15:00Z'), fips: FIPS }).trimEnd();
  assert.equal(readGdeltLine(line).fields.SOURCEURL, 'https://example.org/a b c');
});

test('PLOVER JSON uses POLECAT field names', () => {
  const [record] = JSON.parse(writePlover([INPUT])) as Record<string, unknown>[];
  assert.equal(record?.['Event Type'], 'ASSAULT');
  assert.equal(record?.['Event Mode'], 'heavy-weapons');
  assert.equal(record?.['Event Date'], '2023-10-07');
  assert.equal(record?.['Actor Name'], 'Ruritanian troops');
  assert.equal(record?.['Primary Actor Sector'], 'MIL');
  assert.equal(record?.['Recipient Country'], 'ISR');
  assert.equal(record?.['Quad Code'], 4);
  assert.equal(record?.['GeoNames ID'], 123456);
  assert.deepEqual(record?.['Story Locations'], ['Ruritania']);
});

test('JSONL and CSV carry the same flat columns', () => {
  const json = JSON.parse(writeJsonl([INPUT]).trim()) as Record<string, unknown>;
  assert.deepEqual(Object.keys(json), [...FLAT_COLUMNS]);
  assert.equal(json.cameo, '194');
  const csv = writeCsv([INPUT]).split('\r\n');
  assert.equal(csv[0], FLAT_COLUMNS.join(','));
  assert.ok(csv[1]!.includes('"Strelsau, ""the town"""'), csv[1]);
  assert.equal(csv[2], '');
});

test('the shipped ISO → FIPS table loads and refuses duplicates with line numbers', async () => {
  const { loadFipsTable } = await import('../../src/events/exports/fips-table.js');
  const table = loadFipsTable();
  assert.equal(table.get('CHN'), 'CH');
  assert.equal(table.get('OMN'), 'MU');
  assert.throws(() => parseFipsTable('iso3\tfips\nCHN\tCH\nTWN\tCH\n', 'f.tsv'), /f\.tsv:3: TWN or CH appears twice/);
});
