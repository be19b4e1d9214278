/**
 * Trains the name model on a CoNLL-2003 style file and writes the shipped weights.
 *
 *   npx tsx scripts/train-ner.ts --train /work/shared/data/ner/conll2003/train.txt \
 *     --dev /work/shared/data/ner/conll2003/valid.txt --clusters CLUSTERS.tsv \
 *     --out data/models/ner/ner-conll2003.bin.gz [--epochs 12] [--bits 20]
 *
 * Word clusters come first, from unlabelled text (a cluster table, not text, is what is kept):
 *
 *   npx tsx scripts/train-ner.ts clusters --corpus /work/shared/data/corpora/reuters21578 \
 *     --corpus /work/shared/data/corpora/rss-world-feeds-2023-10-11 --corpus /work/shared/data/corpora/bbc-news-2225 \
 *     --conll /work/shared/data/ner/conll2003/train.txt --out /tmp/clusters.tsv [--words 40000] [--depth 14]
 *
 * The development split picks the epoch count only (scores printed per epoch); the written
 * model is the averaged model after the last epoch. The training text never leaves the input file:
 * the model holds hashed feature weights and the word-cluster table only.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { countryGazetteer } from '../src/components/entities/country-gazetteer.js';
import type { FeatureResources } from '../src/components/entities/ner-features.js';
import { documentFeatures, WordAttributeCache } from '../src/components/entities/ner-features.js';
import type { NerModel } from '../src/components/entities/ner-model.js';
import { decodeSentence } from '../src/components/entities/ner-model.js';
import { saveNerModel } from '../src/components/entities/ner-model-file.js';
import { createTagSet, spansToTags, tagsToSpans } from '../src/components/entities/ner-tags.js';
import type { TrainingSentence } from '../src/components/entities/perceptron-trainer.js';
import { trainPerceptron } from '../src/components/entities/perceptron-trainer.js';
import { addSentence, emptyScores, formatScores, prf } from '../src/eval/ner-eval.js';
import type { ConllDocument } from '../src/nlp/conll-reader.js';
import { parseConll } from '../src/nlp/conll-reader.js';
import { tokenize } from '../src/nlp/tokenizer.js';
import { induceClusters } from '../src/nlp/word-cluster-builder.js';
import { readClusterTable } from '../src/nlp/word-clusters.js';

if (process.argv[2] === 'clusters') {
  await buildClusters(process.argv.slice(3));
  process.exit(0);
}

const { values } = parseArgs({
  options: {
    train: { type: 'string' }, dev: { type: 'string' }, out: { type: 'string' }, clusters: { type: 'string' },
    epochs: { type: 'string', default: '12' }, bits: { type: 'string', default: '20' },
  },
});
if (!values.train || !values.out) {
  console.error('usage: train-ner.ts --train FILE [--dev FILE] [--clusters FILE] --out MODEL.bin.gz [--epochs N] [--bits B]');
  process.exit(2);
}

const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
const tagSet = createTagSet(TYPES);
const clusters = values.clusters ? readClusterTable(readFileSync(values.clusters, 'utf8')) : new Map<string, string>();
const resources: FeatureResources = { clusters, gazetteer: countryGazetteer() };
const cache = new WordAttributeCache(clusters);

function load(path: string): ConllDocument[] {
  return parseConll(readFileSync(path, 'utf8'));
}

function featurise(documents: readonly ConllDocument[]): TrainingSentence[] {
  return documents.flatMap((doc) => {
    const features = documentFeatures(doc.sentences.map((s) => s.words), resources, cache);
    return doc.sentences.map((s, i) => ({ features: features[i]!, gold: spansToTags(tagSet, s.words.length, s.names) }));
  });
}

function score(model: NerModel, data: readonly TrainingSentence[]): ReturnType<typeof emptyScores> {
  const scores = emptyScores();
  for (const s of data) addSentence(scores, tagsToSpans(tagSet, s.gold), tagsToSpans(tagSet, decodeSentence(model, s.features)));
  return scores;
}

const started = Date.now();
const train = featurise(load(values.train));
const dev = values.dev ? featurise(load(values.dev)) : [];
console.log(`featurised ${train.length} training and ${dev.length} development sentences in ${Date.now() - started} ms`);
const devF1: number[] = [];
const model = trainPerceptron(tagSet, resources, train, {
  epochs: Number(values.epochs), hashBits: Number(values.bits), seed: 1,
  onEpoch: (epoch, averaged) => {
    if (dev.length === 0) return console.log(`epoch ${epoch} done`);
    const f1 = prf(score(averaged, dev).overall).f1;
    devF1.push(Number(f1.toFixed(2)));
    console.log(`epoch ${epoch}: dev F1 ${f1.toFixed(2)} (${Math.round((Date.now() - started) / 1000)} s)`);
  },
});
const final = dev.length ? formatScores(score(model, dev)) : '';
if (final) console.log(`final averaged model on ${values.dev}:\n${final}`);
const saved = saveNerModel(model, values.out, {
  trainedOn: values.train, epochs: Number(values.epochs), devF1ByEpoch: devF1, clusterWords: clusters.size,
  trainedAt: new Date().toISOString().slice(0, 10),
});
console.log(`wrote ${values.out}: ${(saved.bytes / 1e6).toFixed(2)} MB, ${saved.rows} weight rows`);

/** Text lines of the files under `path`: SGML bodies (Reuters-21578), JSONL string fields, plain text. */
function* corpusLines(path: string): Generator<string> {
  const stat = statSync(path);
  if (stat.isDirectory()) {
    for (const name of readdirSync(path).sort()) yield* corpusLines(join(path, name));
    return;
  }
  if (/readme|license|\.md$|\.csv$/i.test(path)) return;
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.sgm')) {
    for (const part of text.split(/<BODY>|<TITLE>/).slice(1)) yield* part.slice(0, Math.max(0, part.search(/<\/BODY>|<\/TITLE>/))).split(/\n\s*\n|\n(?=\s)/).map((l) => l.replace(/\s+/g, ' ').replace(/&lt;/g, '<').replace(/&amp;/g, '&'));
  } else if (path.endsWith('.jsonl')) {
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      const record = JSON.parse(line) as Record<string, unknown>;
      for (const field of ['title', 'description', 'text', 'summary']) if (typeof record[field] === 'string') yield record[field];
    }
  } else if (path.endsWith('.txt') || path.endsWith('.json') === false) {
    yield* text.split('\n');
  }
}

