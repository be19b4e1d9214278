import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recogniseNames, WordAttributeCache } from '../../../src/components/entities/name-recogniser.js';
import { loadNerModel, saveNerModel } from '../../../src/components/entities/ner-model-file.js';
import type { NerModel } from '../../../src/components/entities/ner-model.js';
import { trainTinyModel } from './tiny-model.js';

const model = trainTinyModel();

function names(m: NerModel, sentence: string): string[] {
  const words = sentence.split(' ');
  return recogniseNames(m, [words], new WordAttributeCache(m.resources.clusters))[0]!.map((s) => `${words.slice(s.start, s.end).join(' ')}/${s.type}@${s.start}`);
}

// Unseen names in contexts like the training ones: [sentence, expected "name/TYPE@token"].
const CASES: readonly (readonly [string, readonly string[]])[] = [
  ['Minister Kora Vint said the talks were useful .', ['Kora Vint/PER@1']],
  ['Foreign Minister Ilo Mabe visited Zorvia on Monday .', ['Ilo Mabe/PER@2', 'Zorvia/LOC@5']],
  ['The Zorvian envoy met Pell Arun in Port Amber .', ['Zorvian/MISC@1', 'Pell Arun/PER@4', 'Port Amber/LOC@7']],
];

for (const [sentence, expected] of CASES) {
  test(`tiny model finds names: ${sentence}`, () => {
    assert.deepEqual(names(model, sentence), expected);
  });
}

test('tiny model: a sentence without names gives none', () => {
  assert.deepEqual(names(model, 'the talks were useful and prices rose .'), []);
});

test('model file: saved and loaded model decodes the same names', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-ner-'));
  try {
    const path = join(dir, 'tiny.bin.gz');
    saveNerModel(model, path, { test: true }, 0);
    const loaded = { ...loadNerModel(path), resources: model.resources };
    for (const [sentence] of CASES) assert.deepEqual(names(loaded, sentence), names(model, sentence));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
