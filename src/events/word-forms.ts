/**
 * Inflected forms of a trigger word, so that a dictionary names a lemma once ("attack") and matches
 * "attacks", "attacked", "attacking". Regular English rules plus the dictionary's `forms` lines for
 * irregular verbs. Over-generation is harmless (a non-word never occurs in text), under-generation
 * loses events, so ambiguous rules produce every candidate.
 *
 * @example verbForms('stop', new Map()) // ['stop', 'stops', 'stopped', 'stopping', 'stoped', ...]
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

function endsWithSibilant(word: string): boolean {
  return /(s|x|z|ch|sh)$/.test(word);
}

function thirdPerson(word: string): string[] {
  if (/[^aeiou]y$/.test(word)) return [`${word.slice(0, -1)}ies`];
  return [endsWithSibilant(word) ? `${word}es` : `${word}s`];
}

export function verbForms(lemma: string, irregular: ReadonlyMap<string, readonly string[]>): string[] {
  const forms = new Set<string>([lemma, ...thirdPerson(lemma), ...(irregular.get(lemma) ?? [])]);
  const last = lemma.at(-1) ?? '';
  if (last === 'e') {
    forms.add(`${lemma}d`);
    forms.add(`${lemma.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(lemma)) {
    forms.add(`${lemma.slice(0, -1)}ied`);
    forms.add(`${lemma}ing`);
  } else {
    forms.add(`${lemma}ed`);
    forms.add(`${lemma}ing`);
    // Consonant-vowel-consonant endings double in stressed syllables (stop → stopped) and not in
    // others (visit → visited); both are produced.
    const cvc = lemma.length >= 3 && !VOWELS.has(last) && !'wxy'.includes(last) && VOWELS.has(lemma.at(-2) ?? '') && !VOWELS.has(lemma.at(-3) ?? '');
    if (cvc) {
      forms.add(`${lemma}${last}ed`);
      forms.add(`${lemma}${last}ing`);
    }
  }
  return [...forms];
}

/** A noun head and its plural: "bombardment" → bombardments; "talks" stays as written. */
export function nounForms(word: string): string[] {
  if (word.endsWith('s') && !word.endsWith('ss')) return [word];
  return [word, ...thirdPerson(word)];
}

/** The forms that count as a past participle after "be" (for passives): -ed forms and irregulars. */
export function isParticipleForm(form: string, lemma: string, irregular: ReadonlyMap<string, readonly string[]>): boolean {
  if (form === lemma && !(irregular.get(lemma) ?? []).includes(lemma)) return false;
  if (form.endsWith('ed')) return true;
  return (irregular.get(lemma) ?? []).includes(form) && !form.endsWith('ing') && !form.endsWith('s');
}
