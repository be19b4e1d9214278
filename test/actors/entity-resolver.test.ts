import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveEntities } from '../../src/actors/entity-resolver.js';
import type { Entity } from '../../src/document/layers.js';
import { docOf, entitiesOf, fictionalKnowledge } from './fictional-knowledge.js';

const kb = fictionalKnowledge();

function byName(entities: readonly Entity[], name: string): Entity {
  const found = entities.find((e) => e.name === name);
  assert.ok(found, `no entity named ${name} in ${entities.map((e) => e.name).join(', ')}`);
  return found;
}

const spans = (e: Entity): string[] => e.mentions.map((m) => `${m.text}@${m.start}:${m.kind}`);

test('a title before the name gives country, sector and role; a counterpart takes that role', () => {
  const text = 'Fredville has urged calm, Freedonian Foreign Minister Chicolini Ravelli told his Sylvanian counterpart Sayyid Vera Marcal on Monday.';
  const entities = resolveEntities(entitiesOf(text, [
    ['Fredville', 'CITY', 'FRD'], ['Freedonian', 'NORP', 'FRD'], ['Chicolini Ravelli', 'PERSON'], ['Sylvanian', 'NORP', 'SYL'], ['Sayyid Vera Marcal', 'PERSON'],
  ]), docOf(text), kb);
  const ravelli = byName(entities, 'Chicolini Ravelli');
  assert.deepEqual([ravelli.country, ravelli.sector, ravelli.role], ['FRD', 'GOV', 'Foreign Minister']);
  assert.deepEqual(spans(ravelli), ['Chicolini Ravelli@54:name']);
  const marcal = byName(entities, 'Vera Marcal');
  assert.deepEqual([marcal.country, marcal.role], ['SYL', 'Foreign Minister']);
  assert.deepEqual(spans(marcal), ['Sayyid Vera Marcal@103:name']);
  const freedonia = byName(entities, 'Freedonia');
  assert.deepEqual([freedonia.type, freedonia.sector], ['COUNTRY', 'GOV']);
  assert.deepEqual(spans(freedonia), ['Fredville@0:name', 'Freedonian@26:nominal']);
});

test('an unknown person takes the country of the organisation in the title, and the title in full as the role', () => {
  const text = 'On Friday, Sylvania Defense Forces Spokesman Hugo Pick said the SDF was advancing.';
  const entities = resolveEntities(entitiesOf(text, [['Sylvania', 'COUNTRY', 'SYL'], ['Hugo Pick', 'PERSON']]), docOf(text), kb);
  const pick = byName(entities, 'Hugo Pick');
  assert.deepEqual([pick.country, pick.sector, pick.role], ['SYL', 'MIL', 'Sylvania Defense Forces Spokesman']);
  assert.deepEqual(spans(byName(entities, 'Sylvania Defense Forces')), ['Sylvania Defense Forces@11:name']);
});

test('a group noun widens the name and a demonym-led authority is the country as government', () => {
  const text = 'FLF militants crossed the line. Freedonian authorities closed the border.';
  const entities = resolveEntities(entitiesOf(text, [['FLF', 'ORG'], ['Freedonian', 'NORP', 'FRD']]), docOf(text), kb);
  const front = byName(entities, 'Freedonian Liberation Front');
  assert.deepEqual([front.country, front.sector], ['FRD', 'REB']);
  assert.deepEqual(spans(front), ['FLF militants@0:name']);
  const freedonia = byName(entities, 'Freedonia');
  assert.deepEqual([freedonia.sector, ...spans(freedonia)], ['GOV', 'Freedonian authorities@32:nominal']);
});

test('acronyms and full names of one organisation become one entity', () => {
  const text = 'The CoN Assembly voted. Later the Council of Nations Assembly met again.';
  const entities = resolveEntities(entitiesOf(text, [['CoN Assembly', 'ORG'], ['Council of Nations Assembly', 'ORG']]), docOf(text), kb);
  const assembly = byName(entities, 'Council of Nations Assembly');
  assert.equal(entities.length, 1);
  assert.deepEqual(spans(assembly), ['CoN Assembly@4:name', 'Council of Nations Assembly@34:name']);
});

test('a short name joined under another person by the name joiner goes to the office-holder it names', () => {
  const text = 'Rufus Firefly met Chicolini Ravelli. Firefly and Ravelli smiled.';
  const joined = entitiesOf(text, [['Rufus Firefly', 'PERSON']]);
  const ravelli = text.indexOf('Ravelli', 40);
  const entity = { ...joined[0]!, mentions: [...joined[0]!.mentions, { start: ravelli, end: ravelli + 7, text: 'Ravelli', kind: 'name' as const, by: 'entities.v1' }] };
  const entities = resolveEntities([entity], docOf(text), kb);
  assert.deepEqual(spans(byName(entities, 'Chicolini Ravelli')), [`Ravelli@${ravelli}:name`]);
  // The first "Firefly", which the name model left out, is the surname of Rufus Firefly named before it.
  assert.deepEqual(spans(byName(entities, 'Rufus Firefly')), ['Rufus Firefly@0:name', `Firefly@${text.indexOf('Firefly', 20)}:name`]);
});

test('an apposition after the name gives the title and is a nominal mention ("Hugo Pick, the Sylvanian foreign minister,")', () => {
  const text = 'Hugo Pick, the Sylvanian foreign minister, said the talks failed.';
  const [pick] = resolveEntities(entitiesOf(text, [['Hugo Pick', 'PERSON']]), docOf(text), kb);
  assert.deepEqual([pick?.name, pick?.country, pick?.role, ...spans(pick!)], ['Hugo Pick', 'SYL', 'Foreign Minister', 'Hugo Pick@0:name', 'the Sylvanian foreign minister@11:nominal']);
});
