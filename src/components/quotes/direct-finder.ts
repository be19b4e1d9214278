/**
 * Direct quotes: each quoted span is attached to a cue after it (`"...," he said`), before it
 * (`He said: "..."`, or a partial quote inside reported speech), or to nothing (cue-attachment.ts
 * reads the frames). A quote with no cue of its own may continue the voice before it, share the
 * frame of the quote it is joined to (`“unfair” and “wrong”`), or belong to the person a list
 * introduction names. Spans that are not speech (scare quotes, titles, "the so-called 'shadow
 * fleet'") are left out.
 *
 * @example findDirectQuotes('"We will win," Lin said.', findQuotedSpans(text), lexicon) → [{ text 'We will win', cue 'said', speaker 'Lin' }]
 */
import type { Span } from '../../document/span.js';
import type { ListIntro } from './list-intro-finder.js';
import type { QuotedSpan } from './mark-finder.js';
import { attachAfter, attachBefore, attachPredicate } from './cue-attachment.js';
import type { QuoteCandidate, TokenWindow } from './quote-candidate.js';
import type { QuoteLexicon } from './quote-lexicon.js';
import { findSource } from './source-finder.js';
import type { TokenRange } from './speaker-phrase.js';
import { endsSentenceAt, isCapitalised, tokenSpan, windowOf } from './token-window.js';
import { trimNonWord } from '../../util/trim-chars.js';

/** How far (in characters) a frame reaches from a quote for its cue. */
const FRAME_CHARS = 300;
/** Quotes of at most this many words need a cue right next to them to count as speech. */
const SHORT_WORDS = 3;
const NOT_SPEECH_BEFORE = new Set([
  'so-called', 'called', 'dubbed', 'named', 'titled', 'entitled', 'term', 'word', 'words', 'phrase', 'slogan',
  'nicknamed', 'branded', 'labelled', 'labeled', 'hashtag', 'book', 'film', 'song', 'operation', 'codenamed',
]);
const NAME_CONTEXT = new Set(['’s', "'s", 'on', 'of', 'at', 'in', 'from', 'the', 'a', 'an', 'for', 'with', 'by', 'about', 'to']);
/** All that may stand between two quotes of one frame: `“not a good thing” and “unfair”`. */
const JOINERS = new Set(['and', 'or', 'but', 'nor', ',', '/']);

/** The quote's own words: inside the marks, without surrounding space or a trailing comma. */
function contentOf(text: string, span: QuotedSpan): { start: number; end: number; words: number; titleLike: boolean } {
  let start = span.inner;
  let end = span.close;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  const words = text.slice(start, end).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const titleLike = words.length <= 6 && words.every((w) => isCapitalised(w.replace(/^[^\p{L}\p{N}]+/u, '')) || w.length <= 3) && !/[.!?]$/.test(text.slice(start, end));
  return { start, end, words: words.length, titleLike };
}

/** Share of a text's longer words that are capitalised: titles ("Bridge Over Troubled Water") run high. */
function capitalShare(text: string): { words: number; share: number } {
  let words = 0;
  let capitals = 0;
  for (const raw of text.split(/\s+/)) {
    const word = trimNonWord(raw);
    if (word.length < 4) continue;
    words++;
    if (isCapitalised(word)) capitals++;
  }
  return { words, share: words === 0 ? 0 : capitals / words };
}

/** Share of capitalised longer words from which a quote reads as a title. */
const TITLE_SHARE = 0.75;

/**
 * A quote in title case, neither question nor exclamation, inside a line of ordinary prose: the
 * name of a book, show or group. In a title-case headline every quote looks like this, so there
 * it proves nothing.
 */
