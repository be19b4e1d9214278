/**
 * The name model: hashed feature weights per tag plus tag-transition weights, decoded with
 * Viterbi under the BILOU constraints. The same decoder serves training (float weights) and
 * the shipped model (8-bit weights with a scale per row).
 *
 * @example tagsToSpans(model.tagSet, decodeSentence(model, features)) → [{ start: 0, end: 2, type: 'PER' }]
 */
import type { FeatureResources, SentenceFeatures } from './ner-features.js';
import { EDGE_ATTRIBUTES, WINDOW, wordFeatures } from './ner-features.js';
import type { TagSet } from './ner-tags.js';
import type { WeightTable } from './weight-table.js';

export interface NerModel {
  readonly tagSet: TagSet;
  /** log2 of the number of hash buckets. */
  readonly hashBits: number;
  /** Per-tag weights of each hash bucket. */
  readonly weights: WeightTable;
  /** `transitions[(prev + 1) * tags + next]`, row 0 for the sentence start. */
  readonly transitions: Float32Array;
  /** Summed word-feature scores per distinct word, for a model whose weights no longer change. */
  readonly wordScores?: WordScoreCache;
  readonly resources: FeatureResources;
}

/**
 * The scores a word adds to the tokens around it, summed once per distinct word: for each window
 * position, what its features add per tag. Words repeat (Zipf), so most tokens cost five row
 * additions instead of some thirty table look-ups.
 */
export class WordScoreCache {
  // Keyed by the word's attribute array, which WordAttributeCache hands out once per distinct word:
  // an identity look-up, with no second hashing of the word's text, and freed with that cache's entries.
  private readonly cache = new WeakMap<Uint32Array, Float64Array>();

  get(model: NerModel, attrs: Uint32Array): Float64Array {
    const hit = this.cache.get(attrs);
    if (hit) return hit;
    const nTags = model.tagSet.tags.length;
    const mask = (1 << model.hashBits) - 1;
    const scores = new Float64Array(WINDOW.length * nTags);
    WINDOW.forEach((d, k) => {
      for (const f of wordFeatures(attrs, d)) model.weights.addRow(f & mask, scores, k * nTags);
    });
    this.cache.set(attrs, scores);
    return scores;
  }
}

/** Emission scores `[token * tags + tag]` of one sentence. */
export function emissionScores(model: NerModel, sentence: SentenceFeatures): Float64Array {
  const nTags = model.tagSet.tags.length;
  const n = sentence.offsets.length - 1;
  const mask = (1 << model.hashBits) - 1;
  const scores = new Float64Array(n * nTags);
  const { feats, offsets, attrs } = sentence;
  const weights = model.weights;
  const cache = model.wordScores;
  // Each word's cached scores, looked up once per token rather than once per window position.
  const cached = cache ? Array.from({ length: n + 4 }, (_, j) => cache.get(model, j >= 2 && j < n + 2 ? attrs[j - 2]! : EDGE_ATTRIBUTES)) : null;
  const scratch: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = i * nTags;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) weights.addRow(feats[k]! & mask, scores, row);
    for (let k = 0; k < WINDOW.length; k++) {
      const j = i + WINDOW[k]!;
      if (cached) {
        const vector = cached[j + 2]!;
        const base = k * nTags;
        for (let t = 0; t < nTags; t++) scores[row + t]! += vector[base + t]!;
      } else {
        scratch.length = 0;
        for (const f of wordFeatures(j >= 0 && j < n ? attrs[j]! : EDGE_ATTRIBUTES, WINDOW[k]!, scratch)) weights.addRow(f & mask, scores, row);
      }
    }
  }
  return scores;
}

/** The best legal tag sequence for one sentence. */
export function decodeSentence(model: NerModel, sentence: SentenceFeatures): Int32Array {
  const { allowed, final, predecessors } = model.tagSet;
  const nTags = model.tagSet.tags.length;
  const n = sentence.offsets.length - 1;
  const emissions = emissionScores(model, sentence);
  const trans = model.transitions;
  const best = new Float64Array(n * nTags).fill(-Infinity);
  const back = new Int32Array(n * nTags);
  for (let t = 0; t < nTags; t++) if (allowed[t]) best[t] = trans[t]! + emissions[t]!;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < nTags; t++) {
      let top = -Infinity;
      let arg = 0;
      const preds = predecessors[t]!;
      for (let k = 0; k < preds.length; k++) {
        const p = preds[k]!;
        const s = best[(i - 1) * nTags + p]! + trans[(p + 1) * nTags + t]!;
        if (s > top) {
          top = s;
          arg = p;
        }
      }
      best[i * nTags + t] = top + emissions[i * nTags + t]!;
      back[i * nTags + t] = arg;
    }
  }
  const tags = new Int32Array(n);
  if (n === 0) return tags;
  let last = 0;
  let top = -Infinity;
  for (let t = 0; t < nTags; t++) {
    const s = best[(n - 1) * nTags + t]!;
    if (final[t] && s > top) {
      top = s;
      last = t;
    }
  }
  tags[n - 1] = last;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * nTags + tags[i]!]!;
  return tags;
}
