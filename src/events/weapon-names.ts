/**
 * Weapons a story names by a proper name ("a few Oreshnik intermediate-range missile systems",
 * "Tomahawk cruise missiles") read as weapons where the name stands alone as the object of a verb of
 * use ("Russia could use Oreshnik again"), so the dictionary's "use ... weapons" codes the act (and,
 * held out as possible, the threat). A name counts once the story puts it before a weapon noun with
 * only lowercase words between; names of countries and peoples ("Russian missiles") never follow
 * "use" alone, so they are not read this way.
 *
 * @example weaponReadings(sentences) // Oreshnik at "could use Oreshnik" → 'weapons'
 */
import type { Token } from '../document/layers.js';
import { lowerKey } from './event-tokens.js';

const WEAPON_NOUNS = new Set([
  'missile', 'missiles', 'rocket', 'rockets', 'warhead', 'warheads', 'drone', 'drones', 'bomber', 'bombers',
  'torpedo', 'torpedoes', 'weapon', 'weapons', 'howitzer', 'howitzers',
]);
const USE = new Set(['use', 'uses', 'used', 'using']);
const U = 'u'.charCodeAt(0);
const isUse = (word: string | undefined): boolean => word !== undefined && word.charCodeAt(0) === U && USE.has(word);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);
const REACH = 3;
/** Words that may follow the name when it stands alone: "use Oreshnik again", not "use Samsung chips". */
const AFTER_ALONE = new Set(['again', 'against', 'on', 'in', 'at', 'if', 'to', 'for', 'and', 'or', 'as', 'when', 'now', 'only', 'soon', 'first', 'then', 'there', 'here', 'too', 'once']);
/** What the matcher reads in place of a weapon's name. */
export const WEAPON_WORD = 'weapons';

/** Capitalised words the story puts before a weapon noun: "Oreshnik (intermediate-range) missile". */
function weaponNames(sentences: readonly (readonly Token[])[]): Set<string> {
  const names = new Set<string>();
  for (const tokens of sentences) {
    for (let k = 0; k < tokens.length; k++) {
      if (!WEAPON_NOUNS.has(lowerKey(tokens[k]!.text))) continue;
      for (let j = k - 1; j >= Math.max(0, k - REACH); j--) {
        const text = tokens[j]!.text;
        if (/^\p{Lu}\p{Ll}+$/u.test(text)) { names.add(text); break; }
        if (!/^[\p{Ll}-]+$/u.test(text)) break;
      }
    }
  }
  return names;
}

/**
 * A reader for one story: given a sentence's tokens and their lowercase keys, rewrites in `lowers`
 * each weapon name that stands alone after a verb of use ("use Oreshnik", "used the Tomahawk").
 * The story is scanned for names only once, and only when some sentence has such a capitalised object.
 */
export function weaponReader(sentences: readonly (readonly Token[])[]): (tokens: readonly Token[], lowers: string[]) => void {
  let names: Set<string> | undefined;
  return (tokens, lowers) => {
    for (let k = 1; k < tokens.length; k++) {
      // Every verb of use starts with "u" and no determiner does: one character code turns away most words.
      const before = lowers[k - 1]!;
      if (before.charCodeAt(0) === U ? !USE.has(before) : !(isUse(lowers[k - 2]) && DETERMINERS.has(before))) continue;
      const text = tokens[k]!.text;
      const after = tokens[k + 1]?.text ?? '.';
      if (!/^\p{Lu}\p{Ll}+$/u.test(text) || (/^\p{L}/u.test(after) && !AFTER_ALONE.has(after))) continue;
      names ??= weaponNames(sentences);
      if (names.has(text)) lowers[k] = WEAPON_WORD;
    }
  };
}
