import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveEntities } from '../../src/actors/entity-resolver.js';
import type { Entity, EntityType } from '../../src/document/layers.js';
import { docOf, entitiesOf, fictionalKnowledge } from './fictional-knowledge.js';

const kb = fictionalKnowledge();

/** Every name the layer holds, as "text@start:TYPE", in text order. */
const namesIn = (entities: readonly Entity[]): string[] =>
  entities.flatMap((e) => e.mentions.flatMap((m) => m.names ?? [])).sort((a, b) => a.start - b.start).map((n) => `${n.text}@${n.start}:${n.type}`);

function mentionAt(entities: readonly Entity[], text: string): { entity: Entity; names: string[] } {
  for (const entity of entities) {
    const m = entity.mentions.find((x) => x.text === text);
    if (m) return { entity, names: (m.names ?? []).map((n) => `${n.text}@${n.start}:${n.type}`) };
  }
  assert.fail(`no mention "${text}"`);
}

// [text, recognised names, a mention of the output, the names it holds]
const CASES: readonly (readonly [string, readonly (readonly [string, EntityType, string?])[], string, readonly string[]])[] = [
  // Widened to the actor phrase, refiled under the country: the demonym is still a NORP name.
  ['Freedonian authorities closed the border.', [['Freedonian', 'NORP', 'FRD']], 'Freedonian authorities', ['Freedonian@0:NORP']],
  // Two names widened to one organisation are one mention holding both.
  ['The Sylvanian Foreign Ministry protested on Monday.', [['Sylvanian', 'NORP', 'SYL'], ['Foreign Ministry', 'ORG']], 'Sylvanian Foreign Ministry', ['Sylvanian@4:NORP', 'Foreign Ministry@14:ORG']],
  ['Sylvania Defense Forces Spokesman Hugo Pick spoke.', [['Sylvania', 'COUNTRY', 'SYL'], ['Hugo Pick', 'PERSON']], 'Sylvania Defense Forces', ['Sylvania@0:COUNTRY']],
  // A country adjective taken into a description of a person stays a name inside the description.
  ['Chicolini Ravelli arrived. The Freedonian top diplomat said talks would go on.', [['Chicolini Ravelli', 'PERSON'], ['Freedonian', 'NORP', 'FRD']], 'The Freedonian top diplomat', ['Freedonian@31:NORP']],
  ['FLF militants crossed the line.', [['FLF', 'ORG']], 'FLF militants', ['FLF@0:ORG']],
];

for (const [text, names, mention, held] of CASES) {
  test(`recognised names survive resolution: "${mention}" holds ${held.join(', ')}`, () => {
    const input = entitiesOf(text, names);
    const output = resolveEntities(input, docOf(text), kb);
    assert.deepEqual(mentionAt(output, mention).names, held);
    // Nothing recognised is lost or doubled.
    assert.deepEqual(namesIn(output), namesIn(input));
  });
}

test('a description that refers to no one leaves its country adjective where it was', () => {
  const text = 'The Sylvanian minister was not named.';
  const output = resolveEntities(entitiesOf(text, [['Sylvanian', 'NORP', 'SYL']]), docOf(text), kb);
  const { entity, names } = mentionAt(output, 'Sylvanian');
  assert.deepEqual([entity.name, ...names], ['Sylvania', 'Sylvanian@4:NORP']);
});

test('pronouns and descriptions hold no names', () => {
  const text = 'Hugo Pick said he would stay.';
  const output = resolveEntities(entitiesOf(text, [['Hugo Pick', 'PERSON']]), docOf(text), kb);
  const he = output.flatMap((e) => e.mentions).find((m) => m.text === 'he');
  assert.equal(he?.kind, 'pronoun');
  assert.equal(he?.names, undefined);
});
