/**
 * Word shapes: a word's letters, digits and marks mapped to classes, the most useful single
 * feature for names that were never seen ("Albusaidi" → "Xx", "U.S." → "X.X.", "1996-08-22" → "d-d-d").
 */

function charClass(code: number, ch: string): string {
  if (code >= 48 && code <= 57) return 'd';
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code < 128) return ch;
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower !== upper) return ch === upper ? 'X' : 'x';
  return 'o';
}

/** Shape with runs collapsed to one class: "Albusaidi" → "Xx", "McDonald" → "XxXx". */
export function shortShape(word: string): string {
  let out = '';
  let last = '';
  const limit = Math.min(word.length, 40);
  for (let i = 0; i < limit; i++) {
    const c = charClass(word.charCodeAt(i), word[i]!);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Shape with runs kept up to four long: "Albusaidi" → "Xxxxx", "1996" → "dddd". */
export function longShape(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  const limit = Math.min(word.length, 40);
  for (let i = 0; i < limit; i++) {
    const c = charClass(word.charCodeAt(i), word[i]!);
    run = c === last ? run + 1 : 1;
    if (run <= 4) out += c;
    last = c;
  }
  return out;
}

/** True when the word starts with an upper-case letter. */
export function isCapitalised(word: string): boolean {
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase() && first === first.toUpperCase();
}

/** True when the word has letters and none of them is lower-case ("NATO", "U.S."). */
export function isAllCaps(word: string): boolean {
  return word !== word.toLowerCase() && word === word.toUpperCase();
}
