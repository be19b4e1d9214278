/**
 * "Arnor thanked Gondor for the talks", "praised Gondor for hosting the talks", "congratulated
 * Gondor on the agreement": the complement of thanks or praise names what the praised party did
 * as the reason, an act reported elsewhere or before, not a new act of the clause. A noun act in
 * it is not coded (the thanks or praise itself is, 051); "held talks with Gondor" still is.
 *
 * @example isPraiseReason(eventTokens('Arnor thanked Gondor for the talks'), 3) // true
 */
import type { EventToken } from './event-tokens.js';

/** Verbs, nouns and adjectives of thanks and praise whose "for"/"on" complement gives a reason. */
const PRAISE = new Set([
  'thank', 'thanks', 'thanked', 'thanking', 'grateful', 'gratitude',
  'praise', 'praises', 'praised', 'praising', 'commend', 'commends', 'commended', 'commending',
  'congratulate', 'congratulates', 'congratulated', 'congratulating', 'congratulations',
  'applaud', 'applauds', 'applauded', 'applauding', 'laud', 'lauds', 'lauded', 'lauding',
]);
const REASON_MARKERS = new Set(['for', 'on']);
/** The praised party stands between the verb and "for": "thanked the president of Gondor for". */
const OBJECT_REACH = 6;
const CLAUSE_BREAKS = /^[,;:.!?"\u201c\u201d]$|^(and|but|while|after|because|when|since|although|which|who|that)$/;

/** The token at `at` opens the "for"/"on" complement of a verb or word of thanks or praise. */
export function isPraiseReason(tokens: readonly EventToken[], at: number): boolean {
  if (!REASON_MARKERS.has(tokens[at]?.lower ?? '')) return false;
  for (let k = at - 1; k >= Math.max(0, at - OBJECT_REACH); k--) {
    const word = tokens[k]!.lower;
    if (PRAISE.has(word)) return true;
    if (CLAUSE_BREAKS.test(word)) return false;
  }
  return false;
}
