import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveEntities } from '../../src/actors/entity-resolver.js';
import type { Entity } from '../../src/document/layers.js';
import { docOf, entitiesOf, fictionalKnowledge } from './fictional-knowledge.js';

const kb = fictionalKnowledge();

/** Each person entity as "name: mention@start, …", with the names the mentions hold. */
const people = (entities: readonly Entity[]): string[] => entities.filter((e) => e.type === 'PERSON')
  .map((e) => `${e.name}: ${e.mentions.filter((m) => m.kind === 'name').map((m) => `${m.text}@${m.start}[${(m.names ?? []).map((n) => n.text).join(',')}]`).join(', ')}`);

test('two office-holders written side by side are two people, each joined to the rest of their mentions', () => {
  const text = 'Rufus Firefly met Chicolini Ravelli. During that conversation with Firefly Ravelli "calmly replied that yes, the border is closed."';
  const found = entitiesOf(text, [['Rufus Firefly', 'PERSON'], ['Chicolini Ravelli', 'PERSON'], ['Firefly Ravelli', 'PERSON']]);
  const resolved = resolveEntities(found, docOf(text), kb);
  const at = text.indexOf('Firefly Ravelli');
  assert.deepEqual(people(resolved), [
    `Rufus Firefly: Rufus Firefly@0[Rufus Firefly], Firefly@${at}[Firefly]`,
    `Chicolini Ravelli: Chicolini Ravelli@18[Chicolini Ravelli], Ravelli@${at + 8}[Ravelli]`,
  ]);
  const part = resolved.flatMap((e) => e.mentions).find((m) => m.start === at + 8)!;
  assert.equal(part.rule, 'name+two-people');
});

// [text, the person names recognised; the last must stay whole]
const WHOLE: readonly (readonly [string, readonly string[]])[] = [
  // One known person: the other words are this person's own name.
  ['Chicolini Ravelli arrived on Monday.', ['Chicolini Ravelli']],
  ['Hugo Firefly arrived on Monday.', ['Hugo Firefly']],
  // People named in full elsewhere do not count: a first name can be another person's surname.
  ['Vera Marcal, Hugo Pick and Pick Marcal arrived.', ['Vera Marcal', 'Hugo Pick', 'Pick Marcal']],
  // Two variants of one office-holder are one person.
  ['Rufus Firefly Firefly arrived.', ['Rufus Firefly Firefly']],
];

for (const [text, names] of WHOLE) {
  const name = names.at(-1)!;
  test(`a person mention stays whole: "${name}" in "${text}"`, () => {
    const resolved = resolveEntities(entitiesOf(text, names.map((n) => [n, 'PERSON'] as const)), docOf(text), kb);
    const mentions = resolved.flatMap((e) => e.mentions).filter((m) => m.kind === 'name').map((m) => m.text);
    assert.ok(mentions.includes(name), mentions.join(', '));
    assert.equal(mentions.length, names.length);
  });
}
