/**
 * Who the events component takes as actors beyond the clause: the speaker of reported speech as the
 * source of the act of speech it reports, one plain statement per speaker and addressee per story, and a
 * nationality joined to the person or organisation after it only across title words (never across
 * "and" or a verb). Fictional actors, a small dictionary written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEventComponent } from '../../../src/components/events/event-component.js';
import { parseDictionary } from '../../../src/events/dictionary-parser.js';
import { makeDoc, type EntitySpec, type QuoteSpec, ARNOR, GONDOR, ROHAN } from './event-doc.js';

const DICTIONARY = parseDictionary(`
forms say = said
forms tell = told
verb say => 010 notarget
verb tell => 010
verb note => 010 notarget
verb call on => 02
verb end (the) ... {conflict|war} => 037
verb criticise => 111
verb attack => 190
verb visit => 042
`, 'test.dict');

const component = createEventComponent({ dictionary: DICTIONARY });
const BOB: EntitySpec = { name: 'Bob Smith', type: 'PERSON', country: 'ARN' };
const COUNCIL: EntitySpec = { name: 'Gondor Council', type: 'ORG', country: 'GON' };

function code(text: string, entities: readonly EntitySpec[], quotes: readonly QuoteSpec[] = []): string[] {
  return component.run(makeDoc(text, entities, [], '2023-11-01', [], quotes)).map((event) => `${event.source?.name ?? '-'}>${event.target?.country ?? '-'}:${event.cameo}`);
}

const SPEAKERS: Array<[string, QuoteSpec[], string[]]> = [
  // A direct quote's "we" is its speaker: the appeal is Bob Smith's, and his "said" gives way to it.
  ['"We call on Gondor to stop," Bob Smith said.', [{ text: 'We call on Gondor to stop,', direct: true, speaker: 'Bob Smith' }], ['Bob Smith>GON:02']],
  // Reported speech: "the country" seeking an end is the speaker's intent.
  ['The country is seeking to end the war in Gondor, Bob Smith told reporters.', [{ text: 'The country is seeking to end the war in Gondor', direct: false, speaker: 'Bob Smith' }], ['Bob Smith>GON:037']],
  // Someone else's act inside the quote stays someone else's: "they" is not the speaker.
  ['"They call on Gondor to stop," Bob Smith said.', [{ text: 'They call on Gondor to stop,', direct: true, speaker: 'Bob Smith' }], ['Bob Smith>-:010']],
  // An act of force in a quote is not a report of an act, speaker or not.
  ['"We attack Gondor," Bob Smith said.', [{ text: 'We attack Gondor,', direct: true, speaker: 'Bob Smith' }], ['Bob Smith>-:010']],
  // Without a quotes layer nothing changes: the appeal has no actor but its target.
  ['"We call on Gondor to stop," Bob Smith said.', [], ['->GON:02']],
];

for (const [text, quotes, expected] of SPEAKERS) {
  test(`speaker as source: "${text}" codes ${JSON.stringify(expected)}`, () => assert.deepEqual(code(text, [BOB, GONDOR], quotes), expected));
}

test("a speaker's plain statement stays beside their specific events", () => {
  const text = 'Arnor criticised Gondor. Arnor said the harvest was good. Rohan said the rain came late.';
  assert.deepEqual(code(text, [ARNOR, GONDOR, ROHAN]), ['Arnor>GON:111', 'Arnor>-:010', 'Rohan>-:010']);
});

test('a speaker quoted again and again makes one plain statement, one per addressee', () => {
  const text = 'Arnor said the harvest was good. Arnor noted the rain came late. Arnor told Gondor the roads were open. Arnor said more.';
  assert.deepEqual(code(text, [ARNOR, GONDOR]), ['Arnor>-:010', 'Arnor>GON:010']);
});

const NAMES: Array<[string, EntitySpec[], string[]]> = [
  // Title words join a nationality to its person; "and" and an inflected verb do not.
  ['Arnor criticised Gondor Council.', [ARNOR, COUNCIL], ['Arnor>GON:111']],
  ['Arnor and Gondor Council visited Rohan.', [ARNOR, COUNCIL, ROHAN], ['Arnor>ROH:042', 'Gondor Council>ROH:042']],
  ["Gondor's trade envoy Bob Smith visited Rohan.", [GONDOR, { ...BOB, country: null }, ROHAN], ['Bob Smith>ROH:042']],
];

for (const [text, entities, expected] of NAMES) {
  test(`actors: "${text}" codes ${JSON.stringify(expected)}`, () => assert.deepEqual(code(text, entities), expected));
}

test("a nationality's country goes to the person after it, across title words and a possessive", () => {
  const events = component.run(makeDoc("Gondor's trade envoy Bob Smith visited Rohan.", [GONDOR, { ...BOB, country: null }, ROHAN]));
  assert.equal(events[0]?.source?.country, 'GON');
});
