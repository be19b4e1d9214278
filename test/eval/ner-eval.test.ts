import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateNer } from '../../src/eval/ner-eval.js';
import type { Entity } from '../../src/document/layers.js';
import type { Component } from '../../src/pipeline/component.js';

// Two fictional sentences; the CoNLL text is "Norvish officials met Ada Kell .\nShe left ."
const CONLL = [
  '-DOCSTART- -X- -X- O', '',
  'Norvish JJ B-NP B-MISC', 'officials NNS I-NP O', 'met VBD B-VP O', 'Ada NNP B-NP B-PER', 'Kell NNP I-NP I-PER', '. . O O', '',
  'She PRP B-NP O', 'left VBD B-VP O', '. . O O', '',
].join('\n');

function stub(entities: Entity[]): Component<'entities'> {
  return { name: 'entities', version: 'test', produces: 'entities', reads: [], run: () => entities };
}

const mention = (start: number, end: number, text: string, kind: 'name' | 'nominal' | 'pronoun', rule: string) => ({ start, end, text, kind, rule, by: 'test' });

test('names are scored with the recogniser\'s type; coreference mentions are not names', () => {
  const entities: Entity[] = [
    // A nationality word filed under its country by the actor resolver stays a MISC name.
    { id: 'e1', name: 'Norvia', type: 'COUNTRY', country: 'NRV', sector: null, role: null, mentions: [mention(0, 7, 'Norvish', 'nominal', 'ner-MISC+demonym')] },
    { id: 'e2', name: 'Ada Kell', type: 'PERSON', country: null, sector: null, role: null, mentions: [mention(22, 30, 'Ada Kell', 'name', 'ner-PER+model'), mention(33, 36, 'She', 'pronoun', 'coref-pronoun')] },
  ];
  const { scores } = evaluateNer(CONLL, stub(entities));
  assert.deepEqual(scores.overall, { correct: 2, predicted: 2, gold: 2 });
  assert.deepEqual(scores.byType.get('MISC'), { correct: 1, predicted: 1, gold: 1 });
});

test('a name with the wrong type or span counts as found but not correct', () => {
  const entities: Entity[] = [
    { id: 'e1', name: 'Ada', type: 'ORG', country: null, sector: null, role: null, mentions: [mention(22, 25, 'Ada', 'name', 'resolver')] },
  ];
  const { scores } = evaluateNer(CONLL, stub(entities));
  assert.deepEqual(scores.overall, { correct: 0, predicted: 1, gold: 2 });
});
