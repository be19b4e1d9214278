import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEventComponent } from '../../../src/components/events/event-component.js';
import { parseDictionary } from '../../../src/events/dictionary-parser.js';
import { makeDoc, type EntitySpec } from './event-doc.js';

// A small fictional dictionary, written for these tests.
const DICTIONARY = parseDictionary(`
forms take = took taken
set &det = a | an | the | its
verb attack => 190
verb urge => 02
verb declare (&det) (total) blockade of => 191
verb launch bombardments => 195
verb expand (&det) ground operation => 190
verb take hostage => 181 mode=abduct
forms say = said
verb say => 010 notarget
verb threaten => 130
noun phone conversation => 041
agent militants => ~REB
agent authorities => ~GOV
`, 'test.dict');

const component = createEventComponent({ dictionary: DICTIONARY });

const ISRAEL: EntitySpec = { name: 'Israel', type: 'COUNTRY', country: 'ISR' };
const GAZA: EntitySpec = { name: 'Gaza Strip', type: 'REGION', country: 'PSE' };
const HAMAS: EntitySpec = { name: 'Hamas', type: 'ORG', country: 'PSE' };

function code(text: string, entities: readonly EntitySpec[], times: readonly [string, string][] = []) {
  return component.run(makeDoc(text, entities, times)).map((event) => ({
    cameo: event.cameo, plover: event.plover, mode: event.mode, quad: event.quad,
    source: event.source?.country ?? null, target: event.target?.country ?? null, date: event.date, evidence: event.text,
  }));
}

test('a blockade declared by a state is coded with its dyad, PLOVER type and evidence', () => {
  const [event] = code('Israel declared a total blockade of the Gaza Strip.', [ISRAEL, GAZA]);
  assert.deepEqual(event, { cameo: '191', plover: 'COERCE', mode: 'restrict', quad: 4, source: 'ISR', target: 'PSE', date: '2023-11-01', evidence: 'Israel declared a total blockade of the Gaza Strip' });
});

test('the date comes from the time expression of the clause, not the story date', () => {
  const events = code('Hamas militants from the Gaza Strip attacked Israeli territory on October 7.', [HAMAS, GAZA, { name: 'Israeli', type: 'NORP', country: 'ISR' }], [['October 7', '2023-10-07']]);
  assert.deepEqual(events.map((event) => [event.cameo, event.source, event.target, event.date]), [['190', 'PSE', 'ISR', '2023-10-07']]);
});

test('a passive hostage-taking makes its subject the target', () => {
  const events = code('Many Israelis were taken hostage.', [{ name: 'Israelis', type: 'NORP', country: 'ISR' }]);
  assert.deepEqual(events.map((event) => [event.cameo, event.mode, event.source, event.target]), [['181', 'abduct', null, 'ISR']]);
});

test('a phone conversation joins the speaker and his counterpart, countries from their nationality words', () => {
  const text = 'Chinese Foreign Minister Wang Yi told his Omani counterpart Sayyid Badr Albusaidi during their phone conversation on Wednesday.';
  const entities: EntitySpec[] = [
    { name: 'Chinese', type: 'NORP', country: 'CHN' }, { name: 'Wang Yi', type: 'PERSON', country: null },
    { name: 'Omani', type: 'NORP', country: 'OMN' }, { name: 'Sayyid Badr Albusaidi', type: 'PERSON', country: null },
  ];
  const events = code(text, entities, [['Wednesday', '2023-11-01']]);
  assert.deepEqual(events.map((event) => [event.cameo, event.plover, event.mode, event.source, event.target]), [['041', 'CONSULT', 'phone', 'CHN', 'OMN']]);
});

test('material conflict "in" a place takes the place as target', () => {
  const events = code('On October 27 the IDF was expanding its ground operation in Gaza.', [{ name: 'IDF', type: 'ORG', country: 'ISR' }, { name: 'Gaza', type: 'LOCATION', country: 'PSE' }], [['October 27', '2023-10-27']]);
  assert.deepEqual(events.map((event) => [event.cameo, event.source, event.target, event.date]), [['190', 'ISR', 'PSE', '2023-10-27']]);
});

test('a speaker after the reporting verb is the source of the statement', () => {
  const events = code('"We will not stop," said Wang Yi.', [{ name: 'Wang Yi', type: 'PERSON', country: 'CHN' }]);
  assert.deepEqual(events.map((event) => [event.cameo, event.source, event.target]), [['010', 'CHN', null]]);
});
