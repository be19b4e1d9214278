import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateNer } from '../../src/eval/ner-eval.js';
import type { Entity, EntityType } from '../../src/document/layers.js';
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

type Kind = 'name' | 'nominal' | 'pronoun';
/** A mention holding the names given as [start, end, text, type]. */
const mention = (start: number, end: number, text: string, kind: Kind, names: readonly (readonly [number, number, string, EntityType])[] = []) => ({
  start, end, text, kind, by: 'test',
  ...(names.length ? { names: names.map(([s, e, t, type]) => ({ start: s, end: e, text: t, type })) } : {}),
});

test('the names the mentions hold are scored with their own span and type; coreference mentions are not names', () => {
  const entities: Entity[] = [
    // A nationality word widened to "Norvish officials" and filed under its country stays a MISC name.
    { id: 'e1', name: 'Norvia', type: 'COUNTRY', country: 'NRV', sector: 'GOV', role: null, mentions: [mention(0, 17, 'Norvish officials', 'nominal', [[0, 7, 'Norvish', 'NORP']])] },
    { id: 'e2', name: 'Ada Kell', type: 'PERSON', country: null, sector: null, role: null, mentions: [mention(22, 30, 'Ada Kell', 'name', [[22, 30, 'Ada Kell', 'PERSON']]), mention(33, 36, 'She', 'pronoun')] },
  ];
  const { scores } = evaluateNer(CONLL, stub(entities));
  assert.deepEqual(scores.overall, { correct: 2, predicted: 2, gold: 2 });
  assert.deepEqual(scores.byType.get('MISC'), { correct: 1, predicted: 1, gold: 1 });
});

test('a name with the wrong type or span counts as found but not correct; a mention holding no name is not scored', () => {
  const entities: Entity[] = [
    { id: 'e1', name: 'Ada', type: 'PERSON', country: null, sector: null, role: null, mentions: [mention(22, 25, 'Ada', 'name', [[22, 25, 'Ada', 'PERSON']])] },
    { id: 'e2', name: 'Kell', type: 'PERSON', country: null, sector: null, role: null, mentions: [mention(26, 30, 'Kell', 'name', [[22, 30, 'Ada Kell', 'ORG']])] },
    { id: 'e3', name: 'Norvia', type: 'COUNTRY', country: 'NRV', sector: null, role: null, mentions: [mention(0, 7, 'Norvish', 'name')] },
  ];
  const { scores } = evaluateNer(CONLL, stub(entities));
  assert.deepEqual(scores.overall, { correct: 0, predicted: 2, gold: 2 });
});
