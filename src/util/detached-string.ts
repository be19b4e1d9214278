/**
 * A copy of a string that does not keep alive the text it was cut from. V8 makes a slice of 13 or
 * more characters (`text.slice(a, b)`, a token, a name) a view into its parent, so one such slice
 * kept as a cache key keeps the whole article's text in memory: caches that outlive their article
 * should store keys through this. Call it once per new key, not per look-up.
 *
 * @example cache.set(detachedString(name), readings) // name was text.slice(start, end)
 */
export function detachedString(text: string): string {
  // Shorter slices are copies already. JSON's round trip builds a fresh flat string, lone
  // surrogates included (stringify escapes them, parse restores them).
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}
