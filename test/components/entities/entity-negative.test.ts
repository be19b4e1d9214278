/** What the entities layer must not do. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TypedMention } from '../../../src/components/entities/entity-joiner.js';
import { joinMentions } from '../../../src/components/entities/entity-joiner.js';
import { createEntityComponent } from '../../../src/components/entities/entity-component.js';
import { splitSentences } from '../../../src/components/sentences/sentence-component.js';
import { trainTinyModel } from './tiny-model.js';

const mention = (start: number, text: string, type: TypedMention['type']): TypedMention => ({
  mention: { start, end: start + text.length, text, kind: 'name', by: 'test' }, words: text.split(' '), type, country: null,
});

test('joinMentions: a shared surname does not join two different full names', () => {
  const entities = joinMentions([mention(0, 'Tam Okafor', 'PERSON'), mention(20, 'Ada Okafor', 'PERSON')]);
  assert.equal(entities.length, 2);
});

test('joinMentions: a place and a person with one word in common stay apart', () => {
  const entities = joinMentions([mention(0, 'Jordan Pell', 'PERSON'), mention(20, 'Jordan', 'COUNTRY')]);
  assert.deepEqual(entities.map((e) => e.type), ['PERSON', 'COUNTRY']);
});

test('entities component: lower-case prose yields no entities', () => {
  const text = 'the talks were useful and prices rose.';
  const meta = { id: 't', title: null, url: null, source: null, published: null, language: 'en', author: null };
  const entities = createEntityComponent({ model: trainTinyModel() }).run({ meta, text, layers: { sentences: splitSentences(text) } });
  assert.deepEqual(entities, []);
});

test('entities component without actor knowledge: sets no sector or role', () => {
  const text = 'Minister Kora Vint said the talks were useful.';
  const meta = { id: 't', title: null, url: null, source: null, published: null, language: 'en', author: null };
  const entities = createEntityComponent({ model: trainTinyModel(), actors: null }).run({ meta, text, layers: { sentences: splitSentences(text) } });
  assert.ok(entities.length > 0);
  for (const e of entities) assert.deepEqual([e.sector, e.role], [null, null]);
});
