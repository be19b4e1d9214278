/**
 * BILOU tags (Begin, Inside, Last, Outside, Unit) over the model's name types, the legal
 * transitions between them, and conversion between tag sequences and token spans.
 *
 * @example tagsToSpans(['B-PER', 'L-PER', 'O']) → [{ start: 0, end: 2, type: 'PER' }]
 */

/** A name over tokens `start` (inclusive) to `end` (exclusive). */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

export interface TagSet {
  readonly types: readonly string[];
  readonly tags: readonly string[];
  /** `allowed[(prev + 1) * tags.length + next]`; row 0 is the sentence start. */
  readonly allowed: Uint8Array;
  /** `final[t]` is 1 when a sentence may end on tag t. */
  readonly final: Uint8Array;
  /** The tags that may precede each tag inside a sentence (what Viterbi loops over). */
  readonly predecessors: readonly Int32Array[];
}

export function createTagSet(types: readonly string[]): TagSet {
  const tags = ['O', ...types.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))];
  const n = tags.length;
  const allowed = new Uint8Array((n + 1) * n);
  const final = new Uint8Array(n);
  const open = (tag: string | null): string | null => (tag && (tag.startsWith('B-') || tag.startsWith('I-')) ? tag.slice(2) : null);
  for (let prev = -1; prev < n; prev++) {
    const openType = open(prev < 0 ? null : tags[prev]!);
    for (let next = 0; next < n; next++) {
      const tag = tags[next]!;
      const continues = tag.startsWith('I-') || tag.startsWith('L-');
      const ok = openType === null ? !continues : continues && tag.slice(2) === openType;
      allowed[(prev + 1) * n + next] = ok ? 1 : 0;
    }
  }
  tags.forEach((tag, t) => (final[t] = open(tag) === null ? 1 : 0));
  const predecessors = tags.map((_, next) => Int32Array.from(tags.keys()).filter((prev) => allowed[(prev + 1) * n + next] === 1));
  return { types, tags, allowed, final, predecessors };
}

/** Tag indices for a sentence of `length` tokens with the given (non-overlapping) spans. */
export function spansToTags(tagSet: TagSet, length: number, spans: readonly TokenSpan[]): Int32Array {
  const index = new Map(tagSet.tags.map((t, i) => [t, i]));
  const tags = new Int32Array(length);
  for (const span of spans) {
    const single = span.end - span.start === 1;
    for (let i = span.start; i < span.end; i++) {
      const prefix = single ? 'U' : i === span.start ? 'B' : i === span.end - 1 ? 'L' : 'I';
      const tag = index.get(`${prefix}-${span.type}`);
      if (tag === undefined) throw new Error(`unknown name type "${span.type}"`);
      tags[i] = tag;
    }
  }
  return tags;
}

/** Each tag's prefix letter and type ("B", "PER"), worked out once per tag set, not per token. */
const TAG_PARTS = new WeakMap<TagSet, { readonly prefixes: readonly string[]; readonly types: readonly string[] }>();

function tagParts(tagSet: TagSet): { readonly prefixes: readonly string[]; readonly types: readonly string[] } {
  let parts = TAG_PARTS.get(tagSet);
  if (parts === undefined) {
    parts = { prefixes: tagSet.tags.map((tag) => tag[0]!), types: tagSet.tags.map((tag) => tag.slice(2)) };
    TAG_PARTS.set(tagSet, parts);
  }
  return parts;
}

/** Spans of a tag sequence; a malformed sequence is read leniently (a stray I- starts a name). */
export function tagsToSpans(tagSet: TagSet, tags: ArrayLike<number>): TokenSpan[] {
  const { prefixes, types } = tagParts(tagSet);
  const spans: TokenSpan[] = [];
  let start = -1;
  let type = '';
  for (let i = 0; i < tags.length; i++) {
    const prefix = prefixes[tags[i]!];
    const tagType = types[tags[i]!]!;
    if (start >= 0 && (prefix === 'O' || prefix === 'B' || prefix === 'U' || tagType !== type)) {
      spans.push({ start, end: i, type });
      start = -1;
    }
    if (prefix === 'O') continue;
    if (start < 0) {
      start = i;
      type = tagType;
    }
    if (prefix === 'L' || prefix === 'U') {
      spans.push({ start, end: i + 1, type });
      start = -1;
    }
  }
  if (start >= 0) spans.push({ start, end: tags.length, type });
  return spans;
}
