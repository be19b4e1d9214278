import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEventComponent } from '../../../src/components/events/event-component.js';
import { parseDictionary } from '../../../src/events/dictionary-parser.js';
import { makeDoc, type EntitySpec } from './event-doc.js';

const DICTIONARY = parseDictionary(`
verb attack => 190
verb strike => 190
verb use force => 190
verb threaten => 130
verb plan => 03
forms say = said
verb say => 010 notarget
noun attack => 190
`, 'test.dict');
const component = createEventComponent({ dictionary: DICTIONARY });
const ACTORS: EntitySpec[] = [{ name: 'Russia', type: 'COUNTRY', country: 'RUS' }, { name: 'Ukraine', type: 'COUNTRY', country: 'UKR' }];

function codes(text: string, entities: readonly EntitySpec[] = ACTORS): string[] {
  const doc = makeDoc(text, entities);
  return createEventComponent({ dictionary: DICTIONARY }).run(doc).map((event) => `${event.source?.country ?? '-'}>${event.target?.country ?? '-'}:${event.cameo}`);
}

// What must NOT be coded as the act itself: a possible act of force is the threat of it (issue #7:
// "could use", "may strike" code as a threat), and so, since events.v6, does a planned or
// threatened one (CAMEO 138: a declared intention to use force), in place of the generic 03 or 130.
const NOT_THE_ACT: Array<[string, string[]]> = [
  ['Russia did not attack Ukraine.', []],
  ['Russia could attack Ukraine.', ['RUS>UKR:1384']],
  ['Russia may strike Ukraine.', ['RUS>UKR:1384']],
  ['Russia should attack Ukraine.', []],
  ['Russia plans to attack Ukraine.', ['RUS>UKR:1384']],
  ['Russia threatened to attack Ukraine.', ['RUS>UKR:1384']],
  ['Will Russia attack Ukraine?', []],
  ['Russia has never used force against Ukraine.', []],
];

for (const [text, expected] of NOT_THE_ACT) {
  test(`negative: "${text}" codes ${JSON.stringify(expected)}`, () => assert.deepEqual(codes(text), expected));
}

test('negative: a sentence with a trigger but no actor yields no filler event', () => {
  assert.deepEqual(codes('The attack lasted three hours.', []), []);
});

test('negative: a sentence without a codable event yields none', () => {
  assert.deepEqual(codes('Russia and Ukraine are neighbours.'), []);
});

test('negative: acts inside a direct quotation are not reported acts', () => {
  const doc = makeDoc('"Ukraine attacked Russia first," Russia said.', ACTORS);
  const quoted = { ...doc, layers: { ...doc.layers, quotes: [{ start: 0, end: 31, text: doc.text.slice(0, 31), by: 'test', direct: true, speaker: null, cue: null, source: null }] } };
  const events = component.run(quoted).map((event) => `${event.source?.country ?? '-'}>${event.target?.country ?? '-'}:${event.cameo}`);
  assert.deepEqual(events, ['RUS>-:010']);
});

test('negative: reading a document without an entities layer does not throw', () => {
  const doc = makeDoc('Russia attacked Ukraine.', ACTORS);
  const bare = { ...doc, layers: { sentences: doc.layers.sentences } };
  assert.deepEqual(component.run(bare), []);
});

test('an attack on a border town names the town\'s country, from the places layer, as target', () => {
  const doc = makeDoc('Russia attacked Vovchansk.', [ACTORS[0]!, { name: 'Vovchansk', type: 'CITY', country: null }], [], '2023-11-01', [{ text: 'Vovchansk', country: 'UKR' }]);
  const events = createEventComponent({ dictionary: DICTIONARY }).run(doc);
  assert.deepEqual(events.map((event) => [event.source?.country, event.target?.country, event.place]), [['RUS', 'UKR', 'Vovchansk']]);
});
