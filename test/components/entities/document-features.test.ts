import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FeatureResources, SentenceFeatures } from '../../../src/components/entities/ner-features.js';
import { documentFeatures, WordAttributeCache } from '../../../src/components/entities/ner-features.js';
import { A, EDGE_ATTRIBUTES } from '../../../src/components/entities/ner-word-info.js';
import { mixHash } from '../../../src/nlp/feature-hash.js';
import { FICTIONAL_GAZETTEER } from './tiny-model.js';

const resources: FeatureResources = { clusters: new Map(), gazetteer: FICTIONAL_GAZETTEER };

const words = (sentences: readonly string[]): string[][] => sentences.map((s) => s.split(' '));
const featureLists = (features: readonly SentenceFeatures[]): number[][][] =>
  features.map((s) => s.words.map((_, i) => Array.from(s.feats.subarray(s.offsets[i]!, s.offsets[i + 1]!))));

const DOCUMENT = ['The Apple board met .', 'Shares of Apple rose as apple prices fell .', 'Officials in North Quell said so .'];
const OTHER = ['Apple Apple Apple said Apple .', 'the apple , the Apple .', 'North Quell North Quell .'];

test('document features: what one document says of a word never reaches the next one', () => {
  const shared = new WordAttributeCache(resources.clusters);
  documentFeatures(words(OTHER), resources, shared);
  const after = featureLists(documentFeatures(words(DOCUMENT), resources, shared));
  const fresh = featureLists(documentFeatures(words(DOCUMENT), resources, new WordAttributeCache(resources.clusters)));
  assert.deepEqual(after, fresh);
});

test('document features: a word also written in lower case elsewhere gets other features than one that is not', () => {
  const cache = new WordAttributeCache(resources.clusters);
  const withLower = featureLists(documentFeatures(words(['Shares of Apple rose .', 'apple prices fell .', 'and apple too .']), resources, cache));
  const without = featureLists(documentFeatures(words(['Shares of Apple rose .', 'pear prices fell .', 'and pear too .']), resources, cache));
  // "Apple" (sentence 0, token 2) has the same neighbours in both documents; only the document facts differ.
  assert.notDeepEqual(withLower[0]![2], without[0]![2]);
  assert.deepEqual(withLower[0]![1], without[0]![1]);
});

test('document features: a gazetteer phrase marks every token it covers, and only those', () => {
  const cache = new WordAttributeCache(resources.clusters);
  const [marked] = featureLists(documentFeatures(words(['Officials in North Quell said so .']), resources, cache));
  const [plain] = featureLists(documentFeatures(words(['Officials in North Wales said so .']), resources, cache));
  // "in" (before the phrase), "North" and "Quell" differ by marks; "so", two words after it, does not.
  assert.ok(marked![1]!.length > plain![1]!.length);
  assert.ok(marked![2]!.length > plain![2]!.length);
  assert.equal(marked![5]!.length, plain![5]!.length);
});

test('document features: each token has the word pairs before and after it, the sentence edges standing for missing neighbours', () => {
  const cache = new WordAttributeCache(resources.clusters);
  const sentence = ['Minister', 'Kora', 'Vint', 'spoke'];
  const [lists] = featureLists(documentFeatures([sentence, ['Vint']], resources, cache));
  const lower = (i: number): number => (i < 0 || i >= sentence.length ? EDGE_ATTRIBUTES : cache.info(sentence[i]!).attrs)[A.lower]!;
  sentence.forEach((word, i) => {
    assert.ok(lists![i]!.includes(mixHash(mixHash(lower(i - 1), lower(i)), 301)), `${word}: the pair before it`);
    assert.ok(lists![i]!.includes(mixHash(mixHash(lower(i), lower(i + 1)), 302)), `${word}: the pair after it`);
  });
  assert.ok(!lists![1]!.includes(mixHash(mixHash(lower(1), lower(2)), 301)), 'the pair after a word is not the pair before it');
});
