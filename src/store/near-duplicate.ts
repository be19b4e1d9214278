/**
 * The two signals that put articles into one story (story-grouping.ts):
 *
 * - **Title key**: the title lower-cased, without an outlet suffix (" - The New York Times",
 *   " | Reuters", " — BBC News": the part after the last " - ", " | " or " — " when it is at most
 *   five words), then without an attribution tail, which outlets write after a dash, a colon or a
 *   comma alike ("…, baby dies - Gaza health ministry" / "…, baby dies: Gaza health ministry";
 *   "… killed — including husband" / "… killed, including husband"): the part after the last ": ",
 *   or after the last ", " when it names a source or opens with "including", "citing" or "according
 *   to" ("…, officials say"), when it is at most five words and what comes before has at least six
 *   (so that "Ukraine war: Kyiv hit again" keeps its tail: a short topic before a colon is no headline),
 *   and when it is no episode of a series ("Dispatches from the front: A predawn assault", "What the
 *   board needs to know: cyber risk": a tail opening with an article, a head opening with a question
 *   word) nor a quotation;
 *   then without punctuation, spaces collapsed. Keys of fewer than four words are not used
 *   ("Update", "World news"): too many unrelated articles share them.
 * - **Text signature**: a MinHash of the word 3-shingles of the first ~1,000 characters. Two
 *   signatures agreeing in a fraction J of their 64 slots estimate a Jaccard similarity of J; a
 *   story takes an article at J ≥ NEAR_TEXT_THRESHOLD (0.8: the same wire copy with a changed
 *   sentence or headline scores ~0.85-0.95, two reports of one event in different words < 0.3).
 *   Openings of fewer than MIN_SHINGLES shingles get no signature: too short to compare.
 *
 * Candidates are found by locality-sensitive hashing: 16 bands of 4 slots, so a pair at J = 0.8
 * shares a band with probability 1 - (1 - 0.8^4)^16 ≈ 0.9999, at J = 0.3 with ≈ 0.12.
 *
 * @example storyTitleKey('Port talks stall again - The Daily Courier') // => 'port talks stall again'
 */
export const SIGNATURE_SIZE = 64;
export const BAND_ROWS = 4;
export const NEAR_TEXT_THRESHOLD = 0.8;
export const LEAD_CHARS = 1000;
const MIN_SHINGLES = 8;
const MIN_TITLE_WORDS = 4;
const MAX_SUFFIX_WORDS = 5;
const SEPARATORS = [' - ', ' | ', ' — ', ' – '];

function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
}

/** Words before a colon or comma attribution tail, at least: a headline, not a topic label. */
const MIN_HEAD_WORDS = 6;
/** A comma tail is an attribution when it opens with one of these or ends with a verb of saying. */
const ATTRIBUTION_OPENERS = /^(?:including|citing|according to)\b/;
const SAYING = /\b(?:says?|said|reports?|reported|claims?|warns?)$/;

/** The title without the tail after its last `separators`, when the tail passes `isTail`; else the title. */
function withoutTail(title: string, separators: readonly string[], isTail: (tail: string[], head: string[]) => boolean): string {
  const cut = Math.max(...separators.map((sep) => title.lastIndexOf(sep)));
  if (cut <= 0) return title;
  const head = title.slice(0, cut);
  const tail = title.slice(cut).replace(/^\s*[:,]?\s*/, '');
  // A quotation after the colon is what someone said, not who said it.
  if (separators !== SEPARATORS && /^["'“‘«]/.test(tail)) return title;
  return isTail(words(tail), words(head)) ? head : title;
}

const isOutlet = (tail: string[]) => tail.length <= MAX_SUFFIX_WORDS;
/** Tails that open like a phrase of their own ("A predawn assault") follow a series label, not a headline. */
const PHRASE_OPENERS = new Set(['a', 'an', 'the', 'this', 'these', 'that', 'those', 'our', 'my', 'his', 'her', 'their', 'its']);
/** A head that opens as a question ("What the board needs to know") is a label too. */
const QUESTION_OPENERS = new Set(['what', 'how', 'why', 'who', 'when', 'where', 'which']);
const isColonTail = (tail: string[], head: string[]) => tail.length >= 1 && tail.length <= MAX_SUFFIX_WORDS && head.length >= MIN_HEAD_WORDS
  && !PHRASE_OPENERS.has(tail[0]!) && !QUESTION_OPENERS.has(head[0]!);
const isCommaAttribution = (tail: string[], head: string[]) => {
  const text = tail.join(' ');
  return isColonTail(tail, head) && (ATTRIBUTION_OPENERS.test(text) || SAYING.test(text));
};

/** The title without an outlet suffix and an attribution tail, as a comparison key; null when too short to group on. */
export function storyTitleKey(title: string | null): string | null {
  if (title === null) return null;
  let main = withoutTail(title.trim(), SEPARATORS, isOutlet);
  const colon = withoutTail(main, [': '], isColonTail);
  main = colon !== main ? colon : withoutTail(main, [', '], isCommaAttribution);
  const key = words(main);
  return key.length >= MIN_TITLE_WORDS ? key.join(' ') : null;
}

/** 32-bit FNV-1a of a string. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** A cheap 32-bit mixer (murmur3's finaliser) to derive the slot hashes from one base hash. */
function mix(value: number): number {
  let h = value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x9e3779b9 + i));

/** The MinHash signature of the article's opening, or null when it is too short. */
export function textSignature(text: string): number[] | null {
  const tokens = words(text.slice(0, LEAD_CHARS));
  if (tokens.length - 2 < MIN_SHINGLES) return null;
  const signature = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (let i = 0; i + 2 < tokens.length; i++) {
    const base = fnv1a(`${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]}`);
    for (let s = 0; s < SIGNATURE_SIZE; s++) {
      const h = mix(base ^ SEEDS[s]!);
      if (h < signature[s]!) signature[s] = h;
    }
  }
  return signature;
}

/** The estimated Jaccard similarity of two signatures' shingle sets. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** One key per band; articles sharing any band key are candidates for near-text comparison. */
export function bandKeys(signature: readonly number[]): string[] {
  const keys: string[] = [];
  for (let b = 0; b * BAND_ROWS < SIGNATURE_SIZE; b++) {
    keys.push(`${b}:${signature.slice(b * BAND_ROWS, (b + 1) * BAND_ROWS).map((n) => n.toString(36)).join('.')}`);
  }
  return keys;
}

export function encodeSignature(signature: readonly number[]): string {
  return signature.map((n) => n.toString(36)).join('.');
}

export function decodeSignature(text: string | null): number[] | null {
  if (text === null) return null;
  const parts = text.split('.').map((part) => parseInt(part, 36));
  return parts.length === SIGNATURE_SIZE && parts.every(Number.isSafeInteger) ? parts : null;
}
