import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createEntityComponent, DEFAULT_NER_MODEL } from '../../../src/components/entities/entity-component.js';
import { splitSentences } from '../../../src/components/sentences/sentence-component.js';
import type { Document } from '../../../src/document/document.js';

function documentOf(text: string): Document {
  const meta = { id: 't', title: null, url: null, source: null, published: '2023-11-01', language: 'en', author: null };
  return { meta, text, layers: { sentences: splitSentences(text) } };
}

test('the shipped model file exists', () => {
  assert.ok(existsSync(DEFAULT_NER_MODEL), `missing ${DEFAULT_NER_MODEL}: run scripts/train-ner.ts`);
});

test('the shipped model finds Wang Yi as a person, joined across mentions (before actor resolution)', () => {
  const text = 'Chinese Foreign Minister Wang Yi spoke by phone with his Omani counterpart on Wednesday. Wang Yi said the talks in Beijing were useful.';
  const entities = createEntityComponent({ actors: null }).run(documentOf(text));
  const wang = entities.find((e) => e.name === 'Wang Yi');
  assert.ok(wang, `no Wang Yi in ${JSON.stringify(entities.map((e) => e.name))}`);
  assert.equal(wang.type, 'PERSON');
  assert.deepEqual(wang.mentions.map((m) => [m.start, m.end, m.kind]), [[25, 32, 'name'], [89, 96, 'name']]);
  const omani = entities.find((e) => e.name === 'Omani');
  assert.deepEqual(omani && [omani.type, omani.country], ['NORP', 'OMN']);
  const beijing = entities.find((e) => e.name === 'Beijing');
  assert.deepEqual(beijing && [beijing.type, beijing.country], ['CITY', 'CHN']);
});
