/**
 * Words that look like a trigger but are not acts, judged from the tokens around them:
 * - a capitalised word inside a run of capitalised words is part of a name ("the United States",
 *   "the Free Syrian Army", "Rakhine State"), unless the whole sentence is written in title case
 *   (a headline), where capitals say nothing;
 * - a participle glued to a name by a hyphen is an adjective ("the U.N.-backed government",
 *   "the Saudi-led coalition"), not an act of that name.
 *
 * @example isNameWord(eventTokens('The United States said ...'), 2) // true ("States")
 */
import type { EventToken } from './event-tokens.js';

const CAPITAL = /^\p{Lu}/u;

/** The token's text differs from its lowercase key in the first letter (cheaper than a regex). */
export function isCapitalised(token: EventToken): boolean {
  return token.text.charCodeAt(0) !== token.lower.charCodeAt(0);
}

function capitalised(token: EventToken | undefined): boolean {
  return token !== undefined && CAPITAL.test(token.text);
}

/**
 * Fewer than one in five of the sentence's longer words is lowercase: a title-case headline. (Short
 * words are left out: headlines keep "of", "and", "in" lowercase; a name-heavy sentence still has
 * its verbs and nouns in lowercase.)
 */
export function isTitleCase(tokens: readonly EventToken[]): boolean {
  const words = tokens.filter((token) => token.text.length > 3 && /^\p{L}/u.test(token.text));
  return words.length >= 3 && words.filter((word) => !capitalised(word)).length * 5 < words.length;
}

export function isNameWord(tokens: readonly EventToken[], i: number, titleCase: boolean): boolean {
  if (titleCase || i === 0 || !capitalised(tokens[i])) return false;
  return capitalised(tokens[i - 1]) || capitalised(tokens[i + 1]);
}

export function isHyphenCompound(tokens: readonly EventToken[], i: number): boolean {
  const hyphen = tokens[i - 1];
  return hyphen !== undefined && hyphen.text === '-' && hyphen.end === tokens[i]!.start && tokens[i - 2]?.end === hyphen.start;
}
