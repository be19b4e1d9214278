import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentFeatures, WordAttributeCache } from '../../../src/components/entities/ner-features.js';
import { loadNerModel, saveNerModel } from '../../../src/components/entities/ner-model-file.js';
import type { NerModel } from '../../../src/components/entities/ner-model.js';
import { decodeInto, decodeSentence, DecodeWorkspace, emissionScores, WordScoreCache } from '../../../src/components/entities/ner-model.js';
import { trainTinyModel } from './tiny-model.js';

/** The tiny model as the shipped one is used: 8-bit rows read from a file, with word scores. */
function shippedTinyModel(): NerModel {
  const trained = trainTinyModel();
  const dir = mkdtempSync(join(tmpdir(), 'dateline-ner-'));
  try {
    const path = join(dir, 'tiny.bin.gz');
    saveNerModel(trained, path, {}, 0);
    return { ...loadNerModel(path), resources: trained.resources };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const model = shippedTinyModel();
const DOCUMENT = [
  'Minister Kora Vint said the talks in Zorvia were useful .',
  'Foreign Minister Ilo Mabe visited Port Amber on Monday with Kora Vint .',
  'The Zorvian envoy met Pell Arun and Blixcorp shares rose after the talks .',
].map((s) => s.split(' '));

function emissions(m: NerModel): number[][] {
  const features = documentFeatures(DOCUMENT, m.resources, new WordAttributeCache(m.resources.clusters));
  return features.map((f) => Array.from(emissionScores(m, f, new DecodeWorkspace())));
}

test('word scores: summed once per word, they give exactly the emission scores of adding feature by feature', () => {
  const featureByFeature = emissions({ ...model, wordScores: undefined });
  assert.deepEqual(emissions(model), featureByFeature);
  assert.ok(featureByFeature.flat().some((s) => s !== 0));
});

test('word scores: a cache too small for the document forgets words between sentences and still scores them exactly', () => {
  // Room for 14 words: each sentence fits, the document (30 distinct words) does not.
  assert.deepEqual(emissions({ ...model, wordScores: new WordScoreCache(15) }), emissions({ ...model, wordScores: undefined }));
  // A sentence longer than the whole cache is scored all the same.
  assert.deepEqual(emissions({ ...model, wordScores: new WordScoreCache(3) }), emissions({ ...model, wordScores: undefined }));
});

test('decoding: decodeSentence returns tags of its own, decodeInto a view that the next sentence overwrites', () => {
  const features = documentFeatures(DOCUMENT, model.resources, new WordAttributeCache(model.resources.clusters));
  const workspace = new DecodeWorkspace();
  const own = features.map((f) => decodeSentence(model, f, workspace));
  const first = decodeInto(model, features[0]!, workspace);
  assert.deepEqual(Array.from(first), Array.from(own[0]!));
  decodeInto(model, features[2]!, workspace);
  assert.deepEqual(Array.from(first), Array.from(own[2]!.subarray(0, first.length)));
  assert.notDeepEqual(Array.from(first), Array.from(own[0]!));
  assert.deepEqual(Array.from(decodeSentence(model, features[0]!)), Array.from(own[0]!));
  assert.ok(own.some((tags) => tags.some((t) => t !== 0)), 'the tiny model finds names here');
});
