import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEventComponent } from '../../../src/components/events/event-component.js';
import { parseDictionary } from '../../../src/events/dictionary-parser.js';
import { makeDoc, type EntitySpec, type PlaceSpec } from './event-doc.js';

// A small fictional dictionary, written for these tests.
const DICTIONARY = parseDictionary(`
forms take = took taken
set &det = a | an | the | its
verb attack => 190
verb urge => 02
verb kill => 190
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

function codeWithPlaces(text: string, entities: readonly EntitySpec[], places: readonly PlaceSpec[]) {
  return component.run(makeDoc(text, entities, [], '2023-11-01', places)).map((event) => ({
    cameo: event.cameo, source: event.source?.country ?? null, target: event.target?.country ?? null, place: event.place, rule: event.rule,
  }));
}

test('a target that is a place takes the country the places layer gives it, and is where the act happened', () => {
  const events = codeWithPlaces('Israel declared a total blockade of the Gaza Strip.', [ISRAEL, { name: 'Gaza Strip', type: 'REGION', country: null }], [{ text: 'Gaza Strip', country: 'PSE' }]);
  assert.deepEqual(events.map((event) => [event.cameo, event.source, event.target, event.place]), [['191', 'ISR', 'PSE', 'Gaza Strip']]);
});

test('a place after a locative preposition is where the act happened', () => {
  const events = codeWithPlaces('Hamas militants attacked Israeli troops near Sderot.', [HAMAS, { name: 'Israeli', type: 'NORP', country: 'ISR' }], [{ text: 'Sderot', country: 'ISR' }]);
  assert.deepEqual(events.map((event) => [event.cameo, event.source, event.target, event.place]), [['190', 'PSE', 'ISR', 'Sderot']]);
});

test('negative: a place that is the topic, not the scene, of the act is not its place', () => {
  const events = codeWithPlaces('Beijing urged Israel to hold talks on Gaza.', [{ name: 'Beijing', type: 'CITY', country: 'CHN' }, ISRAEL], [{ text: 'Beijing', country: 'CHN' }, { text: 'Gaza', country: 'PSE' }]);
  assert.deepEqual(events.map((event) => [event.cameo, event.source, event.target, event.place]), [['02', 'CHN', 'ISR', null]]);
});

test('an agentless passive act of force takes its source from the act of force before it in the sentence', () => {
  const text = 'Hamas militants attacked Israeli territory, when many Israelis were killed and 200 people were taken hostage.';
  const events = codeWithPlaces(text, [HAMAS, { name: 'Israeli', type: 'NORP', country: 'ISR', texts: ['Israeli', 'Israelis'] }], []);
  const hostages = events.find((event) => event.cameo === '181');
  assert.ok(hostages, 'the hostage-taking is coded');
  assert.equal(hostages.source, 'PSE');
  assert.match(hostages.rule, /source=clause-agent/);
});

test('negative: a passive act with no act of force before it stays without a source', () => {
  const events = codeWithPlaces('Beijing urged calm after many Israelis were killed.', [{ name: 'Beijing', type: 'CITY', country: 'CHN' }, { name: 'Israelis', type: 'NORP', country: 'ISR' }], []);
  const killed = events.find((event) => event.cameo === '190');
  assert.ok(killed, 'the killing is coded');
  assert.equal(killed.source, null);
});

test('a time of day governing the clause dates the event by its day', () => {
  const events = code('Hamas militants attacked Israeli territory on Friday evening.', [HAMAS, { name: 'Israeli', type: 'NORP', country: 'ISR' }], [['Friday evening', '2023-10-27TEV']]);
  assert.deepEqual(events.map((event) => [event.cameo, event.date]), [['190', '2023-10-27']]);
});
