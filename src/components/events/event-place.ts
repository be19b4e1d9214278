/**
 * Where an event happened, read from the places layer. Two cues, in order:
 * - the target is itself a place ("a total blockade of the Gaza Strip", "bombardments of ...
 *   Lebanon"): the act happened there;
 * - a locative preposition ("in", "at", "near", ...) introduces a place right after the trigger or
 *   the target, within a few words and before any comma ("expanding its ground operation in Gaza").
 * A place elsewhere in the sentence says nothing about the event ("urged a conference on
 * Palestine", "said the army was fighting in Gaza"), so anything else gives no place.
 *
 * @example eventPlace(places, tokens, coded) // 'Gaza Strip'
 */
import type { Place } from '../../document/layers.js';
import type { ActorMatch, EventToken } from '../../events/event-tokens.js';

const LOCATIVES: ReadonlySet<string> = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'throughout', 'within', 'around']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '(', ')', '"', '“', '”']);
/** How far past the trigger or target a locative phrase may start, in tokens. */
const LOCATIVE_REACH = 3;

interface CodedSpan { readonly first: number; readonly last: number; readonly target: ActorMatch | null }

function placeWithin(places: readonly Place[], start: number, end: number): Place | undefined {
  return places.find((place) => place.start >= start && place.end <= end);
}

function placeStartingAt(places: readonly Place[], start: number): Place | undefined {
  return places.find((place) => place.start === start);
}

export function eventPlace(places: readonly Place[], tokens: readonly EventToken[], coded: CodedSpan): string | null {
  if (places.length === 0) return null;
  const target = coded.target;
  if (target !== null) {
    const atTarget = placeWithin(places, tokens[target.first]!.start, tokens[target.last]!.end);
    if (atTarget !== undefined) return atTarget.name;
  }
  const eventEnd = Math.max(coded.last, target?.last ?? -1);
  const reach = Math.min(tokens.length - 1, eventEnd + LOCATIVE_REACH);
  for (let i = coded.first; i <= reach; i++) {
    const token = tokens[i]!;
    if (i > eventEnd && CLAUSE_BREAKS.has(token.text)) break;
    if (!LOCATIVES.has(token.lower)) continue;
    let next = i + 1;
    if (DETERMINERS.has(tokens[next]?.lower ?? '')) next++;
    const found = tokens[next] === undefined ? undefined : placeStartingAt(places, tokens[next]!.start);
    if (found !== undefined) return found.name;
  }
  return null;
}

/**
 * The country of the place written exactly at a mention, for actors that are places ("the Gaza
 * Strip"): the first place in layer order lying within the mention. Made once per document for all
 * its mentions: the places are sorted by start on the first lookup, each lookup a binary search.
 */
export function placeCountryIndex(places: readonly Place[]): (start: number, end: number) => string | null {
  let order: number[] | undefined;
  return (start, end) => {
    order ??= places.map((_, k) => k).sort((a, b) => places[a]!.start - places[b]!.start);
    let low = 0;
    let high = order.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (places[order[middle]!]!.start < start) low = middle + 1;
      else high = middle;
    }
    let first = -1;
    for (let k = low; k < order.length && places[order[k]!]!.start < end; k++) {
      const at = order[k]!;
      if (places[at]!.end <= end && (first < 0 || at < first)) first = at;
    }
    return first < 0 ? null : places[first]!.country ?? null;
  };
}
