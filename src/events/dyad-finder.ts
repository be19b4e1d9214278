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
 *    reciprocal pair.
 * 6. A verb's object must start within five tokens of its phrase; `notarget` patterns ("say") take none;
 *    a speaker right after a reporting verb ('," said Wang Yi') is its source.
 * 7. A verb's actor after in/at/near is a place, not a target, except for material conflict (15-20).
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
const MAX_OBJECT_DISTANCE = 5;
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
  const between = match.pattern.kind === 'noun' && slot('target') === undefined && slot('source') === undefined ? betweenPair(match, tokens, actors) : null;
  if (between !== null) return { sources: between, targets: between, passive: false };
  const shared = match.pattern.kind === 'noun' && slot('target') === undefined ? sharedNounPair(match, tokens, actors) : null;
  if (shared !== null) return { sources: [shared[0]], targets: [shared[1]], passive: false };
  const passive = participle && isPassive(tokens, match.first);
  let left = slot('source') ?? leftActor(match.first, tokens, actors);
  let right = slot('target');
  if (right === undefined && !match.pattern.noTarget) right = passive ? byActor(match.last, tokens, actors) : rightActor(match, tokens, actors, options.limitObjectDistance);
  // Inverted reporting: '..." said Wang Yi' puts the speaker right after the verb.
  const inverted = left === undefined && /^[,"\u201d]$/.test(tokens[match.first - 1]?.lower ?? '') ? actors.find((actor) => actor.first === match.last + 1) : undefined;
  if (inverted !== undefined && slot('target') === undefined) {
    left = inverted;
    right = undefined;
  }
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
    const before = tokens[actor.first - 1]?.lower === 'the' ? tokens[actor.first - 2]?.lower : tokens[actor.first - 1]?.lower;
    // Force used "in Gaza" is used against Gaza: material conflict (CAMEO 15-20) takes the place as target.
    if (!noun && PLACE_WORDS.has(before ?? '') && !isMaterialConflict(match.pattern.code)) continue;
    if (noun && (actor.first - trigger > 4 || !NOUN_TARGET_WORDS.has(before ?? ''))) continue;
    // A verb's object stands close after it (or after its phrase): "restored ties with Gondor".
    if (limit && !noun && actor.first - match.last > (isMaterialConflict(match.pattern.code) ? MAX_FORCE_DISTANCE : MAX_OBJECT_DISTANCE)) continue;
    if (best === undefined || actor.first < best.first) best = actor;
  }
  return best;
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
