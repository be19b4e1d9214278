/**
 * Attaching a quote to its frame: the cue and speaker after it (`"...," he said`), before it
 * (`He said: "..."`, a partial quote inside reported speech), a colon (`Cruz continued: "..."`) or
 * the name whose predicate it is (`Putin "reasonably responded that ..."`). Token ranges index the
 * frame's window; direct-finder.ts turns them into spans.
 *
 * @example attachAfter(windowOf(text, close, end), lexicon, false) → { cue: said, speaker: "Minister Lin Bao", ... }
 */
import type { CueMatch, TokenWindow } from './quote-candidate.js';
import { INNER_PRONOUNS } from './nested-refiner.js';
import type { QuoteLexicon } from './quote-lexicon.js';
import { CAPITAL_TIMES, clauseSubject, DASHES, FRONTING } from './noun-phrase.js';
import { findSource } from './source-finder.js';
import type { TokenRange } from './speaker-phrase.js';
import { addresseeAfter, leadingSubject, notASpeaker, opensPredicate, speakerAfter, speakerBefore } from './speaker-phrase.js';
import { AUXILIARY, CLAUSE_WORDS, findCues, FORWARD_STOPS, isCapitalised, isPunct, isTerminal, opensClause, verbCueAt, windowOf } from './token-window.js';

/** What may stand between a cue (and its speaker) and the quote it introduces. */
const ADJACENT_GAP = new Set([':', ',', 'that', '—', '–', '-']);

export interface Attachment {
  readonly cue: CueMatch | null;
  readonly speaker: TokenRange | null;
  readonly addressee: TokenRange | null;
  readonly adjacent: boolean;
  readonly rule: string;
}

/** The longest name taken as the subject of a quoted predicate. */
const MAX_NAME_WORDS = 4;
/** How many tokens after a quote its cue may lie: `"...," James B. Comey Jr., the director of the FBI, said`. */
const CUE_AFTER_REACH = 20;

/**
 * A frame after a quote that ended its sentence, running into the next quote, introduces that
 * quote when it ends in a colon or a comma (`"...." He added, "..."`); a frame with a scare
 * quote inside (`asked Mr. Manafort, referring to the ''crooked'' process`) does not.
 */
function introducesNext(after: TokenWindow & { open: boolean }): boolean {
  const last = after.lower[after.lower.length - 1];
  return after.open && (last === ',' || last === ':');
}

/** The longest hearer ending a frame after its quote: `"...?" Todd asked the real estate mogul.` */
const MAX_OBJECT_WORDS = 5;

/**
 * After a cue, an adjunct (`during his appearance`, `in a statement`), a participle, or a short
 * hearer ending the frame (`asked the real estate mogul.`), not a new clause.
 */
function adjunctTail(window: TokenWindow, rest: number): boolean {
  let at = rest;
  // After a comma comes an appositive or an adjunct (`said Zeynep Tufekci, an assistant professor`,
  // `Dawson shouted, shorthand for ...`), unless a that-clause follows: `He said, twice, that ...`.
  while (window.lower[at] === ',') at++;
  const next = window.lower[at];
  if (next === undefined || isTerminal(next)) return true;
  if (at > rest) return !window.lower.slice(at, at + 3).includes('that');
  // `He added that praising the former president ...`: a new report, not this quote's frame.
  if (next === 'that') return false;
  if (isPunct(next) || FORWARD_STOPS.has(next) || (next.endsWith('ing') && next.length > 4)) return true;
  const tail = window.lower.slice(at);
  const words = tail.filter((w) => !isPunct(w));
  return words.length <= MAX_OBJECT_WORDS && tail.every((w) => !CLAUSE_WORDS.has(w) && !AUXILIARY.has(w) && w !== ',');
}

/** Auxiliaries and modals: a phrase holding one is a clause, not an inverted speaker. */
const FINITE_VERBS = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', 'did', 'does', 'do', 'was', 'were', 'is', 'are']);

