/**
 * A planned or announced act is an intent or a threat toward someone only when it names another
 * party. Domestic policy plans name none, or only the actor's own country's people: "the
 * government plans to ban plastic bags" (a ban would code 172, announced 132), "the city plans to
 * charge drivers a fee" (173, announced 130), "the ministry plans to raise taxes" (the frame's
 * generic intent 03) are no CAMEO events. "Arnor plans to ban imports from Gondor" (an embargo,
 * 1312) and "threatened to impose sanctions on Rohan" stay threats.
 *
 * @example isOwnSidePlan(event, tokens, actors) // true for "The government plans to ban plastic bags."
 */
import type { CodedEvent } from './sentence-coder.js';
import type { ActorMatch, EventToken } from './event-tokens.js';
import type { EventPattern } from './dictionary-types.js';
import { threatNeedsOtherSide } from './announced-codes.js';
import { unrealisedReason } from './modality-filter.js';

/** The coder's event is an announced act of domestic policy, with no other party named. */
export function isOwnSidePlan(event: CodedEvent, tokens: readonly EventToken[], actors: readonly ActorMatch[]): boolean {
  if (!isOwnSide(event.source, event.target) || namesOtherParty(event, tokens, actors)) return false;
  return isAnnouncedCoercion(event, tokens) || isBareIntentFrame(event, tokens);
}

/**
 * An actor of another country later in the sentence is a party the dyad rules may have missed
 * ("plans to supply air defences for Gondor": "for" names no target), so the plan is not domestic.
 */
function namesOtherParty(event: CodedEvent, tokens: readonly EventToken[], actors: readonly ActorMatch[]): boolean {
  let end = event.last + 1;
  // The clause only: in "plans to raise taxes, Gondor said" Gondor is the speaker, not a party.
  while (end < tokens.length && !/^[,;:.!?"\u201c\u201d]$/.test(tokens[end]!.lower)) end++;
  const home = event.source?.country ?? null;
  return actors.some((actor) => actor.first > event.last && actor.first < end && actor.country !== null && actor.country !== home);
}

/** No target, or a target that is the source's own country with no sector of its own ("British drivers"). */
function isOwnSide(source: ActorMatch | null, target: ActorMatch | null): boolean {
  if (target === null) return true;
  return target.sector === null && target.country !== null && target.country === source?.country;
}

/**
 * "plans to ban", "will charge", "could impose": a threat coded from an announced act of coercion
 * (announced-codes.ts) whose pattern is the bare verb, so that neither the dictionary ("impose a
 * curfew" is 1723 whoever its target) nor an actor names what it acts on. An explicit threat
 * ("threatened to close the borders") is one whatever its object.
 */
function isAnnouncedCoercion(event: CodedEvent, tokens: readonly EventToken[]): boolean {
  const act = event.pattern.code;
  if (act === null || event.code === act || !event.code.startsWith('13') || !threatNeedsOtherSide(act)) return false;
  return isBareVerb(event.pattern) && unrealisedReason(tokens, event.first) !== 'threatened';
}

function isBareVerb(pattern: EventPattern): boolean {
  return pattern.kind === 'verb' && pattern.before.length === 0 && pattern.after.length === 0;
}

/** The generic intent of a plan (`verb plan => 03`, `verb intend => 03`); promises and agreements (030) name their other party more often than not. */
const GENERIC_INTENTS = new Set(['03']);

/**
 * "plans to raise taxes", "intends to build schools": a plan's generic intent (03) before an
 * infinitive the dictionary does not code. A coded infinitive replaces the frame with its own
 * intent or threat (sentence-coder.ts), so what is left here announces an act of no other party.
 */
function isBareIntentFrame(event: CodedEvent, tokens: readonly EventToken[]): boolean {
  if (event.pattern.kind !== 'verb' || event.code !== event.pattern.code || !GENERIC_INTENTS.has(event.code)) return false;
  const to = tokens[event.last]?.lower === 'to' ? event.last : event.last + 1;
  return tokens[to]?.lower === 'to' && isInfinitive(tokens[to + 1]);
}

/** After these "to" is a preposition ("plans to the east"), not the mark of an infinitive. */
const NOT_VERBS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'our', 'your', 'my', 'any', 'some', 'all', 'such']);

function isInfinitive(token: EventToken | undefined): boolean {
  return token !== undefined && token.text === token.lower && /^[a-z]/.test(token.lower) && !NOT_VERBS.has(token.lower);
}
