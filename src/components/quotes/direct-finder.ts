/**
 * Direct quotes: each quoted span is attached to a cue after it (`"...," he said`), before it
 * (`He said: "..."`, or a partial quote inside reported speech), or to nothing. Spans that are
 * not speech (scare quotes, titles, "the so-called 'shadow fleet'") are left out.
 */
import type { Span } from '../../document/span.js';
import type { QuotedSpan } from './mark-finder.js';
import type { CueMatch, QuoteCandidate, TokenWindow } from './quote-candidate.js';
import type { QuoteLexicon } from './quote-lexicon.js';
import { findSource } from './source-finder.js';
import type { TokenRange } from './speaker-phrase.js';
import { addresseeAfter, leadingSubject, speakerAfter, speakerBefore } from './speaker-phrase.js';
import { findCues, isCapitalised, isPunct, isTerminal, tokenSpan, windowOf } from './token-window.js';

/** How far (in characters) a frame reaches from a quote for its cue. */
const FRAME_CHARS = 300;
/** Quotes of at most this many words need a cue right next to them to count as speech. */
const SHORT_WORDS = 3;
const NOT_SPEECH_BEFORE = new Set([
  'so-called', 'called', 'dubbed', 'named', 'titled', 'entitled', 'term', 'word', 'words', 'phrase', 'slogan',
  'nicknamed', 'branded', 'labelled', 'labeled', 'hashtag', 'book', 'film', 'song', 'operation', 'codenamed',
]);
const NAME_CONTEXT = new Set(['’s', "'s", 'on', 'of', 'at', 'in', 'from', 'the', 'a', 'an', 'for', 'with', 'by', 'about', 'to']);
const ADJACENT_GAP = new Set([':', ',', 'that', '—', '–', '-']);

interface Attachment {
  readonly cue: CueMatch | null;
  readonly speaker: TokenRange | null;
  readonly addressee: TokenRange | null;
  readonly adjacent: boolean;
  readonly rule: string;
}

/** The quote's own words: inside the marks, without surrounding space or a trailing comma. */
function contentOf(text: string, span: QuotedSpan): { start: number; end: number; words: number; titleLike: boolean } {
  let start = span.open + 1;
  let end = span.close;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  const words = text.slice(start, end).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const titleLike = words.length <= 6 && words.every((w) => isCapitalised(w.replace(/^[^\p{L}\p{N}]+/u, '')) || w.length <= 3) && !/[.!?]$/.test(text.slice(start, end));
  return { start, end, words: words.length, titleLike };
}

/** Tokens of the frame before the opening mark, back to the sentence start or the previous quote. */
function frameBefore(text: string, span: QuotedSpan, floor: number): TokenWindow {
  let from = span.open;
  const limit = Math.max(floor, span.open - FRAME_CHARS);
  while (from > limit && text[from - 1] !== '\n') from--;
  // `Cruz continued:` closing the paragraph before introduces the quote that opens this one.
  let end = from;
  while (end > limit && /\s/.test(text[end - 1]!)) end--;
  if (from === span.open && end < from && text[end - 1] === ':') {
    from = end;
    while (from > limit && text[from - 1] !== '\n') from--;
  }
  const window = windowOf(text, from, span.open);
  let last = window.tokens.length;
  while (last > 0 && !isTerminal(window.lower[last - 1]!)) last--;
  return { tokens: window.tokens.slice(last), lower: window.lower.slice(last) };
}

/**
 * Tokens of the frame after the closing mark, up to the sentence end or the next quote;
 * `open` is true when the next quote came first (the frame may then introduce that quote).
 */
function frameAfter(text: string, span: QuotedSpan, ceiling: number): TokenWindow & { open: boolean } {
  let to = span.close + 1;
  const limit = Math.min(ceiling, span.close + 1 + FRAME_CHARS, text.length);
  while (to < limit && text[to] !== '\n') to++;
  const window = windowOf(text, span.close + 1, to);
  let first = 0;
  while (first < window.tokens.length && !isTerminal(window.lower[first]!)) first++;
  const open = first === window.tokens.length && to === ceiling;
  return { tokens: window.tokens.slice(0, first), lower: window.lower.slice(0, first), open };
}

function attachAfter(after: TokenWindow & { open: boolean }, lexicon: QuoteLexicon, endsSentence: boolean): Attachment | null {
  // `"...." He added, "..."`: after a finished sentence, a frame that runs into the next quote introduces it.
  if (endsSentence && after.open) return null;
  let t = 0;
  while (t < after.tokens.length && isPunct(after.lower[t]!)) t++;
  // Next to quotation marks even a stance verb reports words: `"...," he continued`.
  const cue = findCues(after, lexicon, t, Math.min(after.tokens.length, t + 12))[0];
  if (cue === undefined) return null;
  let speaker: TokenRange | null;
  let addressee: TokenRange | null = null;
  let rest: number;
  if (cue.from === t) {
    speaker = speakerAfter(after, cue.to);
    rest = speaker?.to ?? cue.to;
  } else {
    const before = speakerBefore(after, cue.from, t);
    speaker = before !== null && before.boundary < t ? before : null;
    if (cue.entry.flags.has('addressee')) addressee = addresseeAfter(after, cue.to);
    rest = addressee?.to ?? cue.to;
  }
  if (speaker === null) return null;
  // A quote that ended its sentence takes a cue after it only when the cue ends the frame too.
  if (endsSentence && rest < after.tokens.length && !isPunct(after.lower[rest]!)) return null;
  return { cue, speaker, addressee, adjacent: true, rule: cue.from === t ? 'direct.cue-after-inverted' : 'direct.cue-after' };
}

