/**
 * Trains the name model: a structured perceptron (Collins 2002) with Viterbi decoding and
 * averaged weights. Averaging uses the usual trick of a second accumulator `u` of
 * counter-weighted updates, so the average is `w - u / c` without touching every weight per step.
 *
 * @example trainPerceptron(tagSet, resources, sentences, { epochs: 10, hashBits: 20 })
 */
import type { FeatureResources, SentenceFeatures } from './ner-features.js';
import { tokenFeatures } from './ner-features.js';
import type { NerModel } from './ner-model.js';
import { decodeSentence } from './ner-model.js';
import type { TagSet } from './ner-tags.js';
import { DenseWeights } from './weight-table.js';

/** A trained model still holds its dense float weights (what the model file is written from). */
export type TrainedModel = NerModel & { readonly weights: DenseWeights };

export interface TrainingSentence {
  readonly features: SentenceFeatures;
  /** Gold tag indices, one per token. */
  readonly gold: Int32Array;
}

export interface TrainOptions {
  readonly epochs: number;
  readonly hashBits: number;
  /** Seed of the shuffle, so that runs repeat. */
  readonly seed?: number;
  /** Called after each epoch with the averaged model so far (e.g. to score a development set). */
  readonly onEpoch?: (epoch: number, model: NerModel) => void;
}

/** A small deterministic PRNG (mulberry32) for the shuffle. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Averaged {
  readonly w: Float32Array;
  readonly u: Float64Array;
  constructor(size: number) {
    this.w = new Float32Array(size);
    this.u = new Float64Array(size);
  }
  add(index: number, delta: number, c: number): void {
    this.w[index]! += delta;
    this.u[index]! += c * delta;
  }
  average(c: number): Float32Array {
    const out = new Float32Array(this.w.length);
    for (let i = 0; i < out.length; i++) out[i] = this.w[i]! - this.u[i]! / c;
    return out;
  }
}

export function trainPerceptron(tagSet: TagSet, resources: FeatureResources, data: readonly TrainingSentence[], options: TrainOptions): TrainedModel {
  const nTags = tagSet.tags.length;
  const mask = (1 << options.hashBits) - 1;
  const weights = new Averaged((mask + 1) * nTags);
  const transitions = new Averaged((nTags + 1) * nTags);
  const current = (): NerModel => ({ tagSet, hashBits: options.hashBits, weights: new DenseWeights(weights.w, nTags), transitions: transitions.w, resources });
  const averaged = (c: number): TrainedModel => ({ ...current(), weights: new DenseWeights(weights.average(c), nTags), transitions: transitions.average(c) });
  const order = data.map((_, i) => i);
  const next = random(options.seed ?? 1);
  let c = 1;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const model = current();
    for (const index of order) {
      const { features, gold } = data[index]!;
      const predicted = decodeSentence(model, features);
      for (let i = 0; i < gold.length; i++) {
        const g = gold[i]!;
        const p = predicted[i]!;
        const gPrev = i === 0 ? -1 : gold[i - 1]!;
        const pPrev = i === 0 ? -1 : predicted[i - 1]!;
        if (g !== p) {
          for (const f of tokenFeatures(features, i)) {
            const base = (f & mask) * nTags;
            weights.add(base + g, 1, c);
            weights.add(base + p, -1, c);
          }
        }
        if (g !== p || gPrev !== pPrev) {
          transitions.add((gPrev + 1) * nTags + g, 1, c);
          transitions.add((pPrev + 1) * nTags + p, -1, c);
        }
      }
      c++;
    }
    options.onEpoch?.(epoch, averaged(c));
  }
  return averaged(c);
}
