import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assembleEntities, createEntityComponent } from '../../../src/components/entities/entity-component.js';
import { splitSentences } from '../../../src/components/sentences/sentence-component.js';
import { FICTIONAL_GAZETTEER, trainTinyModel } from './tiny-model.js';

const component = createEntityComponent({ model: trainTinyModel() });

function run(text: string): string[] {
  const meta = { id: 't', title: null, url: null, source: null, published: null, language: 'en', author: null };
  return component.run({ meta, text, layers: { sentences: splitSentences(text) } })
    .map((e) => `${e.id} ${e.type} ${e.country ?? '-'} ${e.name} ${e.mentions.map((m) => `${m.start}-${m.end}`).join(',')}`);
}

// Fictional sentences (the tiny model and gazetteer are fictional): [text, expected entities].
const CASES: readonly (readonly [string, readonly string[]])[] = [
  ['Foreign Minister Ilo Mabe visited Zorvia on Monday.', ['e1 PERSON - Ilo Mabe 17-25', 'e2 COUNTRY ZRV Zorvia 34-40']],
  ['The Zorvian envoy met Pell Arun in Port Amber.', ['e1 NORP ZRV Zorvian 4-11', 'e2 PERSON - Pell Arun 22-31', 'e3 CITY ZRV Port Amber 35-45']],
  ['Minister Kora Vint said the talks were useful. Minister Kora Vint left.', ['e1 PERSON - Kora Vint 9-18,56-65']],
];

for (const [text, expected] of CASES) {
  test(`entities component: ${text}`, () => {
    assert.deepEqual(run(text), expected);
  });
}

test('each name mention holds the name as recognised: its span, type and rule', () => {
  const text = 'The Zorvian envoy met Pell Arun in Port Amber.';
  const meta = { id: 't', title: null, url: null, source: null, published: null, language: 'en', author: null };
  const names = createEntityComponent({ model: trainTinyModel(), actors: null }).run({ meta, text, layers: { sentences: splitSentences(text) } })
    .flatMap((e) => e.mentions.flatMap((m) => (m.names ?? []).map((n) => `${n.text}@${n.start}-${n.end}:${n.type}:${n.rule}`)));
  assert.deepEqual(names, ['Zorvian@4-11:NORP:ner-MISC+demonym', 'Pell Arun@22-31:PERSON:ner-PER+model', 'Port Amber@35-45:CITY:ner-LOC+capital']);
});

test('assembleEntities types, joins and tags found names without the model', () => {
  const text = 'Zorvian officials met Pell Arun. Pell Arun left Port Amber.';
  const meta = { id: 't', title: null, url: null, source: null, published: null, language: 'en', author: null };
  const found = [['Zorvian', 'MISC'], ['Pell Arun', 'PER'], ['Pell Arun', 'PER'], ['Port Amber', 'LOC']].map(([name, modelType], k) => {
    const start = k === 2 ? text.lastIndexOf(name!) : text.indexOf(name!);
    return { start, end: start + name!.length, text: name!, modelType: modelType!, words: name!.split(' ') };
  });
  const entities = assembleEntities({ meta, text, layers: { sentences: splitSentences(text) } }, found, FICTIONAL_GAZETTEER, 'entities.test', null);
  assert.deepEqual(entities.map((e) => `${e.id} ${e.type} ${e.country ?? '-'} ${e.name} ${e.mentions.map((m) => `${m.start}:${m.rule}`).join(',')}`), [
    'e1 NORP ZRV Zorvian 0:ner-MISC+demonym',
    'e2 PERSON - Pell Arun 22:ner-PER+model,33:ner-PER+model',
    'e3 CITY ZRV Port Amber 48:ner-LOC+capital',
  ]);
  assert.deepEqual(entities[1]!.mentions[1], {
    start: 33, end: 42, text: 'Pell Arun', kind: 'name', by: 'entities.test', rule: 'ner-PER+model',
    names: [{ start: 33, end: 42, text: 'Pell Arun', type: 'PERSON', rule: 'ner-PER+model' }],
  });
});
