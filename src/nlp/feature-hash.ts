/**
 * Feature hashing: features are 32-bit integers, never strings, so a model needs no feature
 * dictionary. A string is hashed once (FNV-1a); templates combine hashes with an integer mix.
 */

/** FNV-1a over UTF-16 code units, as an unsigned 32-bit integer. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  return hashRange(text, 0, text.length, seed);
}

/**
 * hashString of `text.slice(start, end)` (0 ≤ start ≤ end ≤ length), without making that string:
 * a word's prefixes and suffixes are hashed for every new word.
 */
export function hashRange(text: string, start: number, end: number, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines two hashes (or a hash and a template number) into one, well mixed (murmur3 finaliser). */
export function mixHash(a: number, b: number): number {
  let h = (a ^ Math.imul(b + 0x9e3779b9, 0x85ebca6b)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
