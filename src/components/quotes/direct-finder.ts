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
import { continues } from './continuation-refiner.js';
import { INNER_PRONOUNS } from './nested-refiner.js';
import type { QuoteCandidate, TokenWindow } from './quote-candidate.js';
import type { QuoteLexicon } from './quote-lexicon.js';
import { findSource } from './source-finder.js';
import { clauseSubject, FRONTING } from './noun-phrase.js';
import type { TokenRange } from './speaker-phrase.js';
import { leadingSubject } from './speaker-phrase.js';
import { endsSentenceAt, isCapitalised, isPunct, tokenSpan, verbCueAt, windowOf } from './token-window.js';
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
/** Rules of quotes whose frame opens before them, so that it may cover later quotes of the sentence. */
const FRAMED_BEFORE = new Set(['direct.partial', 'direct.cue-before', 'direct.subject']);
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

/**
 * `Cruz said "...," adding "..."`: a participle cue with no subject of its own takes the speaker
 * of the quote before it in the same sentence.
 */
function participleSubject(text: string, cue: Span | null, previous: QuoteCandidate | undefined, previousEnd: number, open: number): Span | null {
  if (cue === null || !cue.text.endsWith('ing') || previous === undefined || previousEnd < 0) return null;
  return /[.!?]\s/.test(text.slice(previousEnd, open)) ? null : previous.speaker;
}

/**
 * The subject of the sentence a quote stands inside, with no cue of ours (`Moore thanked him for
 * “stepping up ...”`, `Gingrich: Trump Must Decide ‘...’`): the words are the subject's, as in a
 * partial quote. Null for a quote that opens its sentence.
 */
function sentenceSubject(text: string, span: QuotedSpan, lexicon: QuoteLexicon): Span | null {
  // From the sentence start, over any earlier quotes in it (`Bolton thought some of the “...” buzz was “...”`).
  const sentence = frameBefore(text, span, 0);
  if (sentence.tokens.length === 0) return null;
  const subject = clauseSubject(sentence, 0, (i) => verbCueAt(sentence, lexicon, i)) ?? leadingSubject(sentence);
  // "During that call Marek ...": a fronted phrase without its comma, not a subject.
  return subject === null || FRONTING.has(sentence.lower[subject.from]!) ? null : spanIn(text, sentence, subject);
}

function spanIn(text: string, window: TokenWindow, range: TokenRange | null): Span | null {
  return range === null ? null : tokenSpan(text, window, range.from, range.to);
}

/** The latest list introduction ending before `at`, advancing `cursor` (quotes come in text order). */
/**
 * In a list of someone's statements, words in quotation marks are theirs even where the item
 * recounts another's speech ('Back in 2021, Joe Biden suggested "delaying …"'): the list quotes
 * the person's remarks, and the marks their wording of it. (Reported speech in the list keeps its
 * own speaker: the words are not given as anyone's.) A pronoun is the listed person again, and
 * their own name needs no change.
 */
