/**
 * Matches one pattern around a trigger token: the `before` elements leftwards from the trigger,
 * the `after` elements rightwards. Optional words, gaps and actor slots make several ways to match;
 * the search tries them shortest-first and stops at a fixed step budget, so input cannot make it
 * run long.
 */
import type { EventPattern, PatternElement } from './dictionary-types.js';
import type { ActorMatch, EventToken } from './event-tokens.js';

export interface SlotFill {
  readonly role: 'source' | 'target' | 'both';
  readonly actor: ActorMatch;
}

export interface PatternMatch {
  readonly pattern: EventPattern;
  /** The first and last token the pattern's words cover (slots excluded), inclusive. */
  readonly first: number;
  readonly last: number;
  readonly trigger: number;
  /** Token indices of the pattern's own words (not its slots), so they do not trigger again. */
  readonly used: readonly number[];
  readonly slots: readonly SlotFill[];
}

const STEP_BUDGET = 2000;
const DETERMINERS = new Set(['the', 'a', 'an']);
const GAP_STOPS = new Set(['despite', 'notwithstanding']);

/**
 * A sentence's tokens and actors by their first and last token, built once per sentence for all its
 * patterns; `steps` counts one match's search and is reset by each matchPattern call.
 */
export interface ActorLookup {
  readonly tokens: readonly EventToken[];
  readonly actorsByFirst: ReadonlyMap<number, ActorMatch>;
  readonly actorsByLast: ReadonlyMap<number, ActorMatch>;
  steps: number;
}


interface Partial {
  readonly edge: number;
  readonly used: readonly number[];
  readonly slots: readonly SlotFill[];
}

export function actorLookup(tokens: readonly EventToken[], actors: readonly ActorMatch[]): ActorLookup {
  return {
    tokens,
    actorsByFirst: new Map(actors.map((actor) => [actor.first, actor])),
    actorsByLast: new Map(actors.map((actor) => [actor.last, actor])),
    steps: 0,
  };
}

const NOTHING: readonly PatternElement[] = [];
const REVERSED = new WeakMap<EventPattern, readonly PatternElement[]>();

/** The `before` elements in the order the leftward walk meets them, made once per pattern. */
function leftwards(pattern: EventPattern): readonly PatternElement[] {
  if (pattern.before.length === 0) return NOTHING;
  let reversed = REVERSED.get(pattern);
  if (reversed === undefined) REVERSED.set(pattern, reversed = [...pattern.before].reverse());
  return reversed;
}

export function matchPattern(pattern: EventPattern, trigger: number, context: ActorLookup): PatternMatch | null {
  context.steps = 0;
  const right = walk(context, pattern.after, 0, { edge: trigger, used: [trigger], slots: [] }, 1);
  if (right === null) return null;
  const left = walk(context, leftwards(pattern), 0, { edge: trigger, used: right.used, slots: right.slots }, -1);
  if (left === null) return null;
  const used = [...left.used].sort((a, b) => a - b);
  return { pattern, first: used[0] ?? trigger, last: used[used.length - 1] ?? trigger, trigger, used, slots: left.slots };
}

/** The first of the trigger's candidate patterns (in dictionary order) that matches around it. */
export function firstMatch(candidates: readonly EventPattern[], trigger: number, lookup: ActorLookup): PatternMatch | null {
  for (const pattern of candidates) {
    const match = matchPattern(pattern, trigger, lookup);
    if (match !== null) return match;
  }
  return null;
}

/** Matches `elements[index..]` from `state.edge` in direction `step` (+1 right, -1 left). */
function walk(context: ActorLookup, elements: readonly PatternElement[], index: number, state: Partial, step: 1 | -1): Partial | null {
  if (++context.steps > STEP_BUDGET) return null;
  const element = elements[index];
  if (element === undefined) return state;
  const next = state.edge + step;
  if (element.kind === 'gap') {
    for (let skip = 0; skip <= element.max; skip++) {
      if (next + step * skip < 0 || next + step * skip > context.tokens.length) break;
      // "expanded its exports despite sanctions": what follows "despite" is not the verb's object.
      if (skip > 0 && GAP_STOPS.has(context.tokens[next + step * (skip - 1)]?.lower ?? '')) break;
      const found = walk(context, elements, index + 1, { ...state, edge: state.edge + step * skip }, step);
      if (found !== null) return found;
    }
    return null;
  }
  if (element.kind === 'slot') {
    let at = next;
    if (step === 1 && DETERMINERS.has(context.tokens[at]?.lower ?? '')) at += 1;
    const actor = step === 1 ? context.actorsByFirst.get(at) : context.actorsByLast.get(at);
    if (actor === undefined) return null;
    let edge = step === 1 ? actor.last : actor.first;
    if (step === -1 && DETERMINERS.has(context.tokens[edge - 1]?.lower ?? '')) edge -= 1;
    return walk(context, elements, index + 1, { edge, used: state.used, slots: [...state.slots, { role: element.role, actor }] }, step);
  }
  for (const phrase of element.phrases) {
    const covered = matchPhrase(context.tokens, phrase, next, step);
    if (covered === null) continue;
    const found = walk(context, elements, index + 1, { edge: covered[covered.length - 1]!, used: [...state.used, ...covered], slots: state.slots }, step);
    if (found !== null) return found;
  }
  return element.optional ? walk(context, elements, index + 1, state, step) : null;
}

function matchPhrase(tokens: readonly EventToken[], phrase: readonly string[], from: number, step: 1 | -1): number[] | null {
  const ordered = step === 1 ? phrase : [...phrase].reverse();
  const covered: number[] = [];
  for (let k = 0; k < ordered.length; k++) {
    const at = from + step * k;
    if (tokens[at]?.lower !== ordered[k]) return null;
    covered.push(at);
  }
  return covered;
}
