/**
 * A bare plural noun of an act opening its clause, whose clause goes on with a modal, speaks of
 * such acts in general, not of one that happened: "Strikes on Russian territory will never go
 * unanswered", "Attacks on civilians must stop". A determiner or owner ("the strikes", "its
 * attacks") or a singular ("Strike on ...") names a real one.
 *
 * @example isGenericMention(eventTokens('Strikes on our territory will never go unanswered.'), { first: 0, last: 0, trigger: 0 }, 'strike') // true
 */
import type { EventToken } from './event-tokens.js';

const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'can', 'should', 'must', 'shall', "'ll", 'cannot', "won't", "can't"]);
/** Words before a noun that still leave it opening its clause. */
const CLAUSE_OPENERS = new Set([',', ';', ':', '"', '\u201c', 'and', 'but', 'or', 'that', 'because', 'if', 'while', 'whenever', 'when']);
const CLAUSE_ENDS = new Set(['.', ';', ':', '?', '!', ',']);
/** How far after the noun its clause's modal may stand: "Strikes on Russian territory will". */
const MODAL_REACH = 8;

/** The noun's words `first..last` with its head at `trigger`; `lemma` is the head's singular. */
interface NounSpan { readonly first: number; readonly last: number; readonly trigger: number }

export function isGenericMention(tokens: readonly EventToken[], noun: NounSpan, lemma: string): boolean {
  const { first, last } = noun;
  if (first > 0 && !CLAUSE_OPENERS.has(tokens[first - 1]!.lower)) return false;
  const head = tokens[noun.trigger]!.lower;
  if (head === lemma || !head.endsWith('s')) return false;
  for (let k = last + 1; k < tokens.length && k <= last + MODAL_REACH; k++) {
    const word = tokens[k]!.lower;
    if (MODALS.has(word)) return true;
    if (CLAUSE_ENDS.has(word)) return false;
  }
  return false;
}
