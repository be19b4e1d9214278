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

export function placeKey(name: string): string {
  let key = NON_ASCII.test(name) ? name.normalize('NFD').replace(MARKS, '') : name;
  key = key.toLowerCase().replace(DROPPED, '').replace(SPACING, ' ').trim();
  if (key.startsWith('saint ')) key = `st ${key.slice(6)}`;
  else if (key.startsWith('sainte ')) key = `ste ${key.slice(7)}`;
  return key;
}