function isTitleInProse(text: string, content: { start: number; end: number }): boolean {
  const words = text.slice(content.start, content.end);
  if (/[?!]/.test(words)) return false;
  const own = capitalShare(words);
  if (own.words < 2 || own.share < TITLE_SHARE) return false;
  const lineStart = text.lastIndexOf('\n', content.start) + 1;
  const lineEnd = text.indexOf('\n', content.end);
  const line = text.slice(lineStart, content.start) + text.slice(content.end, lineEnd < 0 ? text.length : lineEnd);
  const rest = capitalShare(line);
  return rest.words >= 3 && rest.share < TITLE_SHARE;
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
  while (last > 0 && !endsSentenceAt(window, last - 1)) last--;
  return { tokens: window.tokens.slice(last), lower: window.lower.slice(last) };
}

/**
 * Tokens of the frame after the closing mark, up to the sentence end or the next quote;
 * `open` is true when the next quote came first (the frame may then introduce that quote).
 */
function frameAfter(text: string, span: QuotedSpan, ceiling: number): TokenWindow & { open: boolean } {
  let to = span.after;
  const limit = Math.min(ceiling, span.after + FRAME_CHARS, text.length);
  while (to < limit && text[to] !== '\n') to++;
  const window = windowOf(text, span.after, to);
  let first = 0;
  while (first < window.tokens.length && !endsSentenceAt(window, first)) first++;
  const open = first === window.tokens.length && to === ceiling;
  return { tokens: window.tokens.slice(0, first), lower: window.lower.slice(0, first), open };
}

/** The longest gap, in characters, over which an uncued quote continues the previous one. */
const MAX_CARRY_GAP = 400;
/** Sentence ends allowed in that gap: the previous frame's own, and one sentence about the speaker. */
const MAX_CARRY_ENDS = 2;

/**
 * True when little but the previous quote's own frame lies between it and the next quote: at most
 * two sentence ends (`," he said. He paused. "...`) and no new paragraph of narration, so a
 * stretch of narration breaks the chain.
 */
function continues(text: string, from: number, to: number): boolean {
  if (from < 0 || to - from > MAX_CARRY_GAP) return false;
  // A paragraph of narration in between (`...\n\nThe prime minister offered talks. "..."`) ends the voice.
  const paragraph = text.lastIndexOf('\n', to);
  if (paragraph > from && text.slice(paragraph, to).trim() !== '') return false;
  let ends = 0;
  for (let i = from; i < to; i++) {
    if ((text[i] === '.' || text[i] === '!' || text[i] === '?') && /\s/.test(text[i + 1] ?? ' ') && !afterTitle(text, i)) ends++;
  }
  return ends <= MAX_CARRY_ENDS;
}

