/**
 * The events component's refinements around statements: a plain statement (010) is CAMEO's
 * fallback, coded only when its sentence codes nothing else and never from a noun; and countries
 * inferred from a title phrase carry on through sentences that hold no trigger word. Fictional
 * actors, a small dictionary written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEventComponent } from '../../../src/components/events/event-component.js';
import { parseDictionary } from '../../../src/events/dictionary-parser.js';
import { makeDoc, type EntitySpec, ARNOR, GONDOR } from './event-doc.js';

const DICTIONARY = parseDictionary(`
forms say = said
verb say => 010 notarget
verb visit => 042
noun statement => 010
`, 'test.dict');

const component = createEventComponent({ dictionary: DICTIONARY });

function code(text: string, entities: readonly EntitySpec[]): string[] {
  return component.run(makeDoc(text, entities)).map((event) => `${event.source?.country ?? '-'}>${event.target?.country ?? '-'}:${event.cameo}`);
}

test('a statement whose sentence codes another event is not coded apart', () => {
  assert.deepEqual(code('Arnor visited Gondor last week, the Arnor government said.', [ARNOR, GONDOR]), ['ARN>GON:042']);
});

test('a statement alone in its sentence is coded', () => {
  assert.deepEqual(code('Arnor said the harvest was good.', [ARNOR]), ['ARN>-:010']);
});

test('a statement noun names statements, it is not one', () => {
  assert.deepEqual(code('The statement of Arnor was read out.', [ARNOR]), []);
  assert.deepEqual(code('Arnor issued a statement.', [ARNOR]), []);
});

test('a country inferred in a sentence without triggers stays with the person', () => {
  const entities: EntitySpec[] = [
    { name: 'Arnorian', type: 'NORP', country: 'ARN' },
    { name: 'Bob Smith', type: 'PERSON', country: null },
    GONDOR,
  ];
  assert.deepEqual(code('Arnorian Foreign Minister Bob Smith arrived on Monday. Bob Smith visited Gondor.', entities), ['ARN>GON:042']);
});
