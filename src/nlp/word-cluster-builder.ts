/**
 * Induces word clusters from unlabelled text: each frequent word is described by the words seen
 * just before and after it (the most frequent words as contexts, square-rooted and normalised
 * counts), and the words are split in two again and again by spherical 2-means. The path of
 * splits is the word's bit string, so prefixes are coarser clusters, as with Brown clusters.
 * Only the table (word → bits) is kept, never the text.
 *
 * @example induceClusters(() => sentences, { words: 30000, contexts: 500, depth: 12 }) → Map { 'minister' → '0110…' }
 */

export interface ClusterOptions {
  /** How many of the most frequent words get a cluster. */
  readonly words: number;
  /** How many of the most frequent words serve as left and right contexts. */
  readonly contexts: number;
  /** Depth of the split tree, i.e. the longest bit string. */
  readonly depth: number;
  /** Clusters smaller than this are not split further. */
  readonly minLeaf?: number;
  readonly seed?: number;
}

/** Lower-case word counts over all sentences. */
function countWords(sentences: () => Iterable<readonly string[]>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sentence of sentences()) for (const w of sentence) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

function topWords(counts: Map<string, number>, n: number): string[] {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([w]) => w);
}

/** Unit-length context vectors (`words × 2·(contexts + 1)`; the extra slot is "any other word"). */
function contextVectors(sentences: () => Iterable<readonly string[]>, vocab: Map<string, number>, contexts: Map<string, number>, dims: number): Float32Array {
  const half = dims / 2;
  const vectors = new Float32Array(vocab.size * dims);
  for (const sentence of sentences()) {
    for (let i = 0; i < sentence.length; i++) {
      const row = vocab.get(sentence[i]!);
      if (row === undefined) continue;
      const left = i > 0 ? contexts.get(sentence[i - 1]!) ?? half - 1 : half - 1;
      const right = i + 1 < sentence.length ? contexts.get(sentence[i + 1]!) ?? half - 1 : half - 1;
      vectors[row * dims + left]! += 1;
      vectors[row * dims + half + right]! += 1;
    }
  }
  for (let r = 0; r < vocab.size; r++) {
    let norm = 0;
    for (let d = 0; d < dims; d++) {
      const v = Math.sqrt(vectors[r * dims + d]!);
      vectors[r * dims + d] = v;
      norm += v * v;
    }
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) vectors[r * dims + d]! /= norm;
  }
  return vectors;
}

function dot(vectors: Float32Array, row: number, centre: Float64Array, dims: number): number {
  let s = 0;
  const base = row * dims;
  for (let d = 0; d < dims; d++) s += vectors[base + d]! * centre[d]!;
  return s;
}

/** Splits `members` in two by spherical 2-means; returns the two halves. */
function split(vectors: Float32Array, dims: number, members: Int32Array, next: () => number): [Int32Array, Int32Array] {
  const centres = [new Float64Array(dims), new Float64Array(dims)];
  const first = members[Math.floor(next() * members.length)]!;
  // The second seed is the word least like the first, so that the halves start apart.
  let second = first;
  let lowest = Infinity;
  const firstVector = Float64Array.from(vectors.subarray(first * dims, (first + 1) * dims));
  for (const m of members) {
    const similarity = dot(vectors, m, firstVector, dims);
    if (similarity < lowest) {
      lowest = similarity;
      second = m;
    }
  }
  for (let d = 0; d < dims; d++) {
    centres[0]![d] = vectors[first * dims + d]!;
    centres[1]![d] = vectors[second * dims + d]!;
  }
  const side = new Uint8Array(members.length);
  for (let iteration = 0; iteration < 8; iteration++) {
    members.forEach((m, k) => (side[k] = dot(vectors, m, centres[0]!, dims) >= dot(vectors, m, centres[1]!, dims) ? 0 : 1));
    for (const c of centres) c.fill(0);
    members.forEach((m, k) => {
      const c = centres[side[k]!]!;
      for (let d = 0; d < dims; d++) c[d]! += vectors[m * dims + d]!;
    });
    // Spherical k-means compares directions: unnormalised, the larger half's centre would win every word.
    for (const c of centres) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += c[d]! * c[d]!;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) c[d]! /= norm;
    }
  }
  const left = members.filter((_, k) => side[k] === 0);
  const right = members.filter((_, k) => side[k] === 1);
  return [left, right];
}

export function induceClusters(sentences: () => Iterable<readonly string[]>, options: ClusterOptions): Map<string, string> {
  const counts = countWords(sentences);
  const words = topWords(counts, options.words);
  const vocab = new Map(words.map((w, i) => [w, i]));
  const contexts = new Map(words.slice(0, options.contexts).map((w, i) => [w, i]));
  const dims = 2 * (options.contexts + 1);
  const vectors = contextVectors(sentences, vocab, contexts, dims);
  let state = options.seed ?? 1;
  const next = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const bits = new Map<string, string>();
  const minLeaf = options.minLeaf ?? 4;
  const stack: { members: Int32Array; path: string }[] = [{ members: Int32Array.from(words.keys()), path: '' }];
  while (stack.length > 0) {
    const { members, path } = stack.pop()!;
    if (path.length >= options.depth || members.length < minLeaf * 2) {
      for (const m of members) bits.set(words[m]!, path || '0');
      continue;
    }
    const [left, right] = split(vectors, dims, members, next);
    if (left.length === 0 || right.length === 0) {
      for (const m of members) bits.set(words[m]!, path || '0');
      continue;
    }
    stack.push({ members: left, path: `${path}0` }, { members: right, path: `${path}1` });
  }
  return bits;
}
