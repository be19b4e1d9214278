import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TypedMention } from '../../../src/components/entities/entity-joiner.js';
import { joinMentions } from '../../../src/components/entities/entity-joiner.js';
import type { EntityType } from '../../../src/document/layers.js';

function mentions(text: string, names: readonly (readonly [string, EntityType])[]): TypedMention[] {
  let from = 0;
  return names.map(([name, type]) => {
    const start = text.indexOf(name, from);
    assert.ok(start >= 0, name);
    from = start + name.length;
    return { mention: { start, end: from, text: name, kind: 'name', by: 'test' }, words: name.split(' '), type, country: null };
  });
}

test('joinMentions: a later surname joins the full name', () => {
  const text = 'his Zorvian counterpart Sayyid Badr Albusaidi said. Albusaidi added.';
  const entities = joinMentions(mentions(text, [['Zorvian', 'NORP'], ['Sayyid Badr Albusaidi', 'PERSON'], ['Albusaidi', 'PERSON']]));
  assert.deepEqual(entities.map((e) => [e.id, e.name, e.type, e.mentions.map((m) => m.start)]), [
    ['e1', 'Zorvian', 'NORP', [4]],
    ['e2', 'Sayyid Badr Albusaidi', 'PERSON', [24, 52]],
  ]);
});

test('joinMentions: the same name twice is one entity, named by its longest form', () => {
  const text = 'Tam Okafor met Lio Brandt. Tam Okafor left.';
  const entities = joinMentions(mentions(text, [['Tam Okafor', 'PERSON'], ['Lio Brandt', 'PERSON'], ['Tam Okafor', 'PERSON']]));
  assert.deepEqual(entities.map((e) => [e.name, e.mentions.map((m) => m.start)]), [['Tam Okafor', [0, 27]], ['Lio Brandt', [15]]]);
});

test('joinMentions: a short form met before its full name still joins it', () => {
  const text = 'Okafor, or Tam Okafor, left.';
  const entities = joinMentions(mentions(text, [['Okafor', 'PERSON'], ['Tam Okafor', 'PERSON']]));
  assert.deepEqual(entities.map((e) => [e.name, e.mentions.length]), [['Tam Okafor', 2]]);
});

test('joinMentions: singular and plural demonyms of one country are one group', () => {
  const text = 'Zorvian troops met Zorvians.';
  const typed = mentions(text, [['Zorvian', 'NORP'], ['Zorvians', 'NORP']]).map((m) => ({ ...m, country: 'ZRV' }));
  assert.deepEqual(joinMentions(typed).map((e) => [e.name, e.country, e.mentions.length]), [['Zorvian', 'ZRV', 2]]);
});

test('joinMentions: a possessive is not part of the name, and names join whatever their case', () => {
  const text = "Tam Okafor's plan: TAM OKAFOR said";
  const typed: TypedMention[] = [
    { mention: { start: 0, end: 12, text: "Tam Okafor's", kind: 'name', by: 'test' }, words: ['Tam', 'Okafor', "'s"], type: 'PERSON', country: null },
    { mention: { start: 19, end: 29, text: 'TAM OKAFOR', kind: 'name', by: 'test' }, words: ['TAM', 'OKAFOR'], type: 'PERSON', country: null },
  ];
  // Both are two words long once the possessive is dropped: the first written names the entity.
  assert.deepEqual(joinMentions(typed).map((e) => [e.name, e.mentions.map((m) => m.start)]), [['Tam Okafor', [0, 19]]]);
  assert.equal(text.slice(19, 29), 'TAM OKAFOR');
});
