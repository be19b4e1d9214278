/**
 * events.v8 through the component, with actors from the entities layer: an announced act of
 * domestic policy whose target is the actor's own people (a demonym of its own country) or nobody
 * is no threat; one against another country's people is. Thanks "for the talks" is thanks, not
 * talks. Fictional countries, the shipped dictionary.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEventComponent } from '../../../src/components/events/event-component.js';
import { ARNOR, GONDOR, ROHAN, makeDoc, type EntitySpec, type QuoteSpec } from './event-doc.js';

const ARNORIAN: EntitySpec = { name: 'Arnorian', type: 'NORP', country: 'ARN' };
const GONDORIAN: EntitySpec = { name: 'Gondorian', type: 'NORP', country: 'GON' };
const component = createEventComponent();

function codes(text: string, quotes: readonly QuoteSpec[] = []): string[] {
  const doc = makeDoc(text, [ARNOR, GONDOR, ROHAN, ARNORIAN, GONDORIAN], [], '2023-11-01', [], quotes);
  return component.run(doc).map((event) => `${event.source?.country ?? '-'}>${event.target?.country ?? '-'}:${event.cameo}`);
}

const CASES: Array<[string, string[]]> = [
  ['Arnor plans to charge Arnorian farmers a fee.', []],
  ['Arnor plans to charge Gondorian farmers a fee.', ['ARN>GON:130']],
  ['Arnor plans to ban Gondorian imports.', ['ARN>GON:1312']],
  ['Arnor will ban plastic bags.', []],
  ['Arnor thanked Gondor for the talks.', ['ARN>GON:051']],
  ['Arnor thanked Gondor for hosting the talks with Rohan.', ['ARN>GON:051', 'GON>ROH:043']],
];

for (const [text, expected] of CASES) {
  test(`own side and praise: "${text}" codes ${JSON.stringify(expected)}`, () => assert.deepEqual(codes(text), expected));
}

test('a speaker announcing domestic policy makes a statement, not a threat', () => {
  const text = '"We plan to ban plastic bags," the Arnor minister said.';
  assert.deepEqual(codes(text, [{ text: 'We plan to ban plastic bags,', direct: true, speaker: 'Arnor' }]), ['ARN>-:010']);
});
