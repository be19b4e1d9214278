/**
 * Codes one sentence: finds triggers, matches their patterns (most specific first), filters what
 * did not happen, then picks the dyad. The same function serves the news component (actors from
 * the entities layer) and the PETRARCH/TABARI suites (actors from their own dictionaries).
 *
 * @example codeSentence(eventTokens('Arnor attacked Gondor.'), actors, index) // [{ code: '190', source: ARN, target: GON }]
 */
import type { EventPattern } from './dictionary-types.js';
import type { ActorMatch, EventToken } from './event-tokens.js';
import { matchPattern, type PatternMatch } from './pattern-matcher.js';
import type { TriggerIndex } from './trigger-index.js';
import { findDyad } from './dyad-finder.js';
import { isParticipleForm } from './word-forms.js';
import { unrealisedReason } from './modality-filter.js';

export interface CodedEvent {
  readonly code: string;
  readonly mode: string | null;
  readonly source: ActorMatch | null;
  readonly target: ActorMatch | null;
  /** Token range of the trigger phrase, inclusive. */
  readonly first: number;
  readonly last: number;
  readonly pattern: EventPattern;
  readonly passive: boolean;
}

export interface CoderOptions {
  /** Drop acts that are negated, modal, infinitival or asked about (news use); off for the suites, whose patterns encode these. */
  readonly filterUnrealised: boolean;
  /** Limit how far after its verb an object may stand (news use; see dyad-finder.ts rule 6). Default true. */
  readonly limitObjectDistance?: boolean;
}

export function codeSentence(tokens: readonly EventToken[], actors: readonly ActorMatch[], index: TriggerIndex, options: CoderOptions): CodedEvent[] {
  const events: CodedEvent[] = [];
  const used = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const candidates = index.byForm.get(tokens[i]!.lower);
    if (candidates === undefined || insideActor(i, actors)) continue;
    const match = firstMatch(asNounAfterDeterminer(candidates, tokens, i), i, tokens, actors);
    if (match === null) continue;
    for (const k of match.used) used.add(k);
    if (match.pattern.code === null) continue;
    if (options.filterUnrealised && unrealisedReason(tokens, match.first) !== null) continue;
    const participle = match.pattern.kind === 'verb' && isParticipleForm(tokens[i]!.lower, match.pattern.trigger, index.forms);
    events.push(...eventsOf(match, tokens, actors, participle, options.limitObjectDistance ?? true));
  }
  return events;
}

const NOUN_MARKERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', "'s", 'this', 'that', 'these', 'those']);

/** After "an", "the" or a possessive the trigger is a noun ("an attack by"), so verb patterns step aside. */
function asNounAfterDeterminer(candidates: readonly EventPattern[], tokens: readonly EventToken[], i: number): readonly EventPattern[] {
  return NOUN_MARKERS.has(tokens[i - 1]?.lower ?? '') ? candidates.filter((pattern) => pattern.kind === 'noun' || pattern.before.length > 0) : candidates;
}

function insideActor(i: number, actors: readonly ActorMatch[]): boolean {
  return actors.some((actor) => actor.first <= i && i <= actor.last);
}

function firstMatch(candidates: readonly EventPattern[], trigger: number, tokens: readonly EventToken[], actors: readonly ActorMatch[]): PatternMatch | null {
  for (const pattern of candidates) {
    const match = matchPattern(pattern, trigger, tokens, actors);
    if (match !== null) return match;
  }
  return null;
}

function eventsOf(match: PatternMatch, tokens: readonly EventToken[], actors: readonly ActorMatch[], participle: boolean, limitObjectDistance: boolean): CodedEvent[] {
  const { pattern } = match;
  const dyad = findDyad(match, tokens, actors, participle, { limitObjectDistance });
  const make = (code: string, source: ActorMatch | null, target: ActorMatch | null): CodedEvent => ({
    code, mode: pattern.mode, source, target, first: match.first, last: match.last, pattern, passive: dyad.passive,
  });
  const events: CodedEvent[] = [];
  const reciprocal = (pattern.reciprocal && dyad.targets.length === 0) || dyad.sources === dyad.targets;
  if (reciprocal && dyad.sources.length >= 2) {
    for (const a of dyad.sources) for (const b of dyad.sources) if (a !== b) events.push(make(pattern.code!, a, b));
    return events;
  }
  const sources = dyad.sources.length > 0 ? dyad.sources : [null];
  const targets = dyad.targets.length > 0 ? dyad.targets : [null];
  for (const source of sources) {
    for (const target of targets) {
      if (source !== null && source === target) continue;
      events.push(make(pattern.code!, source, target));
      if (pattern.reverse !== null && source !== null && target !== null) events.push(make(pattern.reverse, target, source));
    }
  }
  return events;
}
