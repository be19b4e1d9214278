/**
 * A weapon the story names by a proper name ("the Zarnak cruise missiles") is a weapon where the
 * name stands alone after a verb of use: "could use Zarnak again" threatens force. A name the story
 * never puts before a weapon noun, or one followed by its own noun ("use Zarnak chips"), is not.
 * Fictional actors and names, the shipped dictionary.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEventComponent } from '../../../src/components/events/event-component.js';
import { makeDoc, type EntitySpec, ARNOR, GONDOR } from './event-doc.js';

const component = createEventComponent();

function code(text: string): string[] {
  return component.run(makeDoc(text, [ARNOR, GONDOR])).map((event) => `${event.source?.country ?? '-'}>${event.target?.country ?? '-'}:${event.cameo}`);
}

test('a weapon named elsewhere in the story, used alone, is force', () => {
  assert.deepEqual(code('Arnor could use Zarnak again. Arnor has a few Zarnak intermediate-range missile systems.'), ['ARN>-:1384']);
  assert.deepEqual(code('The Zarnak missiles are new. Arnor used Zarnak against Gondor.'), ['ARN>GON:190']);
});

test('a name the story does not give as a weapon, or one with its own noun, is not', () => {
  assert.deepEqual(code('Arnor could use Zarnak again. Zarnak is a fine city.'), []);
  assert.deepEqual(code('Arnor could use Zarnak chips. Zarnak drones sell well.'), []);
});