function isThirdParty(speaker: Span, listed: Span): boolean {
  const words = speaker.text.toLowerCase().split(/\s+/);
  if (words.length === 1 && INNER_PRONOUNS.has(words[0]!)) return false;
  const last = (text: string) => text.toLowerCase().replace(/[’']s$/, '').split(/\s+/).pop();
  return last(speaker.text) !== last(listed.text);
}

function introBefore(intros: readonly ListIntro[], cursor: { next: number }, at: number): ListIntro | null {
  while (cursor.next < intros.length && intros[cursor.next]!.at <= at) cursor.next++;
  return intros[cursor.next - 1] ?? null;
}

/** What an uncued quote is judged by: its frame, its size, and the quote found before it. */
interface UncuedContext {
  readonly before: TokenWindow;
  readonly short: boolean;
  readonly previous: QuoteCandidate | undefined;
  readonly previousEnd: number;
  /** The previous quoted span was kept as that quote (`previousEnd` is its closing mark). */
  readonly joinable: boolean;
}

/** No sentence ends between the previous quote's content (which may end in its own full stop) and `open`. */
function sameSentence(text: string, previousContentEnd: number, open: number): boolean {
  return !/[.!?]["”’'»]*\s|\n/.test(text.slice(Math.max(0, previousContentEnd - 1), open));
}

/**
 * A quote with no cue of its own (or only a distant one for a short quote): joined to the quote
 * before it (`“unfair” and “wrong”`, or later in the same sentence as a partial quote framed
 * before it), continuing the voice before it, listed after an introduction, or inside a sentence
 * whose subject speaks (`Moore thanked him for “...”`). Null when it is not speech.
 */
function uncuedQuote(text: string, span: QuotedSpan, content: { start: number; end: number; titleLike: boolean }, ctx: UncuedContext, lexicon: QuoteLexicon, intro: ListIntro | null): QuoteCandidate | null {
  const { before, short, previous } = ctx;
  const own = { start: content.start, end: content.end };
  if (previous !== undefined && ctx.joinable) {
    // `said it was “not a good thing” and “something to solve quickly”`: even a short quote shares the frame.
    if (before.lower.length > 0 && before.lower.every((w) => JOINERS.has(w))) return { ...previous, ...own };
    // `Cruz says his “friend and colleague” Rubio ran “an optimistic campaign”`: one sentence, one frame.
    if (!short && previous.speaker !== null && FRAMED_BEFORE.has(previous.rule) && sameSentence(text, previous.end, span.open)) return { ...previous, ...own };
  }
  // Just after an attributed quote, a quote continues it: same speaker, same cue. A partial
  // quote inside someone's sentence is not a voice that carries on.
  const near = !short && previous !== undefined && previous.speaker !== null && previous.rule !== 'direct.partial' && continues(text, ctx.previousEnd, span.open);
  if (near) return { ...previous, ...own, rule: 'direct.continued' };
  // In a list of someone's statements even a short quote is theirs (`Ukraine is "pecking" the hand`).
  if (intro !== null) return { ...own, direct: true, speaker: intro.speaker, cue: null, addressee: null, source: null, rule: 'direct.listed' };
  // `the movie “13 Hours: The Secret Soldiers of Benghazi”`: a title in running text, not speech.
  if (short || isTitleInProse(text, content)) return null;
  const subject = sentenceSubject(text, span, lexicon);
  return { ...own, direct: true, speaker: subject, cue: null, addressee: null, source: null, rule: subject === null ? 'direct.uncued' : 'direct.subject' };
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
    const intro = introBefore(intros, cursor, span.open);
    const before = frameBefore(text, span, k > 0 ? spans[k - 1]!.after : 0);
    const lastBefore = before.lower[before.lower.length - 1] ?? '';
    // "entitled, “...”": the word may stand before a comma or a colon.
    const lastWord = lastBefore === ',' || lastBefore === ':' ? before.lower[before.lower.length - 2] ?? '' : lastBefore;
    if (NOT_SPEECH_BEFORE.has(lastWord)) return;
    // `on Fox News’s "Sunday Morning Futures"`: a title after a preposition or possessive is a name.
    if (content.titleLike && NAME_CONTEXT.has(lastBefore)) return;
    const after = frameAfter(text, span, spans[k + 1]?.open ?? text.length);
    const endsSentence = /[.!?]$/.test(text.slice(content.start, content.end));
    // `Bush called Trump “unhinged.” Rubio called it ...`: a quote that ends a sentence it did not
    // open has its frame before it; the next sentence is not its frame.
    const midSentence = before.lower.some((w) => !isPunct(w));
    const viaAfter = endsSentence && midSentence ? null : attachAfter(after, lexicon, endsSentence);
    const attached = viaAfter ?? attachBefore(before, lexicon, usedCues) ?? attachPredicate(text, before, content, lexicon);
    const window = viaAfter !== null ? after : before;
    const short = content.words <= SHORT_WORDS || content.titleLike;
    if (attached === null || (short && !attached.adjacent)) {
      const quote = uncuedQuote(text, span, content, { before, short, previous: found[found.length - 1], previousEnd, joinable: previousEnd === spans[k - 1]?.close }, lexicon, attached === null ? intro : null);
      if (quote !== null) {
        found.push(quote);
        previousEnd = span.close;
      }
      return;
    }
    const sourceAfter = findSource(after, lexicon, 0, after.tokens.length);
    const sourceWindow = sourceAfter !== null ? after : before;
    const source = sourceAfter ?? findSource(before, lexicon, 0, before.tokens.length);
    const cue = attached.cue === null ? null : tokenSpan(text, window, attached.cue.from, attached.cue.to);
    const speaker = spanIn(text, window, attached.speaker) ?? participleSubject(text, cue, found[found.length - 1], previousEnd, span.open);
    previousEnd = span.close;
    if (cue !== null) usedCues.add(cue.start);
    const recounted = intro !== null && speaker !== null && isThirdParty(speaker, intro.speaker);
    found.push(recounted ? {
      start: content.start, end: content.end, direct: true, speaker: intro.speaker, cue: null, addressee: null, source: null, rule: 'direct.listed',
    } : {
      start: content.start, end: content.end, direct: true, speaker, cue,
      addressee: spanIn(text, window, attached.addressee),
      source: source === null ? null : tokenSpan(text, sourceWindow, source.from, source.to)?.text ?? null,
      rule: attached.rule,
    });
  });
  return found;
}
