/**
 * The events component with speakers' own verbal acts (./spoken-events.ts): the act a quote's
 * words make replaces the plain statement of the quote, its target is the actor the words name or
 * the party of the proposal it answers, an act repeated in a story is one event, and the words are
 * never coded as acts that happened. Fictional actors, small dictionaries written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEventComponent } from '../../../src/components/events/event-component.js';
import { parseDictionary } from '../../../src/events/dictionary-parser.js';
import { parseStatementDictionary } from '../../../src/events/statement-content.js';
import { makeDoc, type EntitySpec, type QuoteSpec, ARNOR, GONDOR, ROHAN } from './event-doc.js';

const DICTIONARY = parseDictionary(`
forms say = said
verb say => 010 notarget
verb attack => 190
verb visit => 042
verb offer to host talks => 039
verb offer to meet => 036
verb propose (&det) truce => 0356
`.replace('(&det)', '(a)'), 'test.dict');

const STATEMENTS = parseStatementDictionary(`
forms lie = lying lied
verb punish => 111
verb {is|are} *lying => 111
verb respond in kind => 138
verb become closer => 013
noun why *not => 036
noun {this|it} (is) out of the *question => 120
`, 'statements-test.dict');

const component = createEventComponent({ dictionary: DICTIONARY, statements: STATEMENTS });
const BOB: EntitySpec = { name: 'Bob Smith', type: 'PERSON', country: 'ARN' };

function code(text: string, quotes: readonly QuoteSpec[]): string[] {
  return component.run(makeDoc(text, [BOB, ARNOR, GONDOR, ROHAN], [], '2023-11-01', [], quotes))
    .map((event) => `${event.source?.name ?? '-'}>${event.target?.country ?? '-'}:${event.cameo}`);
}

const quote = (text: string, direct = true): QuoteSpec => ({ text, direct, speaker: 'Bob Smith' });

const CASES: Array<[string, string, QuoteSpec[], string[]]> = [
  ['an accusation replaces the plain statement of its quote',
    '"Gondor is punishing Rohan," Bob Smith said.', [quote('Gondor is punishing Rohan,')], ['Bob Smith>GON:111']],
  ['without a quotes layer the words are no act of a speaker',
    '"Gondor is punishing Rohan," Bob Smith said.', [], ['Bob Smith>-:010']],
  ["the words' act of force is not coded; the speaker's accusation is",
    '"Gondor attacked Rohan. Gondor is lying," Bob Smith said.', [quote('Gondor attacked Rohan. Gondor is lying,')], ['Bob Smith>GON:111']],
  ['a threat of the speaker with no one named',
    '"We always respond in kind," Bob Smith said.', [quote('We always respond in kind,')], ['Bob Smith>-:138']],
  ['a comment beside the act of its sentence',
    'Bob Smith visited Gondor and said "we have become closer".', [quote('we have become closer')], ['Bob Smith>GON:042', 'Bob Smith>-:013']],
  ['a plain statement elsewhere stays beside the accusation',
    'Bob Smith said the harvest was good. "Gondor is lying," Bob Smith said.', [quote('Gondor is lying,')], ['Bob Smith>-:010', 'Bob Smith>GON:111']],
  ['the same accusation twice in a story is one event',
    '"Gondor is lying," Bob Smith said. Rain fell. "Gondor is lying again," Bob Smith said.', [quote('Gondor is lying,'), quote('Gondor is lying again,')], ['Bob Smith>GON:111']],
  ['an acceptance right after an offer to host talks accepts the mediation',
    'Rohan offered to host talks with Gondor. "If it comes to that, why not?" Bob Smith said.', [quote('If it comes to that, why not?')], ['Rohan>GON:039', 'Bob Smith>ROH:038']],
  ['an acceptance after an offer to meet is the intent to meet',
    'Gondor offered to meet Bob Smith. "If it comes to that, why not?" Bob Smith said.', [quote('If it comes to that, why not?')], ['Gondor>ARN:036', 'Bob Smith>GON:036']],
  ['"why not?" with no offer before it accepts nothing',
    '"If it comes to that, why not?" Bob Smith said.', [quote('If it comes to that, why not?')], ['Bob Smith>-:010']],
  ['an acceptance far after the offer accepts nothing',
    'Rohan offered to host talks with Gondor. Rain fell. Snow fell. "If it comes to that, why not?" Bob Smith said.', [quote('If it comes to that, why not?')], ['Rohan>GON:039', 'Bob Smith>-:010']],
  ['a dismissal of a proposed truce rejects a settlement',
    'Gondor proposed a truce with Arnor. "This is out of the question," Bob Smith said.', [quote('This is out of the question,')], ['Gondor>ARN:0356', 'Bob Smith>GON:127']],
  ['a dismissal with no proposal before it is a plain statement',
    '"This is out of the question," Bob Smith said.', [quote('This is out of the question,')], ['Bob Smith>-:010']],
];

for (const [name, text, quotes, expected] of CASES) {
  test(`spoken statements: ${name}`, () => assert.deepEqual(code(text, quotes), expected));
}
