/**
 * Picks the source and target of a matched pattern by simple clause heuristics over tokens (no
 * parser). The rules, in order:
 * 1. Actor slots in the pattern (SOURCE, TARGET, BOTH) win.
 * 2. Passive ("were taken hostage", "was attacked by X"): a form of "be" within three tokens before a
 *    participle trigger. The subject becomes the target and the actor after "by" the source.
 * 3. Otherwise the source is the nearest actor to the left of the trigger, inside the clause, that is
 *    not the object of a preposition ("with support from Y" is skipped); the target is the first
 *    actor to the right inside the clause, or for a noun trigger the actor after of/on/against/with.
 * 4. "X and Y" next to each other form a group: every member codes an event.
 * 5. A noun owned by "their" ("during their phone conversation") joins the two actors before it;
 *    one followed by "between X and Y" ("talks between Arnor and Gondor") makes X and Y a
 *    reciprocal pair, except for mediation (045, 039: "a venue for talks between X and Y"), whose
 *    parties are its targets and whose source is the mediator before it.
 * 6. A verb's object must start within five tokens of its phrase; `notarget` patterns ("say") take none;
 *    a speaker right after a reporting verb ('," said Wang Yi') is its source.
 * 7. A verb's actor after in/at/near is a place, not a target, except for material conflict (15-20)
 *    and after a word of conflict ("end the conflict in Ukraine": the country is a party to it).
 * 8. A noun's actor right after "by" or "from" is its source ("the lawsuit from Kiev", "an attack by
 *    Hamas"); "from" is a place left for yielding and reducing relations ("withdrawal from").
 * 9. A pronoun subject of a reported clause stands for the reporter: "Kiev announced that it will
 *    not renew the contract" (the reporter right before its verb, the pronoun right after it or "that").
 * 10. A verb with no subject whose object is "between X and Y" ("fighting between X and Y
 *    resumed") makes X and Y a reciprocal pair, as rule 5 does for nouns.
 * In news use (rule 6 on), a verb's object does not stand after a comma ("end the conflict in
 * Ukraine, Russian President Vladimir Putin told reporters": Putin is the speaker, not the target).
 * A clause ends at ; : or a subordinating word (that, which, who, after, before, while, when, because,
 * but, although, as, if, since); the left search also stops at a comma followed by such a word.
 */
import type { PatternMatch } from './pattern-matcher.js';
import type { ActorMatch, EventToken } from './event-tokens.js';

export interface Dyad {
  readonly sources: readonly ActorMatch[];
  readonly targets: readonly ActorMatch[];
  readonly passive: boolean;
}

const PREPOSITIONS = new Set(['of', 'with', 'in', 'to', 'from', 'on', 'against', 'for', 'at', 'by', 'into', 'near', 'between', 'about', 'over', 'toward', 'towards', 'than', 'among']);
const BOUNDARIES = new Set([';', ':', '"', '\u201c', '\u201d', 'that', 'which', 'who', 'whom', 'after', 'before', 'while', 'when', 'because', 'but', 'although', 'though', 'since', 'if', 'whereas', 'unless', 'until']);
// "'s" is left out: it is far more often a possessive than "is".
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'get', 'got', 'gets']);
/** A verb's object is not a place it happened in: "held talks in Minas Tirith". */
const PLACE_WORDS = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'around', 'throughout']);
/** Nouns whose "in X" names a party, not a place: "the conflict in Ukraine". */
const CONFLICT_WORDS = new Set(['conflict', 'conflicts', 'war', 'wars', 'crisis', 'hostilities', 'fighting', 'violence', 'insurgency']);
const SUBJECT_PRONOUNS = new Set(['it', 'he', 'she', 'they']);
const REPORTING = new Set(['said', 'says', 'announced', 'announces', 'stated', 'states', 'declared', 'declares', 'added', 'warned', 'warns', 'insisted', 'insists', 'confirmed', 'confirms', 'noted', 'claimed', 'claims', 'indicated', 'replied']);
/** How far before the trigger a reported clause's pronoun subject may stand: "it will not immediately renew". */
const PRONOUN_REACH = 5;
const MAX_OBJECT_DISTANCE = 5;
const MEDIATION = /^(045|039)/;
/** Force reaches further: "launched bombardments of the enclave and some areas in Lebanon". */
const MAX_FORCE_DISTANCE = 8;
export const NOUN_TARGET_WORDS = new Set(['of', 'on', 'against', 'with', 'upon', 'in', 'to', 'between']);

