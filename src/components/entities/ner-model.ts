/**
 * The name model: hashed feature weights per tag plus tag-transition weights, decoded with
 * Viterbi under the BILOU constraints. The same decoder serves training (float weights) and
 * the shipped model (8-bit weights with a scale per row).
 *
 * @example tagsToSpans(model.tagSet, decodeSentence(model, features)) → [{ start: 0, end: 2, type: 'PER' }]
 */
import type { FeatureResources, SentenceFeatures } from './ner-features.js';
import { EDGE_ATTRIBUTES, WINDOW, wordFeatures } from './ner-features.js';
import type { WordInfo } from './ner-word-info.js';
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
  private edge: Float64Array | null = null;

  /** The scores of a word, kept on its WordInfo (which WordAttributeCache hands out once per distinct word). */
  get(model: NerModel, info: WordInfo): Float64Array {
    if (info.scoresOwner !== this) {
      info.scores = sumWordScores(model, info.attrs);
      info.scoresOwner = this;
    }
    return info.scores!;
  }

  /** The scores of the non-word before a sentence and after it. */
  getEdge(model: NerModel): Float64Array {
    return (this.edge ??= sumWordScores(model, EDGE_ATTRIBUTES));
  }
}

function sumWordScores(model: NerModel, attrs: Uint32Array): Float64Array {
  const nTags = model.tagSet.tags.length;
  const mask = (1 << model.hashBits) - 1;
  const scores = new Float64Array(WINDOW.length * nTags);
  WINDOW.forEach((d, k) => {
    for (const f of wordFeatures(attrs, d)) model.weights.addRow(f & mask, scores, k * nTags);
  });
  return scores;
}

/**
 * Buffers that decoding one sentence after another can reuse: allocating typed arrays for every
 * sentence (scores, Viterbi table, back-pointers) cost more than filling them. They only grow.
 */
export class DecodeWorkspace {
  emissions = new Float64Array(0);
  best = new Float64Array(0);
  back = new Int32Array(0);
  /** Each window slot's word scores, for the sentence being scored (two edge slots either side). */
  readonly windowScores: Float64Array[] = [];

  /** Makes room for a sentence of `cells` token × tag cells. */
  reserve(cells: number): void {
    if (this.emissions.length >= cells) return;
    const size = Math.max(cells, this.emissions.length * 2);
    this.emissions = new Float64Array(size);
    this.best = new Float64Array(size);
    this.back = new Int32Array(size);
  }
}

/**
 * Emission scores `[token * tags + tag]` of one sentence, written into `workspace.emissions`
 * (or a new array without a workspace).
 */
export function emissionScores(model: NerModel, sentence: SentenceFeatures, workspace?: DecodeWorkspace): Float64Array {
  const nTags = model.tagSet.tags.length;
  const n = sentence.offsets.length - 1;
  const mask = (1 << model.hashBits) - 1;
  const scores = workspace ? workspace.emissions.fill(0, 0, n * nTags) : new Float64Array(n * nTags);
  const { feats, offsets, infos } = sentence;
  const weights = model.weights;
  const cache = model.wordScores;
  // Each word's cached scores, looked up once per token rather than once per window position.
  const cached = cache ? windowScores(model, cache, infos, workspace?.windowScores ?? []) : null;
  const scratch: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = i * nTags;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) weights.addRow(feats[k]! & mask, scores, row);
    if (cached) {
      addWindowScores(scores, row, nTags, cached[i]!, cached[i + 1]!, cached[i + 2]!, cached[i + 3]!, cached[i + 4]!);
      continue;
    }
    for (let k = 0; k < WINDOW.length; k++) {
      const j = i + WINDOW[k]!;
      scratch.length = 0;
      for (const f of wordFeatures(j >= 0 && j < n ? infos[j]!.attrs : EDGE_ATTRIBUTES, WINDOW[k]!, scratch)) weights.addRow(f & mask, scores, row);
    }
  }
  return scores;
}

