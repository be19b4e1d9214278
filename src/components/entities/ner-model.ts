/**
 * The name model: hashed feature weights per tag plus tag-transition weights, decoded with
 * Viterbi under the BILOU constraints. The same decoder serves training (float weights) and
 * the shipped model (8-bit weights with a scale per row).
 *
 * @example tagsToSpans(model.tagSet, decodeSentence(model, features)) → [{ start: 0, end: 2, type: 'PER' }]
 */
import type { FeatureResources, SentenceFeatures } from './ner-features.js';
import { EDGE_ATTRIBUTES, neighbourAttributeFeature, OWN_WORD_BIAS, ownAttributeFeature, WINDOW, WINDOW_ATTRIBUTES, wordFeatures } from './ner-features.js';
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

/** Most words whose scores a WordScoreCache keeps at once (5 × 17 float64 each: 45 MB at most). */
const MAX_SCORED_WORDS = 65_536;

/** Stamps of WordScoreCache generations, unique across caches: a word scored by one cache is never read as another's. */
let lastStamp = 0;

/**
 * The scores a word adds to the tokens around it, summed once per distinct word: for each window
 * position, what its features add per tag. Words repeat (Zipf), so most tokens cost five row
 * additions instead of some thirty table look-ups. The sums live in one flat table, a word's slot
 * noted on its WordInfo (a field read, no map look-up per token), slot 0 holding the edge's: an
 * array per word, as before, made the garbage collector track 77,000 buffers over Reuters-21578 and
 * grew with every new word. The table is bounded: when full, it forgets every word at once, between
 * sentences (the few thousand frequent words are scored again at once).
 */
export class WordScoreCache {
  /** `slots[slot * stride + k * tags + tag]`: what the word adds at window position WINDOW[k]. */
  private slots = new Float64Array(0);
  private stride = 0;
  private used = 0;
  private stamp = ++lastStamp;

  constructor(private readonly capacity = MAX_SCORED_WORDS) {}

  /** The flat table of sums, indexed by `offsetOf`: read it after a sentence's `offsetOf` calls (they may enlarge it). */
  get table(): Float64Array {
    return this.slots;
  }

  /** Makes room for `words` more words (one sentence's): forgets them all when they would not fit. */
  reserve(model: NerModel, words: number): void {
    if (this.used === 0) this.init(model);
    if (this.used + words <= this.capacity) return;
    this.used = 1;
    this.stamp = ++lastStamp;
  }

  /** Where the scores of a word start in `table`, summed on first use. Call `reserve` first. */
  offsetOf(model: NerModel, info: WordInfo): number {
    if (info.scoreStamp !== this.stamp) {
      const slot = this.used++;
      if ((slot + 1) * this.stride > this.slots.length) this.grow((slot + 1) * this.stride);
      sumWordScores(model, info.attrs, this.slots, slot * this.stride);
      info.scoreStamp = this.stamp;
      info.scoreSlot = slot;
    }
    return info.scoreSlot * this.stride;
  }

  private init(model: NerModel): void {
    this.stride = WINDOW.length * model.tagSet.tags.length;
    this.slots = new Float64Array(64 * this.stride);
    sumWordScores(model, EDGE_ATTRIBUTES, this.slots, 0);
    this.used = 1;
  }

  /** Doubles the table (up to capacity, or `length` for a sentence longer than that), keeping the slots filled so far. */
  private grow(length: number): void {
    const larger = new Float64Array(Math.max(length, Math.min(2 * this.slots.length, this.capacity * this.stride)));
    larger.set(this.slots);
    this.slots = larger;
  }
}

/**
 * Writes a word's summed scores into `out[at .. at + WINDOW.length × tags)`, overwriting what was there:
 * the features of `wordFeatures`, in its order, without building their list (this runs for every
 * word a cache generation meets).
 */
function sumWordScores(model: NerModel, attrs: Uint32Array, out: Float64Array, at: number): void {
  const nTags = model.tagSet.tags.length;
  const mask = (1 << model.hashBits) - 1;
  const weights = model.weights;
  out.fill(0, at, at + WINDOW.length * nTags);
  for (let k = 0; k < WINDOW.length; k++) {
    const d = WINDOW[k]!;
    const row = at + k * nTags;
    if (d === 0) {
      weights.addRow(OWN_WORD_BIAS & mask, out, row);
      for (let a = 0; a < attrs.length; a++) weights.addRow(ownAttributeFeature(attrs[a]!, a) & mask, out, row);
    } else {
      for (const a of WINDOW_ATTRIBUTES) weights.addRow(neighbourAttributeFeature(attrs[a]!, d, a) & mask, out, row);
    }
  }
}

/**
 * Buffers that decoding one sentence after another can reuse: allocating typed arrays for every
 * sentence (scores, Viterbi table, back-pointers) cost more than filling them. They only grow.
 */
export class DecodeWorkspace {
  emissions = new Float64Array(0);
  best = new Float64Array(0);
  back = new Int32Array(0);
  /** Offsets of each window slot's word scores in the WordScoreCache table (two edge slots either side). */
  windowOffsets = new Int32Array(0);
  /** The decoded tags of the last sentence (see `decodeInto`). */
  tags = new Int32Array(0);