export interface DyadOptions {
  /** Rule 6's distance limits; off for the validation suites, whose objects sit further away. */
  readonly limitObjectDistance: boolean;
}

export function findDyad(match: PatternMatch, tokens: readonly EventToken[], actors: readonly ActorMatch[], participle: boolean, options: DyadOptions = { limitObjectDistance: true }): Dyad {
  const slot = (role: string): ActorMatch | undefined => match.slots.find((fill) => fill.role === role)?.actor;
  const both = slot('both');
  if (both !== undefined) {
    const group = groupAround(both, actors, tokens);
    return { sources: group, targets: group, passive: false };
  }
  const paired = match.pattern.kind === 'noun' ? nounPair(match, tokens, actors, slot('source') !== undefined, slot('target') !== undefined) : null;
  if (paired !== null) return paired;
  const passive = participle && isPassive(tokens, match.first);
  let left = slot('source') ?? (match.pattern.kind === 'noun' ? agentAfterNoun(match, tokens, actors) : undefined) ?? leftActor(match.first, tokens, actors) ?? reportedSubject(match.first, tokens, actors);
  let right = slot('target');
  if (right === undefined && !match.pattern.noTarget) right = passive ? byActor(match.last, tokens, actors) : rightActor(match, tokens, actors, options.limitObjectDistance);
  // Inverted reporting: '..." said Wang Yi' puts the speaker right after the verb.
  const inverted = left === undefined && /^[,"\u201d]$/.test(tokens[match.first - 1]?.lower ?? '') ? actors.find((actor) => actor.first === match.last + 1) : undefined;
  if (inverted !== undefined && slot('target') === undefined) {
    left = inverted;
    right = undefined;
  }
  // "fighting between X and Y" with no subject: X and Y do it to each other (mediation keeps its parties as targets).
  const between = left === undefined && right !== undefined && slot('target') === undefined && !MEDIATION.test(match.pattern.code ?? '') ? pairAfterBetween(right, tokens, actors) : null;
  if (between !== null) return { sources: between, targets: between, passive };
  if (passive && slot('source') === undefined) {
    const agent = slot('target') === undefined ? right : undefined;
    return { sources: agent ? groupAround(agent, actors, tokens) : [], targets: left ? groupAround(left, actors, tokens) : [], passive };
  }
  return {
    sources: left ? groupAround(left, actors, tokens) : [],
    targets: right ? groupAround(right, actors, tokens) : [],
    passive,
  };
}

/** Rule 5 for a noun without slots that would decide: "talks between X and Y", "their phone conversation". */
function nounPair(match: PatternMatch, tokens: readonly EventToken[], actors: readonly ActorMatch[], hasSource: boolean, hasTarget: boolean): Dyad | null {
  const between = hasSource || hasTarget ? null : betweenPair(match, tokens, actors);
  if (between !== null && MEDIATION.test(match.pattern.code ?? '')) {
    const mediator = leftActor(match.first, tokens, actors);
    return { sources: mediator ? [mediator] : [], targets: between, passive: false };
  }
  if (between !== null) return { sources: between, targets: between, passive: false };
  const shared = hasTarget ? null : sharedNounPair(match, tokens, actors);
  return shared === null ? null : { sources: [shared[0]], targets: [shared[1]], passive: false };
}

/**
 * "X told Y during their phone conversation": a noun owned by "their" with nothing after it joins the
 * two nearest actors on its left, the earlier one as source.
 */
function sharedNounPair(match: PatternMatch, tokens: readonly EventToken[], actors: readonly ActorMatch[]): [ActorMatch, ActorMatch] | null {
  const owned = [match.first - 1, match.first - 2].some((k) => tokens[k]?.lower === 'their');
  if (!owned || rightActor(match, tokens, actors) !== undefined) return null;
  const left = actors.filter((actor) => actor.last < match.first && !crossesBoundary(tokens, actor.last + 1, match.first)).sort((a, b) => b.last - a.last);
  return left.length >= 2 ? [left[1]!, left[0]!] : null;
}

/** "talks between Arnor and Gondor": the group after "between", when it has two or more members. */
function betweenPair(match: PatternMatch, tokens: readonly EventToken[], actors: readonly ActorMatch[]): ActorMatch[] | null {
  if (tokens[match.last + 1]?.lower !== 'between') return null;
  const at = tokens[match.last + 2]?.lower === 'the' ? match.last + 3 : match.last + 2;
  const first = actors.find((actor) => actor.first === at);
  if (first === undefined) return null;
  const group = groupAround(first, actors, tokens);
  return group.length >= 2 ? group : null;
}

/** The group an actor heads right after "between (the)", when it has two or more members. */
function pairAfterBetween(actor: ActorMatch, tokens: readonly EventToken[], actors: readonly ActorMatch[]): ActorMatch[] | null {
  const before = tokens[actor.first - 1]?.lower === 'the' ? actor.first - 2 : actor.first - 1;
  if (tokens[before]?.lower !== 'between') return null;
  const group = groupAround(actor, actors, tokens);
  return group.length >= 2 ? group : null;
}

/** Rule 8: "the lawsuit from Kiev", "an attack by Hamas". */
function agentAfterNoun(match: PatternMatch, tokens: readonly EventToken[], actors: readonly ActorMatch[]): ActorMatch | undefined {
  const word = tokens[match.last + 1]?.lower;
  if (word !== 'by' && (word !== 'from' || /^(08|16)/.test(match.pattern.code ?? ''))) return undefined;
  const at = tokens[match.last + 2]?.lower === 'the' ? match.last + 3 : match.last + 2;
  return actors.find((actor) => actor.first === at);
}

/** Rule 9: the reporter of a clause whose subject is a pronoun ("Kiev announced that it will not renew"). */
function reportedSubject(first: number, tokens: readonly EventToken[], actors: readonly ActorMatch[]): ActorMatch | undefined {
  for (let p = first - 1; p >= Math.max(0, first - PRONOUN_REACH); p--) {
    if (!SUBJECT_PRONOUNS.has(tokens[p]!.lower)) continue;
    if (crossesBoundary(tokens, p + 1, first) || hasComma(tokens, p + 1, first)) return undefined;
    const verb = tokens[p - 1]?.lower === 'that' ? p - 2 : p - 1;
    if (!REPORTING.has(tokens[verb]?.lower ?? '')) return undefined;
    return actors.find((actor) => actor.last === verb - 1);
  }
  return undefined;
}

function isPassive(tokens: readonly EventToken[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) if (BE.has(tokens[k]?.lower ?? '')) return true;
  return false;
}

function leftActor(from: number, tokens: readonly EventToken[], actors: readonly ActorMatch[]): ActorMatch | undefined {
  let best: ActorMatch | undefined;
  for (const actor of actors) {
    if (actor.last >= from) continue;
    if (crossesBoundary(tokens, actor.last + 1, from)) continue;
    if (PREPOSITIONS.has(tokens[actor.first - 1]?.lower ?? '') || PREPOSITIONS.has(tokens[actor.first - 2]?.lower ?? '') && tokens[actor.first - 1]?.lower === 'the') continue;
    if (best === undefined || actor.last > best.last) best = actor;
  }
  return best;
}

function rightActor(match: PatternMatch, tokens: readonly EventToken[], actors: readonly ActorMatch[], limit = true): ActorMatch | undefined {
  const noun = match.pattern.kind === 'noun';
  // The object may sit inside a phrasal pattern ("besieged Ruritania with catapults"), so the
  // search starts right after the trigger and skips the pattern's own words.
  const trigger = match.trigger;
  let best: ActorMatch | undefined;
  for (const actor of actors) {
    if (actor.first <= trigger || match.used.includes(actor.first) || crossesBoundary(tokens, trigger + 1, actor.first)) continue;
    const at = tokens[actor.first - 1]?.lower === 'the' ? actor.first - 2 : actor.first - 1;
    const before = tokens[at]?.lower;
    // Force used "in Gaza" is used against Gaza: material conflict (CAMEO 15-20) takes the place as target.
    if (!noun && PLACE_WORDS.has(before ?? '') && !isMaterialConflict(match.pattern.code) && !CONFLICT_WORDS.has(tokens[at - 1]?.lower ?? '')) continue;
    if (!noun && limit && hasComma(tokens, trigger + 1, actor.first)) continue;
    const reach = throughTitle(tokens, trigger + 1, actor.first);
    if (noun && (actor.first - trigger > 4 + reach || !NOUN_TARGET_WORDS.has(before ?? ''))) continue;
    // A verb's object stands close after it (or after its phrase): "restored ties with Gondor".
    if (limit && !noun && actor.first - match.last > reach + (isMaterialConflict(match.pattern.code) ? MAX_FORCE_DISTANCE : MAX_OBJECT_DISTANCE)) continue;
    if (best === undefined || actor.first < best.first) best = actor;
  }
  return best;
}

/** People who stand for an organisation or country: "met the leaders of the Commonwealth" meets the Commonwealth. */
const REPRESENTATIVES = new Set(['leader', 'leaders', 'head', 'heads', 'chief', 'chiefs', 'representative', 'representatives', 'delegation', 'delegations', 'envoy', 'envoys']);
const TITLE_REACH = 3;

/** Extra reach for an object named through its representatives ("with the leaders of X"): the words "the leaders of". */
function throughTitle(tokens: readonly EventToken[], from: number, to: number): number {
  for (let k = from; k < to - 1; k++) if (REPRESENTATIVES.has(tokens[k]!.lower) && tokens[k + 1]!.lower === 'of') return TITLE_REACH;
  return 0;
}

function isMaterialConflict(code: string | null): boolean {
  return code !== null && /^(1[5-9]|20)/.test(code);
}

function byActor(from: number, tokens: readonly EventToken[], actors: readonly ActorMatch[]): ActorMatch | undefined {
  for (let k = from + 1; k < tokens.length && k <= from + 6; k++) {
    if (tokens[k]?.lower !== 'by') continue;
    const at = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    return actors.find((actor) => actor.first === at);
  }
  return undefined;
}

function hasComma(tokens: readonly EventToken[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.lower === ',') return true;
  return false;
}

function crossesBoundary(tokens: readonly EventToken[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const word = tokens[k]?.lower ?? '';
    if (BOUNDARIES.has(word) || word === '.') return true;
  }
  return false;
}

/** The actor and its neighbours joined by "and" or a comma: "Arnor, Rohan and Gondor". */
export function groupAround(actor: ActorMatch, actors: readonly ActorMatch[], tokens: readonly EventToken[]): ActorMatch[] {
  const sorted = [...actors].sort((a, b) => a.first - b.first);
  const index = sorted.indexOf(actor);
  const joined = (a: ActorMatch, b: ActorMatch): boolean => {
    const gap = tokens.slice(a.last + 1, b.first).map((token) => token.lower);
    return gap.length >= 1 && gap.length <= 2 && gap.every((word) => word === 'and' || word === ',' || word === 'the');
  };
  let first = index;
  let last = index;
  while (first > 0 && joined(sorted[first - 1]!, sorted[first]!)) first--;
  while (last < sorted.length - 1 && joined(sorted[last]!, sorted[last + 1]!)) last++;
  // Commas alone make an apposition ("Palestine, Chinese Foreign Minister Wang Yi"), not a list.
  const hasAnd = tokens.slice(sorted[first]!.last + 1, sorted[last]!.first).some((token) => token.lower === 'and');
  return first === last || hasAnd ? sorted.slice(first, last + 1) : [actor];
}