export function attachAfter(after: TokenWindow & { open: boolean }, lexicon: QuoteLexicon, endsSentence: boolean): Attachment | null {
  if (endsSentence && introducesNext(after)) return null;
  let t = 0;
  while (t < after.tokens.length && isPunct(after.lower[t]!)) t++;
  // Next to quotation marks even a stance verb reports words: `"...," he continued`.
  const cue = findCues(after, lexicon, t, Math.min(after.tokens.length, t + CUE_AFTER_REACH))[0];
  if (cue === undefined) return null;
  let speaker: TokenRange | null;
  let addressee: TokenRange | null = null;
  let rest: number;
  // `“totally inappropriate” for Ginsburg to criticize Trump`: an infinitive reports nothing.
  if (after.lower[cue.from - 1] === 'to') return null;
  // `"...," like the recent volatility of markets, said Richard Curtin`: an aside, then an inverted frame.
  const inverted = cue.from === t || (after.lower[cue.from - 1] === ',' && speakerBefore(after, cue.from, t) === null);
  if (inverted) {
    speaker = speakerAfter(after, cue.to);
    // `"a disaster," said the council would reject it`: a clause after the verb is what was said, not who.
    if (speaker !== null && after.lower.slice(speaker.from, speaker.to).some((w) => FINITE_VERBS.has(w))) return null;
    rest = speaker?.to ?? cue.to;
  } else {
    const before = speakerBefore(after, cue.from, t);
    speaker = before !== null && before.boundary < t ? before : null;
    // `"...," James Lenz, the director of the bureau, said`: the name and its aside speak together.
    if (before !== null && speaker === null && after.lower[before.boundary] === ',') {
      const head = speakerBefore(after, before.boundary, t);
      if (head !== null && head.boundary < t) speaker = { from: head.from, to: before.to };
    }
    if (cue.entry.flags.has('addressee')) addressee = addresseeAfter(after, cue.to);
    rest = addressee?.to ?? cue.to;
  }
  if (speaker === null) return null;
  // A quote that ended its sentence takes a cue after it only when the cue ends the frame too, but
  // for an adjunct (`"...?" Trump added during his appearance on Fox`).
  if (endsSentence && !adjunctTail(after, rest)) return null;
  return { cue, speaker, addressee, adjacent: true, rule: inverted ? 'direct.cue-after-inverted' : 'direct.cue-after' };
}

/**
 * `Cruz continued: "..."`: a frame ending in a colon names its speaker first, or, when a name
 * stands right before the colon, that name (`... doesn't surprise pollster Dana Shaw: "..."`).
 */
function attachColon(before: TokenWindow, lexicon: QuoteLexicon): Attachment | null {
  const colon = before.tokens.length - 1;
  let from = colon;
  while (from > 0 && colon - from < MAX_NAME_WORDS && isCapitalised(before.tokens[from - 1]!.text) && !isPunct(before.lower[from - 1]!)) from--;
  // Not a name after a preposition (`to the Dutch newspaper NRC Handelsblad:`, `on Tuesday:`), but one after a
  // dash (`HEADLINE - Jeffrey Jones:`) is.
  const previous = before.lower[from - 1] ?? '';
  const afterPreposition = before.lower.slice(Math.max(0, from - 4), from).some((w) => FRONTING.has(w));
  const named = from < colon && from > 0 && (!isPunct(previous) || DASHES.has(previous)) && !afterPreposition && !FRONTING.has(before.lower[from]!) && !CAPITAL_TIMES.test(before.lower[from]!);
  const clause = named ? null : clauseSubject(before, 0, (i) => verbCueAt(before, lexicon, i));
  // `From the report:`: an opening preposition is no subject; the phrase after it is.
  const subject = named ? { from, to: colon } : clause !== null && !notASpeaker(before, clause) ? clause : leadingSubject(before);
  if (subject === null) return null;
  return { cue: null, speaker: subject, addressee: null, adjacent: true, rule: 'direct.colon' };
}

/**
 * `Putin "reasonably responded that yes, ..."`: a quote that opens with its own reporting verb
 * (after at most an adverb) is the predicate of the name just before it, who speaks.
 */
export function attachPredicate(text: string, before: TokenWindow, content: { start: number; end: number }, lexicon: QuoteLexicon): Attachment | null {
  const inside = windowOf(text, content.start, Math.min(content.end, content.start + 60));
  const first = inside.tokens[0]?.text ?? '';
  if (first === '' || isCapitalised(first)) return null;
  const at = first.endsWith('ly') ? 1 : 0;
  if (findCues(inside, lexicon, at, at + 1).length === 0) return null;
  let from = before.tokens.length;
  while (from > 0 && before.tokens.length - from < MAX_NAME_WORDS && isCapitalised(before.tokens[from - 1]!.text) && !isPunct(before.lower[from - 1]!)) from--;
  if (from === before.tokens.length) return null;
  return { cue: null, speaker: { from, to: before.tokens.length }, addressee: null, adjacent: true, rule: 'direct.cue-inside' };
}