/** A full stop after a title or an initial ("Mrs.", "Sen.", "B.") ends no sentence. */
function afterTitle(text: string, dot: number): boolean {
  return text[dot] === '.' && /(?:^|[\s(])\p{Lu}\p{Ll}{0,3}$/u.test(text.slice(Math.max(0, dot - 6), dot));
}

/**
 * `Cruz said "...," adding "..."`: a participle cue with no subject of its own takes the speaker
 * of the quote before it in the same sentence.
 */
function participleSubject(text: string, cue: Span | null, previous: QuoteCandidate | undefined, previousEnd: number, open: number): Span | null {
  if (cue === null || !cue.text.endsWith('ing') || previous === undefined || previousEnd < 0) return null;
  return /[.!?]\s/.test(text.slice(previousEnd, open)) ? null : previous.speaker;
}

function spanIn(text: string, window: TokenWindow, range: TokenRange | null): Span | null {
  return range === null ? null : tokenSpan(text, window, range.from, range.to);
}

/** The latest list introduction ending before `at`, advancing `cursor` (quotes come in text order). */
function introBefore(intros: readonly ListIntro[], cursor: { next: number }, at: number): ListIntro | null {
  while (cursor.next < intros.length && intros[cursor.next]!.at <= at) cursor.next++;
  return intros[cursor.next - 1] ?? null;
}

/**
 * Direct-quote candidates for the quoted spans, in text order; `intros` (sentences such as
 * "Below are Lin’s key statements.") give a speaker to the uncued quotes after them.
 */
export function findDirectQuotes(text: string, spans: readonly QuotedSpan[], lexicon: QuoteLexicon, intros: readonly ListIntro[] = []): QuoteCandidate[] {
  const found: QuoteCandidate[] = [];
  const cursor = { next: 0 };
  const usedCues = new Set<number>();
  let previousEnd = -1;
  spans.forEach((span, k) => {
    const content = contentOf(text, span);
    if (content.end <= content.start) return;
    const before = frameBefore(text, span, k > 0 ? spans[k - 1]!.after : 0);
    const lastBefore = before.lower[before.lower.length - 1] ?? '';
    // "entitled, “...”": the word may stand before a comma or a colon.
    const lastWord = lastBefore === ',' || lastBefore === ':' ? before.lower[before.lower.length - 2] ?? '' : lastBefore;
    if (NOT_SPEECH_BEFORE.has(lastWord)) return;
    // `on Fox News’s "Sunday Morning Futures"`: a title after a preposition or possessive is a name.
    if (content.titleLike && NAME_CONTEXT.has(lastBefore)) return;
    const after = frameAfter(text, span, spans[k + 1]?.open ?? text.length);
    const endsSentence = /[.!?]$/.test(text.slice(content.start, content.end));
    const viaAfter = attachAfter(after, lexicon, endsSentence);
    const attached = viaAfter ?? attachBefore(before, lexicon, usedCues) ?? attachPredicate(text, before, content, lexicon);
    const window = viaAfter !== null ? after : before;
    const short = content.words <= SHORT_WORDS || content.titleLike;
    if (attached === null || (short && !attached.adjacent)) {
      const previous = found[found.length - 1];
      // `said it was “not a good thing” and “something to solve quickly”`: joined to the quote
      // just before, even a short quote shares its frame.
      const joined = previous !== undefined && previousEnd === spans[k - 1]?.close && before.lower.length > 0 && before.lower.every((w) => JOINERS.has(w));
      if (joined) {
        found.push({ ...previous, start: content.start, end: content.end });
        previousEnd = span.close;
        return;
      }
      // A quote with no cue of its own, just after an attributed one, continues it: same speaker, same cue.
      // A partial quote inside someone's sentence is not a voice that carries on.
      const near = !short && previous !== undefined && previous.speaker !== null && previous.rule !== 'direct.partial' && continues(text, previousEnd, span.open);
      // In a list of someone's statements even a short quote is theirs (`Ukraine is "pecking" the hand`).
      const intro = near || attached !== null ? null : introBefore(intros, cursor, span.open);
      if (short && intro === null) return;
      // `the movie “13 Hours: The Secret Soldiers of Benghazi”`: a title in running text, not speech.
      if (!near && intro === null && isTitleInProse(text, content)) return;
      found.push(near
        ? { ...previous, start: content.start, end: content.end, rule: 'direct.continued' }
        : { start: content.start, end: content.end, direct: true, speaker: intro?.speaker ?? null, cue: null, addressee: null, source: null, rule: intro === null ? 'direct.uncued' : 'direct.listed' });
      previousEnd = span.close;
      return;
    }
    const sourceAfter = findSource(after, lexicon, 0, after.tokens.length);
    const sourceWindow = sourceAfter !== null ? after : before;
    const source = sourceAfter ?? findSource(before, lexicon, 0, before.tokens.length);
    const cue = attached.cue === null ? null : tokenSpan(text, window, attached.cue.from, attached.cue.to);
    const speaker = spanIn(text, window, attached.speaker) ?? participleSubject(text, cue, found[found.length - 1], previousEnd, span.open);
    previousEnd = span.close;
    if (cue !== null) usedCues.add(cue.start);
    found.push({
      start: content.start, end: content.end, direct: true, speaker, cue,
      addressee: spanIn(text, window, attached.addressee),
      source: source === null ? null : tokenSpan(text, sourceWindow, source.from, source.to)?.text ?? null,
      rule: attached.rule,
    });
  });
  return found;
}
