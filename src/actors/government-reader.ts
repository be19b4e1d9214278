/**
 * Says whether a capital stands for its government: it is the subject of a verb of saying or acting
 * ("Beijing has urged", "Moscow said", "Washington will impose") and not a place where something
 * happens ("in Beijing", "to Moscow"). A dateline's "BEIJING," is a place.
 *
 * @example actsAsGovernment(sentence, Beijing@46, kb) // => true for "Beijing has urged"
 */
import type { Span } from '../document/span.js';
import type { ActorKnowledge } from './actor-knowledge.js';
import type { SentenceWords } from './sentence-words.js';
import { wordIndexAt } from './sentence-words.js';

const PLACE_WORDS = new Set(['in', 'to', 'from', 'at', 'near', 'of', 'via', 'into', 'outside', 'around', 'across', 'visit', 'visited', 'visiting']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'is', 'was', 'also', 'has also', 'could', 'may', 'might', 'must', 'should', 'again', 'then', 'on', 'already']);

export function actsAsGovernment(s: SentenceWords, mention: Span, kb: ActorKnowledge): boolean {
  const first = wordIndexAt(s, mention.start);
  if (first > 0 && PLACE_WORDS.has(s.keys[first - 1]!)) return false;
  let i = wordIndexAt(s, mention.end);
  for (let k = 0; k < 3 && i < s.keys.length && AUXILIARIES.has(s.keys[i]!); k++) i++;
  return i < s.keys.length && kb.actingVerbs.has(s.keys[i]!);
}