/** Words before a cue that show it has no subject of its own: ", saying", "went on to say", "before saying". */
const SUBJECTLESS_BEFORE = new Set([',', 'to', 'before', 'after', 'by', 'while']);


/**
 * `Paul Huntley said he wanted “common-sense solutions”`: a partial quote inside nested speech
 * belongs to the outer report when the inner cue is a stance (wanted, hopes, thinks) or its
 * subject a pronoun; the outer cue is the first cue of the frame with a speaker before it.
 * `Israel said Clinton called on members to be “closely coordinated”` keeps Clinton's words hers.
 */
function outerFrame(before: TokenWindow, earlier: readonly CueMatch[], inner: CueMatch, innerSpeaker: TokenRange | null): { cue: CueMatch; speaker: TokenRange } | null {
  const pronoun = innerSpeaker !== null && innerSpeaker.to - innerSpeaker.from === 1 && INNER_PRONOUNS.has(before.lower[innerSpeaker.from]!);
  if (!inner.entry.flags.has('clause') && innerSpeaker !== null && !pronoun) return null;
  for (const cue of earlier) {
    if (cue.from >= inner.from || cue.entry.flags.has('prep') || cue.entry.flags.has('clause')) continue;
    const speaker = speakerBefore(before, cue.from);
    if (speaker !== null) return { cue, speaker };
  }
  return null;
}

/**
 * The cue before a quote. `used` holds the offsets of cues earlier quotes took: such a cue is
 * shared only right before this quote (`"A," she said, "B."`), not from afar (`"A," said Ervin,
 * who thinks the staff "need to go"`, where "thinks" is the partial quote's cue).
 */
export function attachBefore(before: TokenWindow, lexicon: QuoteLexicon, used: ReadonlySet<number>): Attachment | null {
  const cues = findCues(before, lexicon);
  let cue = cues.pop();
  // A stance verb introduces a quote only right before it ("He continued: ...") or before a
  // clause holding a partial quote ("who thinks the staff "need to go""), not from afar.
  if (cue !== undefined && cue.entry.flags.has('clause') && !before.lower.slice(cue.to).every((w) => ADJACENT_GAP.has(w)) && !opensClause(before, cue.to)) cue = cues.filter((c) => !c.entry.flags.has('clause')).pop();
  const colon = before.lower[before.lower.length - 1] === ':';
  if (cue === undefined) return colon ? attachColon(before, lexicon) : null;
  const prep = cue.entry.flags.has('prep');
  let speaker: TokenRange | null = prep ? null : speakerBefore(before, cue.from);
  // `Mr. Trump issued a statement Tuesday saying:`: the run before the cue is a predicate; its subject speaks.
  if (speaker !== null && opensPredicate(before, speaker, lexicon)) speaker = speakerBefore(before, speaker.from);
  let gapFrom = cue.to;
  // ", saying:" and ", adding:" take the subject of the whole clause, and so do "went on to say:" and "before saying:".
  if (speaker === null && !prep && SUBJECTLESS_BEFORE.has(before.lower[cue.from - 1] ?? '')) speaker = clauseSubject(before, 0, (i) => verbCueAt(before, lexicon, i)) ?? leadingSubject(before);
  if (speaker === null) {
    speaker = speakerAfter(before, cue.to);
    gapFrom = speaker?.to ?? cue.to;
  }
  const addressee = !prep && cue.entry.flags.has('addressee') ? addresseeAfter(before, cue.to) : null;
  if (addressee !== null && addressee.from === gapFrom) gapFrom = addressee.to;
  const source = findSource(before, lexicon, gapFrom, before.tokens.length);
  if (source !== null && source.from <= gapFrom + 1) gapFrom = source.patternTo;
  const adjacent = before.lower.slice(gapFrom).every((w) => ADJACENT_GAP.has(w));
  if (!adjacent && used.has(before.tokens[cue.from]!.start)) return null;
  if (!adjacent) {
    const outer = outerFrame(before, cues, cue, speaker);
    if (outer !== null) return { cue: outer.cue, speaker: outer.speaker, addressee: null, adjacent, rule: 'direct.partial' };
  }
  return { cue, speaker, addressee, adjacent, rule: adjacent ? 'direct.cue-before' : 'direct.partial' };
}
