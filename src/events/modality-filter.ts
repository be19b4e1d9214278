/**
 * Says why an act did not (yet) happen, looking at the few tokens before its trigger: negation
 * ("did not attack"), a modal ("could strike"), an infinitive ("plans to attack": the governing
 * verb codes the intent or threat, not the act) or a question. Returns null for a realised act.
 */
import type { EventToken } from './event-tokens.js';

const NEGATIONS = new Set(['not', "n't", 'never', 'no', "didn't", "don't", "doesn't", "won't", "wouldn't", "couldn't", "hasn't", "haven't", "hadn't", "isn't", "wasn't", "weren't", "aren't", 'cannot', "can't", 'neither', 'nor', 'denied', 'denies', 'deny']);
const MODALS = new Set(['could', 'may', 'might', 'would', 'should', 'can', 'will', 'must', 'shall', "'ll", "'d"]);
const WINDOW = 3;

export function unrealisedReason(tokens: readonly EventToken[], first: number): 'negated' | 'modal' | 'infinitive' | 'question' | null {
  for (let k = first - 1; k >= Math.max(0, first - WINDOW); k--) {
    const word = tokens[k]?.lower ?? '';
    if (NEGATIONS.has(word)) return 'negated';
    if (MODALS.has(word)) return 'modal';
    if (word === 'to' && k === first - 1) return 'infinitive';
    if (word === ',' || word === ';') break;
  }
  for (let k = first + 1; k < tokens.length; k++) {
    const word = tokens[k]?.lower ?? '';
    if (word === '?') return 'question';
    if (word === '.' || word === ';') break;
  }
  return null;
}
