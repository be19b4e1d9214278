/**
 * The lookup key of a place name: case, accents, full stops, apostrophes, hyphens and the spelling of
 * "Saint" do not tell two places apart in a dateline ("ST. LOUIS" is "Saint Louis", "SAO PAULO" is
 * "São Paulo", "WINSTON-SALEM" is "Winston Salem").
 *
 * @example placeKey('ST. LOUIS') === 'st louis'; placeKey('São Paulo') === 'sao paulo'
 */
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}/gu;
const DROPPED = /[.'’`‘]/g;
const SPACING = /[\s\-‐–_/]+/g;

// Already a key once lower-cased: the common case, worth a fast path when 700,000 names are keyed.
const PLAIN = /^[a-z]+(?: [a-z]+)*$/;

export function placeKey(name: string): string {
  let key = name.toLowerCase();
  if (!PLAIN.test(key)) {
    if (NON_ASCII.test(key)) key = key.normalize('NFD').replace(MARKS, '');
    key = key.replace(DROPPED, '').replace(SPACING, ' ').trim();
  }
  if (key.startsWith('saint ')) key = `st ${key.slice(6)}`;
  else if (key.startsWith('sainte ')) key = `ste ${key.slice(7)}`;
  return key;
}
