import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

const schema = JSON.parse(readFileSync(new URL('../../../docs/output.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const TEXT = 'Israeli officials said on Monday.';

function record(names: unknown): Record<string, unknown> {
  const mention = { start: 0, end: 17, text: 'Israeli officials', kind: 'nominal', by: 'entities.v3', rule: 'ner-MISC+demonym+actor-phrase', ...(names === undefined ? {} : { names }) };
  return {
    id: 'a', text: TEXT, published: null, dateline: null, times: [], places: [], quotes: [], events: [],
    entities: [{ id: 'e1', name: 'Israel', type: 'COUNTRY', country: 'ISR', sector: 'GOV', role: null, mentions: [mention] }],
  };
}

test('output schema: a mention may hold the names recognised inside it, each with its span and type', () => {
  assert.ok(validate(record([{ start: 0, end: 7, text: 'Israeli', type: 'NORP', rule: 'ner-MISC+demonym' }])), JSON.stringify(validate.errors));
  // Without it a record is what it was before the field was added.
  assert.ok(validate(record(undefined)), JSON.stringify(validate.errors));
});

test('output schema: a name without offsets or with a type outside the vocabulary is refused', () => {
  assert.equal(validate(record([{ text: 'Israeli', type: 'NORP' }])), false);
  assert.equal(validate(record([{ start: 0, end: 7, text: 'Israeli', type: 'NATIONALITY' }])), false);
});
