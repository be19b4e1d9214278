/**
 * The speaker of reported speech as the source of the speech act it reports. An appeal, an intent,
 * a demand, a rejection or a threat (CAMEO 01-03, 10-13, acts done by saying them), told by a verb
 * whose subject stands for the speaker, is the speaker's: "I" or "we" in a direct quote ('"We call
 * on all parties to show restraint," the minister said'), also "he", "she", "it" or "the country"
 * in reported speech ("the country is seeking to end the conflict, Putin told reporters"). Any
 * other subject ("they urged us", "the plan calls for", "demand for oil") keeps the act without
 * this source. A plain "said" inside a quote is another speaker's statement, so 010 never takes
 * the quote's speaker.
 *
 * @example speakerOf(coded, tokens, quotes) // the quote's SpeakerRef, or null
 */
import type { Quote, SpeakerRef } from '../document/layers.js';
import type { EventToken } from './event-tokens.js';

/** The acts of speech: statements other than a plain "said", appeals, intents, demands, disapproval, rejections, threats. */
const SPEECH_ACT = /^(01[1-9]|02|03|1[0-3])/;
const SPEAKER_IN_DIRECT = new Set(['i', 'we']);
const SPEAKER_IN_REPORTED = new Set(['i', 'we', 'he', 'she', 'it']);
/** Nouns that, after "the" in reported speech, stand for the speaker's own state: "the country is seeking". */
const OWN_STATE = new Set(['country']);
const SUBJECT_REACH = 6;
const CLAUSE_EDGE = new Set([',', ';', ':', '.', '"', '\u201c', '\u201d', 'that', 'and', 'but', 'which', 'who']);

interface Coded { readonly code: string; readonly source: unknown; readonly first: number; readonly pattern: { readonly kind: string } }

/** The quote whose speaker, resolved to an entity, said the act at token `first`, if the act is theirs. */
export function speakerOf(coded: Coded, tokens: readonly EventToken[], quotes: readonly Quote[]): SpeakerRef | null {
  if (coded.source !== null || coded.pattern.kind !== 'verb' || !SPEECH_ACT.test(coded.code)) return null;
  const at = tokens[coded.first]!.start;
  const quote = quotes.find((one) => one.start <= at && at < one.end && one.speaker !== null && one.speaker.entity !== null);
  if (quote === undefined) return null;
  const speaker = quote.direct ? SPEAKER_IN_DIRECT : SPEAKER_IN_REPORTED;
  for (let k = coded.first - 1; k >= Math.max(0, coded.first - SUBJECT_REACH) && tokens[k]!.start >= quote.start; k--) {
    const word = tokens[k]!.lower;
    if (speaker.has(word) || (!quote.direct && OWN_STATE.has(word) && tokens[k - 1]?.lower === 'the')) return quote.speaker;
    if (CLAUSE_EDGE.has(word)) return null;
  }
  return null;
}