async function buildClusters(args: string[]): Promise<void> {
  const { values: v } = parseArgs({
    args, options: { corpus: { type: 'string', multiple: true }, conll: { type: 'string', multiple: true }, out: { type: 'string' }, words: { type: 'string', default: '40000' }, contexts: { type: 'string', default: '600' }, depth: { type: 'string', default: '14' } },
  });
  if (!v.out) throw new Error('clusters: --out FILE is required');
  const lowerWords = (line: string): string[] => tokenize(line).map((t) => t.text.toLowerCase());
  const sentences = function* (): Generator<string[]> {
    for (const corpus of v.corpus ?? []) for (const line of corpusLines(corpus)) yield lowerWords(line);
    for (const file of v.conll ?? []) for (const doc of load(file)) for (const s of doc.sentences) yield s.words.map((w) => w.toLowerCase());
  };
  const started = Date.now();
  const table = induceClusters(sentences, { words: Number(v.words), contexts: Number(v.contexts), depth: Number(v.depth), seed: 1 });
  const lines = [...table].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)).map(([w, b]) => `${w}\t${b}`);
  writeFileSync(v.out, `# word clusters induced by scripts/train-ner.ts clusters\n${lines.join('\n')}\n`);
  console.log(`wrote ${table.size} words to ${v.out} in ${Math.round((Date.now() - started) / 1000)} s`);
}
