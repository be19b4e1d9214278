/**
 * Nested speech around a quote: `Paul Huntley said he wanted “common-sense solutions”`. The
 * reported finder stops the content of "said" at the quote ("he wanted") and the quote takes the
 * inner cue; but the words are the outer speaker's report, and PolNeAR, like a reader, annotates
 * one attribution. When the inner cue is a stance (wanted, hopes, thinks) or its subject a
 * pronoun ("he" is most often the outer speaker again), the quote joins the outer frame: its cue
 * and speaker. `Israel said Clinton called on members to be “closely coordinated”` stays Clinton's.
 *
 * @example 'Lenz said he hopes “the talks resume soon.”' → the quote's cue "said", speaker "Lenz"
 */
import type { Span } from '../../document/span.js';
import type { QuoteCandidate } from './quote-candidate.js';
import type { QuoteLexicon } from './quote-lexicon.js';

/** Inner speakers that are most often the outer one again: "He said that he hopes “...”". */
export const INNER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);
/** All that may lie between a content cut at a quote and the quote's words: space and the opening mark. */
const MARK_GAP = /^[\s"“‘'«]*$/;

function isStance(lexicon: QuoteLexicon, cue: Span): boolean {
  const words = cue.text.toLowerCase().split(/\s+/);
  return (lexicon.cues.get(words[0]!) ?? []).some((e) => e.flags.has('clause') && e.words.join(' ') === words.join(' '));
}

/** True when the quote's own frame is the inner one of nested speech that `outer` reports. */
function insideReport(text: string, outer: QuoteCandidate, quote: QuoteCandidate, lexicon: QuoteLexicon): boolean {
  const cue = quote.cue;
  if (cue === null || cue.start < outer.start || cue.end > quote.start || !MARK_GAP.test(text.slice(outer.end, quote.start))) return false;
  const pronoun = quote.speaker !== null && INNER_PRONOUNS.has(quote.speaker.text.toLowerCase());
  return quote.speaker === null || pronoun || isStance(lexicon, cue);
}

/** Candidates in text order; quotes of nested speech take the outer frame (and so do quotes sharing their cue). */
export function mergeNestedQuotes(text: string, candidates: readonly QuoteCandidate[], lexicon: QuoteLexicon): QuoteCandidate[] {
  const outerOf = new Map<number, QuoteCandidate>();
  const directs = candidates.filter((c) => c.direct);
  let d = 0;
  for (const outer of candidates) {
    if (outer.direct || outer.cue === null || outer.speaker === null) continue;
    // Both lists are in text order, and reported contents do not overlap: one forward sweep.
    while (d < directs.length && directs[d]!.start < outer.end) d++;
    const quote = directs[d];
    if (quote !== undefined && insideReport(text, outer, quote, lexicon)) outerOf.set(quote.cue!.start, outer);
  }
  if (outerOf.size === 0) return [...candidates];
  return candidates.map((c) => {
    const outer = c.direct && c.cue !== null ? outerOf.get(c.cue.start) : undefined;
    return outer === undefined ? c : { ...c, cue: outer.cue, speaker: outer.speaker, addressee: outer.addressee, rule: 'direct.partial' };
  });
}
