/**
 * Speaker labels: a line that opens with a name and a colon gives the rest of the line to that
 * name. In a headline (`Gingrich: Trump Must Decide If He Wants a Two-Pirate Ticket`) the name
 * may be in title case; in the body only a label in capitals counts, as in a transcript
 * (`TAPPER: Do you think he has campaigned as a healer?`), since "Note:" or "Update:" open lines
 * of prose too. Section labels ("The Latest:", "Watch:") are not speakers.
 *
 * @example findLabels('Marek: Bridge Will Open in May\n\nThe mayor ...') → [{ speaker 'Marek', cue ':', content 'Bridge Will Open in May' }]
 */
import type { QuoteCandidate } from './quote-candidate.js';
import { isCapitalised, isPunct, tokenSpan, windowOf } from './token-window.js';

/** The longest label: "McCain Challenger Kelli Ward". */
const MAX_LABEL_WORDS = 4;
/** The shortest content after the colon, in words. */
const MIN_CONTENT_WORDS = 3;
/** Headline section labels and kinds of item, which name no speaker (closed-class, like the grammar words in token-window.ts). */
const SECTION_LABELS = new Set([
  'latest', 'update', 'updated', 'updates', 'breaking', 'watch', 'exclusive', 'analysis', 'opinion', 'video', 'photos',
  'live', 'note', 'correction', 'related', 'read', 'transcript', 'text', 'editorial', 'review', 'recap', 'guide', 'explainer',
  'q', 'a', 'quiz', 'chart', 'map', 'timeline', 'fact', 'check', 'briefing',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'our', 'my', 'your']);

function lineLabel(text: string, from: number, to: number, headline: boolean): QuoteCandidate | null {
  const window = windowOf(text, from, Math.min(to, from + 400));
  const colon = window.lower.indexOf(':');
  if (colon < 1 || colon > MAX_LABEL_WORDS + 2) return null;
  const label = window.tokens.slice(0, colon);
  const words = label.filter((t) => !isPunct(t.text));
  if (words.length === 0 || words.length > MAX_LABEL_WORDS || DETERMINERS.has(window.lower[0]!)) return null;
  if (!words.every((t) => isCapitalised(t.text) || /^[’']s$/.test(t.text))) return null;
  if (words.some((t) => SECTION_LABELS.has(t.text.toLowerCase()))) return null;
  const capitals = words.every((t) => t.text.length > 1 && t.text === t.text.toUpperCase());
  if (!headline && !capitals) return null;
  let end = window.tokens.length;
  while (end > colon + 1 && isPunct(window.lower[end - 1]!)) end--;
  if (window.tokens.slice(colon + 1, end).filter((t) => !isPunct(t.text)).length < MIN_CONTENT_WORDS) return null;
  const content = tokenSpan(text, window, colon + 1, end)!;
  return {
    start: content.start, end: content.end, direct: false,
    speaker: tokenSpan(text, window, 0, colon), cue: tokenSpan(text, window, colon, colon + 1),
    addressee: null, source: null, rule: 'reported.label',
  };
}

/**
 * A cheap test before tokenising: up to four capitalised words and a colon open the line. Linear:
 * each word is a run of non-space, non-colon characters after a single space.
 */
const LABEL_HEAD = /\p{Lu}[^\s:]*(?: \p{Lu}[^\s:]*){0,3}:\s/uy;

/** Label attributions, one per labelled line, in text order; the first line is the headline. */
export function findLabels(text: string): QuoteCandidate[] {
  const found: QuoteCandidate[] = [];
  let from = 0;
  while (from < text.length) {
    const newline = text.indexOf('\n', from);
    const to = newline < 0 ? text.length : newline;
    // Most lines are skipped after a look at their opening words.
    LABEL_HEAD.lastIndex = from;
    if (to > from && LABEL_HEAD.test(text)) {
      const label = lineLabel(text, from, to, from === 0);
      if (label !== null) found.push(label);
    }
    from = to + 1;
  }
  return found;
}