  /** Makes room for a sentence of `tokens` tokens of `tags` tags each. */
  reserve(tokens: number, tags: number): void {
    const cells = tokens * tags;
    if (this.emissions.length < cells) {
      const size = Math.max(cells, this.emissions.length * 2);
      this.emissions = new Float64Array(size);
      this.best = new Float64Array(size);
      this.back = new Int32Array(size);
    }
    if (this.tags.length < tokens) {
      const size = Math.max(tokens, this.tags.length * 2);
      this.tags = new Int32Array(size);
      this.windowOffsets = new Int32Array(size + WINDOW.length - 1);
    }
  }
}

/**
 * Emission scores `[token * tags + tag]` of one sentence, written into `workspace.emissions`
 * (or a new array without a workspace): each token's contextual features, then its word features.
 */
export function emissionScores(model: NerModel, sentence: SentenceFeatures, workspace?: DecodeWorkspace): Float64Array {
  const nTags = model.tagSet.tags.length;
  const n = sentence.offsets.length - 1;
  workspace?.reserve(n, nTags);
  const scores = workspace ? workspace.emissions.fill(0, 0, n * nTags) : new Float64Array(n * nTags);
  const cache = model.wordScores;
  if (cache) {
    addScoresWithCache(model, cache, sentence, scores, workspace?.windowOffsets ?? new Int32Array(n + WINDOW.length - 1));
  } else {
    for (let i = 0; i < n; i++) addContextScores(model, sentence, i, scores);
    addWordScores(model, sentence.infos, scores);
  }
  return scores;
}

/** Adds the weights of token i's contextual features to its row of `scores`. */
function addContextScores(model: NerModel, sentence: SentenceFeatures, i: number, scores: Float64Array): void {
  const { feats, offsets } = sentence;
  const mask = (1 << model.hashBits) - 1;
  const weights = model.weights;
  const row = i * model.tagSet.tags.length;
  for (let k = offsets[i]!, stop = offsets[i + 1]!; k < stop; k++) weights.addRow(feats[k]! & mask, scores, row);
}

/** Adds each token's word features (its window's words), feature by feature: for weights that still change. */
function addWordScores(model: NerModel, infos: readonly WordInfo[], scores: Float64Array): void {
  const nTags = model.tagSet.tags.length;
  const mask = (1 << model.hashBits) - 1;
  const n = infos.length;
  const scratch: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < WINDOW.length; k++) {
      const j = i + WINDOW[k]!;
      scratch.length = 0;
      for (const f of wordFeatures(j >= 0 && j < n ? infos[j]!.attrs : EDGE_ATTRIBUTES, WINDOW[k]!, scratch)) model.weights.addRow(f & mask, scores, i * nTags);
    }
  }
}

/**
 * Adds, token by token, its contextual features and then the cached word scores of its five window
 * slots (words at -2 .. +2): one pass over the tags, each score read and written once, the additions
 * in window order. `slots[j + 2]` is the table offset of word j's scores, the edge's outside the sentence.
 * (Adding word by word, each word's scores read in one sweep, measured no faster.)
 */
function addScoresWithCache(model: NerModel, cache: WordScoreCache, sentence: SentenceFeatures, scores: Float64Array, slots: Int32Array): void {
  const nTags = model.tagSet.tags.length;
  const infos = sentence.infos;
  const n = infos.length;
  cache.reserve(model, n);
  slots[0] = slots[1] = slots[n + 2] = slots[n + 3] = 0;
  for (let j = 0; j < n; j++) slots[j + 2] = cache.offsetOf(model, infos[j]!);
  const table = cache.table;
  for (let i = 0; i < n; i++) {
    addContextScores(model, sentence, i, scores);
    const row = i * nTags;
    const m2 = slots[i]!;
    const m1 = slots[i + 1]! + nTags;
    const own = slots[i + 2]! + 2 * nTags;
    const p1 = slots[i + 3]! + 3 * nTags;
    const p2 = slots[i + 4]! + 4 * nTags;
    for (let t = 0; t < nTags; t++) {
      let s = scores[row + t]!;
      s += table[m2 + t]!;
      s += table[m1 + t]!;
      s += table[own + t]!;
      s += table[p1 + t]!;
      s += table[p2 + t]!;
      scores[row + t] = s;
    }
  }
}

/**
 * The best legal tag sequence for one sentence. With a workspace, the buffers are reused (the tags
 * returned are the caller's own either way).
 */
export function decodeSentence(model: NerModel, sentence: SentenceFeatures, workspace = new DecodeWorkspace()): Int32Array {
  return decodeInto(model, sentence, workspace).slice();
}

/**
 * The best legal tag sequence for one sentence, as a view of `workspace.tags`: valid until the
 * workspace decodes the next sentence (a caller that turns tags into spans at once needs no copy).
 */
export function decodeInto(model: NerModel, sentence: SentenceFeatures, workspace: DecodeWorkspace): Int32Array {
  const { allowed, final } = model.tagSet;
  const nTags = model.tagSet.tags.length;
  const n = sentence.offsets.length - 1;
  const emissions = emissionScores(model, sentence, workspace);
  const trans = model.transitions;
  const best = workspace.best;
  const back = workspace.back;
  const tags = workspace.tags.subarray(0, n);
  if (n === 0) return tags;
  for (let t = 0; t < nTags; t++) best[t] = allowed[t] ? trans[t]! + emissions[t]! : -Infinity;
  viterbiRows(transitionList(model), nTags, n, emissions, best, back);
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

/** Fills the Viterbi table rows 1 .. n - 1 (best score ending in each tag, and its predecessor) from row 0. */
function viterbiRows(list: TransitionList, nTags: number, n: number, emissions: Float64Array, best: Float64Array, back: Int32Array): void {
  const { from, first, weight } = list;
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