/** `Cruz continued: "..."`: a frame ending in a colon names its speaker first. */
function attachColon(before: TokenWindow): Attachment | null {
  const subject = leadingSubject(before);
  if (subject === null) return null;
  return { cue: null, speaker: subject, addressee: null, adjacent: true, rule: 'direct.colon' };
}

function attachBefore(before: TokenWindow, lexicon: QuoteLexicon): Attachment | null {
  const cues = findCues(before, lexicon);
  let cue = cues.pop();
  // A stance verb introduces a quote only right before it ("He continued: ..."), not from afar.
  if (cue !== undefined && cue.entry.flags.has('clause') && !before.lower.slice(cue.to).every((w) => ADJACENT_GAP.has(w))) cue = cues.filter((c) => !c.entry.flags.has('clause')).pop();
  const colon = before.lower[before.lower.length - 1] === ':';
  if (cue === undefined) return colon ? attachColon(before) : null;
  const prep = cue.entry.flags.has('prep');
  let speaker: TokenRange | null = prep ? null : speakerBefore(before, cue.from);
  let gapFrom = cue.to;
  // ", saying:" and ", adding:" take the subject of the whole clause.
  if (speaker === null && !prep && before.lower[cue.from - 1] === ',') speaker = leadingSubject(before);
  if (speaker === null) {
    speaker = speakerAfter(before, cue.to);
    gapFrom = speaker?.to ?? cue.to;
  }
  const addressee = !prep && cue.entry.flags.has('addressee') ? addresseeAfter(before, cue.to) : null;
  if (addressee !== null && addressee.from === gapFrom) gapFrom = addressee.to;
  const source = findSource(before, lexicon, gapFrom, before.tokens.length);
  if (source !== null && source.from <= gapFrom + 1) gapFrom = source.patternTo;
  const adjacent = before.lower.slice(gapFrom).every((w) => ADJACENT_GAP.has(w));
  return { cue, speaker, addressee, adjacent, rule: adjacent ? 'direct.cue-before' : 'direct.partial' };
}

/** The longest gap, in characters, over which an uncued quote continues the previous one. */
const MAX_CARRY_GAP = 400;
/** Sentence ends allowed in that gap: the previous frame's own, and one sentence about the speaker. */
const MAX_CARRY_ENDS = 2;

/**
 * True when little but the previous quote's own frame lies between it and the next quote: at most
 * two sentence ends (`," he said. He paused. "...`), so a stretch of narration breaks the chain.
 */
function continues(text: string, from: number, to: number): boolean {
  if (from < 0 || to - from > MAX_CARRY_GAP) return false;
  let ends = 0;
  for (let i = from; i < to; i++) {
    if ((text[i] === '.' || text[i] === '!' || text[i] === '?') && /\s/.test(text[i + 1] ?? ' ')) ends++;
  }
  return ends <= MAX_CARRY_ENDS;
}

function spanIn(text: string, window: TokenWindow, range: TokenRange | null): Span | null {
  return range === null ? null : tokenSpan(text, window, range.from, range.to);
}

/** Direct-quote candidates for the quoted spans, in text order. */
export function findDirectQuotes(text: string, spans: readonly QuotedSpan[], lexicon: QuoteLexicon): QuoteCandidate[] {
  const found: QuoteCandidate[] = [];
  let previousEnd = -1;
  spans.forEach((span, k) => {
    const content = contentOf(text, span);
    if (content.end <= content.start) return;
    const before = frameBefore(text, span, k > 0 ? spans[k - 1]!.close + 1 : 0);
    const lastBefore = before.lower[before.lower.length - 1] ?? '';
    if (NOT_SPEECH_BEFORE.has(lastBefore)) return;
    // `on Fox News’s "Sunday Morning Futures"`: a title after a preposition or possessive is a name.
    if (content.titleLike && NAME_CONTEXT.has(lastBefore)) return;
    const after = frameAfter(text, span, spans[k + 1]?.open ?? text.length);
    const endsSentence = /[.!?]$/.test(text.slice(content.start, content.end));
    const viaAfter = attachAfter(after, lexicon, endsSentence);
    const attached = viaAfter ?? attachBefore(before, lexicon);
    const window = viaAfter !== null ? after : before;
    const short = content.words <= SHORT_WORDS || content.titleLike;
    if (attached === null || (short && !attached.adjacent)) {
      if (short) return;
      // A quote with no cue of its own, just after an attributed one, continues it: same speaker, same cue.
      const previous = found[found.length - 1];
      // A partial quote inside someone's sentence is not a voice that carries on.
      const near = previous !== undefined && previous.speaker !== null && previous.rule !== 'direct.partial' && continues(text, previousEnd, span.open);
      found.push(near
        ? { ...previous, start: content.start, end: content.end, rule: 'direct.continued' }
        : { start: content.start, end: content.end, direct: true, speaker: null, cue: null, addressee: null, source: null, rule: 'direct.uncued' });
      previousEnd = span.close;
      return;
    }
    const sourceAfter = findSource(after, lexicon, 0, after.tokens.length);
    const sourceWindow = sourceAfter !== null ? after : before;
    const source = sourceAfter ?? findSource(before, lexicon, 0, before.tokens.length);
    const speaker = spanIn(text, window, attached.speaker);
    previousEnd = span.close;
    found.push({
      start: content.start, end: content.end, direct: true, speaker,
      cue: attached.cue === null ? null : tokenSpan(text, window, attached.cue.from, attached.cue.to),
      addressee: spanIn(text, window, attached.addressee),
      source: source === null ? null : tokenSpan(text, sourceWindow, source.from, source.to)?.text ?? null,
      rule: attached.rule,
    });
  });
  return found;
}
