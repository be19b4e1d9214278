import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../../src/document/layers.js';
import { at, entity, quotesIn } from './quote-helpers.js';

// Speakers that are not plain names: a capital standing for its country, a quoted predicate.

const TEXT = 'Ruritania will keep supplying gas. But Strelsau announced that it will not renew the contract.';

function located(e: Entity, country: string): Entity {
  return { ...e, country };
}

test('a speaking city stands for its country when the article names that country', () => {
  const country = located(entity(TEXT, 'e1', 'Ruritania', 'COUNTRY', ['Ruritania']), 'RUR');
  const city = located(entity(TEXT, 'e2', 'Strelsau', 'CITY', ['Strelsau']), 'RUR');
  const [quote] = quotesIn(TEXT, [country, city]);
  assert.equal(quote?.speaker?.entity, 'e1');
  assert.equal(quote?.speaker?.name, 'Ruritania');
  assert.equal(quote?.speaker?.start, at(TEXT, 'Strelsau'));
});

test('a speaking city stays itself when its country is not in the article', () => {
  const city = located(entity(TEXT, 'e2', 'Strelsau', 'CITY', ['Strelsau']), 'BOL');
  const [quote] = quotesIn(TEXT, [city]);
  assert.equal(quote?.speaker?.entity, 'e2');
});

test('a quote opening with its own reporting verb is the predicate of the name before it', () => {
  const text = 'During that call Marek "reasonably responded that yes, the country is not ready."';
  const [quote] = quotesIn(text);
  assert.equal(quote?.rule, 'direct.cue-inside');
  assert.equal(quote?.speaker?.text, 'Marek');
  assert.equal(quote?.text, 'reasonably responded that yes, the country is not ready.');
});

test('a quote after a name that does not open with a reporting verb is not its predicate', () => {
  const [quote] = quotesIn('During that call Marek "reasonably waited for a long and lasting peace."');
  assert.notEqual(quote?.rule, 'direct.cue-inside');
  assert.equal(quote?.speaker ?? null, null);
});
