/**
 * The tense of the clause around a time expression, from the nearest cue word in the same
 * sentence: "will", "plans", "as early as" look forward; "said", "was", "-ed" verbs look back;
 * "had been scheduled to" looks back. Deliberately small and fast: it only has to decide which
 * way a bare weekday or month points.
 */
import type { FinderContext, Tense } from './time-candidate.js';
import { lookup } from './time-candidate.js';

/** How far, in tokens, a cue may stand from the expression. */
const WINDOW = 14;
/** Words ending in -ed that are not past-tense verbs. */
const NOT_PAST = new Set(['need', 'speed', 'feed', 'seed', 'red', 'bed', 'hundred', 'united', 'indeed', 'breed', 'proceed', 'succeed', 'exceed', 'shed', 'wed', 'led', 'fled', 'bled', 'creed', 'greed', 'weed', 'tweed', 'embed', 'ed', 'ted', 'ned', 'fred', 'proposed', 'expected', 'scheduled', 'planned', 'armed', 'based', 'limited', 'related', 'advanced', 'detailed', 'concerned', 'interested', 'supposed', 'used', 'called', 'named']);

/** Auxiliaries that are tense cues alone but give way to a plan word right after them ("were planning"). */
const AUXILIARIES = new Set(['is', 'are', 'am', 'was', 'were', 'been', 'has', 'have', 'had']);

/** Words that put a plan before the story: "had been scheduled to", "as previously planned". */
const PAST_PLAN = new Set(['had', 'previously']);
/** How far before a future cue such a word may stand ("had been due to expire": four tokens). */
const PLAN_WINDOW = 4;

/**
 * "had been scheduled to expire Friday", "as previously planned": a plan told in the past
 * perfect lies before the story, whatever its own words say.
 */
function plannedInPast(ctx: FinderContext, k: number): boolean {
  for (let back = 1; back <= PLAN_WINDOW; back++) if (PAST_PLAN.has(ctx.tokens[k - back]?.word ?? '')) return true;
  return false;
}

/** A cue's tense and how much weaker it is than an auxiliary: an "-ed" word may be an adjective. */
function cueAt(ctx: FinderContext, k: number): { tense: Tense; penalty: number } | null {
  const token = ctx.tokens[k];
  if (!token || token.kind !== 'word') return null;
  // "will be held", "to be made": a participle after "be" carries no tense of its own.
  if (ctx.tokens[k - 1]?.word === 'be') return null;
  const cue = lookup(ctx, k, 'tense');
  // "were planning", "is expected": the auxiliary serves the plan word after it, which decides.
  if (cue && AUXILIARIES.has(token.word) && lookup(ctx, k + 1, 'tense')?.value === 'future') return null;
  if (cue) return { tense: cue.value === 'future' && plannedInPast(ctx, k) ? 'past' : cue.value as Tense, penalty: 0 };
  if (token.word.length > 4 && token.word.endsWith('ed') && !NOT_PAST.has(token.word)) return { tense: 'past', penalty: 4 };
  return null;
}

/**
 * The tense nearest to tokens [from, to) in the sentence, or null when no cue is close. A cue
 * after the expression counts as twice as far: the verb an adverbial of time belongs to usually
 * comes before it ("will meet Bush on Thursday", "said on Friday").
 */
export function tenseAround(ctx: FinderContext, from: number, to: number): Tense {
  let best: Tense = null;
  let bestCost = Infinity;
  for (let distance = 1; distance <= WINDOW; distance++) {
    const before = cueAt(ctx, from - distance);
    if (before && distance + before.penalty < bestCost) { best = before.tense; bestCost = distance + before.penalty; }
    const after = cueAt(ctx, to - 1 + distance);
    if (after && 2 * distance + after.penalty < bestCost) { best = after.tense; bestCost = 2 * distance + after.penalty; }
    if (distance >= bestCost) break;
  }
  return best;
}