/**
 * Adds the word scores of a token's five window slots (words at -2 .. +2) to its row. One pass
 * over the tags, each score read and written once, with the additions in window order as before.
 */
function addWindowScores(scores: Float64Array, row: number, nTags: number, m2: Float64Array, m1: Float64Array, own: Float64Array, p1: Float64Array, p2: Float64Array): void {
  for (let t = 0; t < nTags; t++) {
    let s = scores[row + t]!;
    s += m2[t]!;
    s += m1[nTags + t]!;
    s += own[2 * nTags + t]!;
    s += p1[3 * nTags + t]!;
    s += p2[4 * nTags + t]!;
    scores[row + t] = s;
  }
}

/** The word scores of slots -2 .. n + 1 of a sentence of n words, in `out[0 .. n + 4)`. */
function windowScores(model: NerModel, cache: WordScoreCache, infos: readonly WordInfo[], out: Float64Array[]): Float64Array[] {
  const n = infos.length;
  const edge = cache.getEdge(model);
  out[0] = edge;
  out[1] = edge;
  for (let j = 0; j < n; j++) out[j + 2] = cache.get(model, infos[j]!);
  out[n + 2] = edge;
  out[n + 3] = edge;
  return out;
}

/**
 * The best legal tag sequence for one sentence. With a workspace, the buffers are reused (the tags
 * returned are the caller's own either way).
 */
export function decodeSentence(model: NerModel, sentence: SentenceFeatures, workspace = new DecodeWorkspace()): Int32Array {
  const { allowed, final } = model.tagSet;
  const nTags = model.tagSet.tags.length;
  const n = sentence.offsets.length - 1;
  workspace.reserve(n * nTags);
  const emissions = emissionScores(model, sentence, workspace);
  const trans = model.transitions;
  const best = workspace.best.fill(-Infinity, 0, n * nTags);
  const back = workspace.back;
  const { from, first, weight } = transitionList(model);
  for (let t = 0; t < nTags; t++) if (allowed[t]) best[t] = trans[t]! + emissions[t]!;
  for (let i = 1; i < n; i++) {
    const prevRow = (i - 1) * nTags;
    const row = i * nTags;
    for (let t = 0; t < nTags; t++) {
      let top = -Infinity;
      let arg = 0;
      for (let k = first[t]!, stop = first[t + 1]!; k < stop; k++) {
        const p = from[k]!;
        const s = best[prevRow + p]! + weight[k]!;
        if (s > top) {
          top = s;
          arg = p;
        }
      }
      best[row + t] = top + emissions[row + t]!;
      back[row + t] = arg;
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

/**
 * The legal transitions inside a sentence as one flat list, tag by tag: the predecessors of tag t
 * are `from[first[t] .. first[t + 1])`, each with its transition weight. A model whose weights no
 * longer change (one with word scores) keeps its list; training, which updates the weights between
 * sentences, gets a fresh one each time.
 */
interface TransitionList {
  readonly from: Int32Array;
  readonly first: Int32Array;
  readonly weight: Float64Array;
}

const TRANSITION_LISTS = new WeakMap<NerModel, TransitionList>();

function transitionList(model: NerModel): TransitionList {
  const kept = TRANSITION_LISTS.get(model);
  if (kept) return kept;
  const { predecessors } = model.tagSet;
  const nTags = model.tagSet.tags.length;
  const size = predecessors.reduce((sum, preds) => sum + preds.length, 0);
  const list = { from: new Int32Array(size), first: new Int32Array(nTags + 1), weight: new Float64Array(size) };
  let k = 0;
  for (let t = 0; t < nTags; t++) {
    list.first[t] = k;
    for (const p of predecessors[t]!) {
      list.from[k] = p;
      list.weight[k++] = model.transitions[(p + 1) * nTags + t]!;
    }
  }
  list.first[nTags] = k;
  if (model.wordScores) TRANSITION_LISTS.set(model, list);
  return list;
}
