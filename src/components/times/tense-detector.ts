/**
 * The tense of the clause around a time expression, from the nearest cue word in the same
 * sentence: "will", "plans" look forward; "said", "was", "-ed" verbs look back. Deliberately
 * small and fast: it only has to decide which way a bare weekday or month points.
 */
import type { FinderContext, Tense } from './time-candidate.js';
import { lookup } from './time-candidate.js';

/** How far, in tokens, a cue may stand from the expression. */
const WINDOW = 14;
/** Words ending in -ed that are not past-tense verbs. */
const NOT_PAST = new Set(['need', 'speed', 'feed', 'seed', 'red', 'bed', 'hundred', 'united', 'indeed', 'breed', 'proceed', 'succeed', 'exceed', 'shed', 'wed', 'led', 'fled', 'bled', 'creed', 'greed', 'weed', 'tweed', 'embed', 'ed', 'ted', 'ned', 'fred', 'proposed', 'expected', 'scheduled', 'planned', 'armed', 'based', 'limited', 'related', 'advanced', 'detailed', 'concerned', 'interested', 'supposed', 'used', 'called', 'named']);

function cueAt(ctx: FinderContext, k: number): Tense {
  const token = ctx.tokens[k];
  if (!token || token.kind !== 'word') return null;
  const cue = lookup(ctx, k, 'tense');
  if (cue && cue.next === k + 1) return cue.value as Tense;
  if (token.word.length > 4 && token.word.endsWith('ed') && !NOT_PAST.has(token.word)) return 'past';
  return null;
}

/** The tense nearest to tokens [from, to) in the sentence, or null when no cue is close. */
export function tenseAround(ctx: FinderContext, from: number, to: number): Tense {
  for (let distance = 1; distance <= WINDOW; distance++) {
    const after = cueAt(ctx, to - 1 + distance);
    const before = cueAt(ctx, from - distance);
    // On a tie the verb before wins: "said on Friday that ..." is about Friday's saying.
    if (before) return before;
    if (after) return after;
  }
  return null;
}
