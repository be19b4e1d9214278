/**
 * Finds the speaker phrase next to a cue, as token ranges of a window: before it ("Wang Yi
 * said"), after it ("said Wang Yi", "according to the ministry") and the hearer after "told".
 */
import { clauseSubject, FRONTING, nounPhraseStart, opensParticiple, skipDateline, speakerChunk, timeAdjunctStart } from './noun-phrase.js';
import type { QuoteLexicon } from './quote-lexicon.js';
import type { TokenWindow } from './quote-candidate.js';
import { AUXILIARY, CLAUSE_WORDS, FORWARD_STOPS, isCapitalised, isPunct, isTerminal, LEADING_FILLER, verbCueAt } from './token-window.js';

export interface TokenRange {
  readonly from: number;
  readonly to: number;
}

const MAX_SPEAKER_WORDS = 10;
const NO_VERB = (): boolean => false;
const APPOSITIVE_CLAUSE = new Set(['who', 'which', 'whose', 'whom', 'where', 'when', 'including', 'like', 'such', 'as', 'in', 'at', 'on']);
/** Punctuation inside a speaker phrase: "Clinton-Kaine", "AT&T", the possessive of "Sanders’ campaign manager". */
const IN_NAME = new Set(['-', '&', '’', "'"]);
/** Pronouns that may be a clause's subject: "he said, adding ...". */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'this', 'these', 'those', 'some']);

/**
 * Words capitalised only for opening a sentence, which never name a speaker by themselves:
 * conjunctions and sentence adverbs ("Or, as Tom Ridge put it:", "Maybe", "Wait,"), and an
 * expletive with its verb ("It’s a big if, but Sanders ..."). Prepositions and clause words
 * (FRONTING, CLAUSE_WORDS) count too.
 */
const SENTENCE_OPENERS = new Set([
  'or', 'and', 'nor', 'yet', 'so', 'wait', 'maybe', 'perhaps', 'well', 'indeed', 'still', 'yes', 'no', 'oh',
  'each', 'every', 'there', 'here', 'that', 'this', 'it’s', "it's", 'there’s', "there's", 'that’s', "that's", 'here’s', "here's",
]);

/** Expletives with their verb: a clause opens with them, never a speaker's noun phrase. */
const EXPLETIVE_VERBS = new Set(['it’s', "it's", 'there’s', "there's", 'that’s', "that's", 'here’s', "here's"]);

function isOpeningWord(word: string): boolean {
  return SENTENCE_OPENERS.has(word) || FRONTING.has(word) || CLAUSE_WORDS.has(word);
}

/**
 * Whether a speaker phrase is no noun phrase: a lone opening word ("With", "Each", "From") or a
 * run opening with an expletive and its verb ("It’s a big").
 */
export function notASpeaker(window: TokenWindow, range: TokenRange): boolean {
  const first = window.lower[range.from]!;
  const contracted = range.to - range.from > 1 && (window.lower[range.from + 1] === '’s' || window.lower[range.from + 1] === "'s") && EXPLETIVE_VERBS.has(first + window.lower[range.from + 1]);
  return (range.to - range.from === 1 && isOpeningWord(first)) || EXPLETIVE_VERBS.has(first) || contracted;
}

/** `end` minus any auxiliaries and adverbs right before it. */
function beforeAuxiliaries(window: TokenWindow, end: number, floor: number): number {
  let at = end;
  while (at > floor) {
    const word = window.lower[at - 1]!;
    if (!AUXILIARY.has(word) && !(word.endsWith('ly') && word.length > 4 && !isCapitalised(window.tokens[at - 1]!.text))) break;
    at--;
  }
  return at;
}

/**
 * The index just past the speaker: `cue` minus any auxiliaries, adverbs and a time adjunct in
 * between ("Sen. Bernie Sanders (I-Vt.) on Saturday criticized", "Feinstein last week said").
 */
function speakerEnd(window: TokenWindow, cue: number, floor: number): number {
  const end = beforeAuxiliaries(window, cue, floor);
  const time = timeAdjunctStart(window, end, floor);
  return time < end ? beforeAuxiliaries(window, time, floor) : end;
}

/** A one-word aside between commas: an age ("58") or a sentence adverb ("meanwhile", "however", "too"). */
function isParenthetical(window: TokenWindow, i: number): boolean {
  const word = window.lower[i]!;
  return /^\d+$/.test(word) || LEADING_FILLER.has(word) || word === 'however' || word === 'too' || (word.endsWith('ly') && !isCapitalised(window.tokens[i]!.text));
}

/** "and" joins two names ("Russia and China said") but otherwise starts a new clause. */
function isJoiningAnd(window: TokenWindow, i: number): boolean {
  const before = window.tokens[i - 1]?.text ?? '';
  const after = window.tokens[i + 1]?.text ?? '';
  return isCapitalised(before) && isCapitalised(after);
}

/** A run that opens with an auxiliary or a past verb ("has drawn huge crowds", "issued a statement"): a predicate, not a noun phrase. */
export function opensPredicate(window: TokenWindow, range: TokenRange, lexicon: QuoteLexicon): boolean {
  const first = window.tokens[range.from]!.text;
  if (range.from === 0 || isCapitalised(first)) return false;
  return (AUXILIARY.has(first) && !ADVERB_AUXILIARY.has(first)) || /^[a-z]{3,}ed$/.test(first) || first === 'made' || verbCueAt(window, lexicon, range.from);
}

/** Words the auxiliary list holds that may open a noun phrase ("all the attendees", "both parties", "only Trump"). */
const ADVERB_AUXILIARY = new Set(['all', 'both', 'only', 'first', 'last', 'even', 'too', 'also', 'then', 'later', 'earlier', 'once', 'again', 'just', 'still', 'often', 'always', 'never', 'further', 'not', 'already', 'recently', 'repeatedly', 'previously', 'reportedly']);

/**
 * The speaker before the cue at token `cue`, not reaching back past `floor`, with `boundary` the
 * token index where it stopped (a comma, clause word or the window start), or null.
 * @example "On Monday, Spokesman Daniel Hagari said" → "Spokesman Daniel Hagari"
 */
export function speakerBefore(window: TokenWindow, cue: number, floor = 0): (TokenRange & { boundary: number }) | null {
  const end = speakerEnd(window, cue, floor);
  const before = window.lower[end - 1];
  // `Marek, who called the plan “a disaster,” said`: the comma inside the closing mark ends the aside.
  if (before !== undefined && CLOSING_MARKS.has(before) && window.lower[end - 2] === ',' && shortQuoteOpening(window, end - 1, floor) >= 0) return speakerBefore(window, end - 1, floor);
  // "Kasich (who has 25 delegates) said", "insiders in two states — Nevada and Ohio — said": the
  // speaker stands before the bracketed aside, which belongs to it.
  const opener = before === undefined ? -1 : asideOpening(window, end - 1, floor);
  if (opener >= 0) {
    const head = speakerBefore(window, opener, floor);
    return head === null ? null : { ...head, to: end };
  }
  // "Kerpen needled the reporter, saying": the participle's subject is the clause's, not the phrase before the comma.
  if (before === ',' && end === cue && window.lower[cue]!.endsWith('ing')) return null;
  // "Barkley, who said" and "Six newspapers, including the Press, said": the speaker sits before the comma.
  if (before === ',') {
    // "Sandy Pike, who lost her seat in Tarn, Ruritania, in 2012, said": a relative clause with
    // commas of its own; the speaker stands before ", who".
    const relativeComma = relativeOpening(window, end - 1, floor);
    if (relativeComma > floor) return speakerBefore(window, relativeComma, floor);
    const inner = speakerBefore(window, end - 1, floor);
    // ", Mike Murphy, praised": the aside is the speaker when it opens like a name or a description;
    // otherwise ("including the Press", "by contrast", "58") the phrase before it is.
    const opener = inner === null ? '' : window.lower[inner.from]!;
    // "Friedan, during a debate at the university, recommended": an adjunct, not an appositive.
    const adjunct = inner !== null && FRONTING.has(window.lower[inner.boundary + 1] ?? '');
    const relative = inner !== null && (adjunct || APPOSITIVE_CLAUSE.has(window.lower[inner.boundary] ?? ''));
    const nameLike = inner !== null && (isCapitalised(window.tokens[inner.from]!.text) || DETERMINERS.has(opener));
    if (inner !== null && nameLike && !relative && !APPOSITIVE_CLAUSE.has(opener) && !opener.endsWith('ing')) return withNameBefore(window, inner, floor);
    const comma = previousComma(window, end - 1, floor);
    return comma > floor ? speakerBefore(window, comma, floor) : null;
  }
  if (before === 'who') {
    const comma = window.lower[end - 2] === ',' ? end - 2 : end - 1;
    return comma > floor ? antecedentBefore(window, comma, floor) ?? speakerBefore(window, comma, floor) : null;
  }
  let from = end;
  while (from > floor) {
    const word = window.lower[from - 1]!;
    if (isPunct(word) && !IN_NAME.has(word)) break;
    if (CLAUSE_WORDS.has(word) || ((word === 'and' || word === 'or') && !isJoiningAnd(window, from - 1))) break;
    from--;
  }
  const boundary = from - 1;
  // "Republicans who have praised his candidacy warned": the subject is the noun before the
  // restrictive relative clause, with the clause.
  if (window.lower[boundary] === 'who' && from < end && boundary - 1 >= floor && !isPunct(window.lower[boundary - 1]!)) {
    const head = antecedentBefore(window, boundary, floor);
    if (head !== null) return { from: head.from, to: end, boundary: head.boundary };
  }
  // "Woodrow Benford, 58, who lives in Edina, says": an age after a name belongs to it;
  // "Sanders, meanwhile, who ..., said": a sentence adverb is no speaker.
  if (end - from === 1 && window.lower[boundary] === ',' && isParenthetical(window, from)) {
    const head = speakerBefore(window, boundary, floor);
    return head === null || !/^\d/.test(window.lower[from]!) ? head : { ...head, to: end };
  }
  // "Rubio thanked Miami and said ...": the subject of the first verb speaks.
  if (from === end && (window.lower[boundary] === 'and' || window.lower[boundary] === 'but')) {
    const subject = clauseSubject(window, floor, NO_VERB) ?? leadingSubject(window, floor);
    return subject === null ? null : { ...subject, boundary: subject.from - 1 };
  }
  // "In two regions the governors said": the noun phrase next to the cue, without what fronts it.
  const chunk = speakerChunk(window, from, end);
  if (chunk.to < end) return { ...chunk, boundary };
  from = chunk.from;
  if (end - from > MAX_SPEAKER_WORDS) {
    from = end - MAX_SPEAKER_WORDS;
    while (from < end - 1 && !DETERMINERS.has(window.lower[from]!) && !isCapitalised(window.tokens[from]!.text)) from++;
  }
  while (from < end - 1 && LEADING_FILLER.has(window.lower[from]!)) from++;
  if (from >= end || window.lower.slice(from, end).every(isPunct)) return null;
  // "as if to say", "Having announced": an infinitive or a participle, not a speaker.
  if (window.lower[end - 1] === 'to' || (end - from === 1 && window.lower[from]!.endsWith('ing'))) return null;
  if (notASpeaker(window, { from, to: end })) return null;
  return { from, to: end, boundary };
}

/**
 * The antecedent of "who": the noun phrase ending right before it, not the clause's subject
 * ("Trump made no mention of Jeb Bush, who announced" → "no mention of Jeb Bush" holds the name;
 * "Trump was out-brutalizing Ted Cruz, who said" → "Ted Cruz"). Null when none stands there.
 */
function antecedentBefore(window: TokenWindow, end: number, floor: number): (TokenRange & { boundary: number }) | null {
  if (isPunct(window.lower[end - 1]!) || asideOpening(window, end - 1, floor) >= 0) return null;
  let from = end;
  while (from > floor) {
    const word = window.lower[from - 1]!;
    if ((isPunct(word) && !IN_NAME.has(word)) || CLAUSE_WORDS.has(word) || AUXILIARY.has(word)) break;
    from--;
  }
  if (from >= end || (end - from === 1 && isParenthetical(window, from))) return null;
  let start = nounPhraseStart(window, from, end);
  // "out-brutalizing Ted Cruz": a verb before a name is no part of it (the chunker has no tagger).
  let name = end;
  while (name > start && isCapitalised(window.tokens[name - 1]!.text) && !isPunct(window.lower[name - 1]!)) name--;
  if (name < end && name > start && /^[a-z-]{3,}(?:ing|ed)$/.test(window.tokens[name - 1]!.text)) start = name;
  return { from: start, to: end, boundary: start - 1 };
}

/**
 * `Paul Huntley, a Sanders delegate from California, said`: a description between commas after a
 * name speaks together with the name, which comes first; a name-like aside stays alone.
 */
function withNameBefore(window: TokenWindow, aside: TokenRange & { boundary: number }, floor: number): TokenRange & { boundary: number } {
  if (!DETERMINERS.has(window.lower[aside.from]!) || window.lower[aside.boundary] !== ',') return aside;
  const head = speakerBefore(window, aside.boundary, floor);
  return head !== null && isCapitalised(window.tokens[head.to - 1]!.text) ? { ...head, to: aside.to } : aside;
}

/**
 * The subject at the start of a clause: a run of names, determiners and possessives, up to the
 * first other lower-case word. Used where no cue sits next to the speaker ("Cruz continued:").
 * @example "Politico reveals a few facts:" → "Politico"
 */
export function leadingSubject(window: TokenWindow, floor = 0): TokenRange | null {
  let from = skipDateline(window, floor);
  while (from < window.tokens.length && (isPunct(window.lower[from]!) || LEADING_FILLER.has(window.lower[from]!))) from++;
  // "Speaking at a rally, Trump ...": an opening participle phrase is not the subject.
  if (window.lower[from]?.endsWith('ing') && opensParticiple(window, from)) {
    const comma = window.lower.indexOf(',', from);
    if (comma < 0) return null;
    from = comma + 1;
  }
  from = pastOpeningWords(window, from);
  if (SUBJECT_PRONOUNS.has(window.lower[from] ?? '')) return { from, to: from + 1 };
  let to = from;
  while (to < window.tokens.length && to - from < MAX_SPEAKER_WORDS) {
    const token = window.tokens[to]!.text;
    const word = window.lower[to]!;
    const nameLike = isCapitalised(token) || DETERMINERS.has(word) || word === '’s' || word === "'s" || word === '-';
    if (!nameLike || (to > from && CLAUSE_WORDS.has(word))) break;
    to++;
  }
  while (to > from && DETERMINERS.has(window.lower[to - 1]!)) to--;
  if (to > from && notASpeaker(window, { from, to })) return null;
  return to > from && isCapitalised(window.tokens[to - 1]!.text) ? { from, to } : null;
}

/** How many opening words a subject may stand behind: "Or, as Tom Ridge ... put it:". */
const MAX_OPENING_WORDS = 3;

/**
 * The subject's first token after the words that open a sentence before it: a conjunction or
 * adverb ("Or, as Tom Ridge put it:"), the "from" of a source ("From the report:"), or a fronted
 * phrase up to its comma ("Each election cycle, ..."). `from` itself when none opens there.
 */
function pastOpeningWords(window: TokenWindow, from: number): number {
  let at = from;
  for (let step = 0; step < MAX_OPENING_WORDS && at < window.tokens.length; step++) {
    const word = window.lower[at]!;
    if (SENTENCE_OPENERS.has(word) && !DETERMINERS.has(word) && word !== 'each' && word !== 'every') at++;
    else if (CLAUSE_WORDS.has(word) || word === 'from') at++;
    else if (FRONTING.has(word) || word === 'each' || word === 'every') {
      const comma = window.lower.indexOf(',', at);
      if (comma < 0) return at;
      at = comma + 1;
    } else return at;
    if (window.lower[at] === ',') at++;
  }
  return at;
}

/** How far back an aside may open: "Christian Estrosi, a former mayor of Nice and currently president of the Regional Council, said". */
const MAX_ASIDE_WORDS = 2 * MAX_SPEAKER_WORDS;

const ASIDE_PAIRS: Readonly<Record<string, string>> = { ')': '(', '—': '—', '–': '–', '-': '-' };

/** The bracket or dash opening an aside that `close` ends, within MAX_ASIDE_WORDS, or -1. */
function asideOpening(window: TokenWindow, close: number, floor: number): number {
  const open = ASIDE_PAIRS[window.lower[close]!];
  if (open === undefined) return -1;
  for (let i = close - 1; i > floor && i > close - MAX_ASIDE_WORDS; i--) {
    if (window.lower[i] === open) return i;
    // "(R-Wis.)": a full stop after an abbreviation inside brackets ends no sentence.
    if (isTerminal(window.lower[i]!) && !(open === '(' && window.lower[i] === '.' && i === close - 1)) return -1;
  }
  return -1;
}

/** The comma before ", who" / ", which" opening a relative clause that runs to `comma`, or -1. */
function relativeOpening(window: TokenWindow, comma: number, floor: number): number {
  for (let i = comma - 1; i > floor + 1 && i > comma - 2 * MAX_ASIDE_WORDS; i--) {
    if (isTerminal(window.lower[i]!) && !(window.lower[i] === '.' && window.lower[i + 1] === ',')) return -1;
    if ((window.lower[i] === 'who' || window.lower[i] === 'which') && window.lower[i - 1] === ',') return i - 1;
  }
  return -1;
}

const OPENING_MARKS = new Set(['“', '"', "''"]);
const CLOSING_MARKS = new Set(['”', '"', "''"]);
/** The most words a quote inside a speaker's aside may hold: "a “true believer” in the plan". */
const MAX_INNER_QUOTE = 6;

/**
 * The opening mark of a short quote that `close` ends, standing inside a clause (a word before
 * it), or -1: `Marek, a “true believer” in the plan, said`, not a sentence that a quote opens.
 */
function shortQuoteOpening(window: TokenWindow, close: number, floor: number): number {
  for (let i = close - 1; i > floor && i >= close - MAX_INNER_QUOTE - 2; i--) {
    if (OPENING_MARKS.has(window.lower[i]!)) return isPunct(window.lower[i - 1]!) ? -1 : i;
    if (isTerminal(window.lower[i]!)) return -1;
  }
  return -1;
}

/** The comma opening an aside that ends at `comma`, within a few words, or -1. */
function previousComma(window: TokenWindow, comma: number, floor: number): number {
  for (let i = comma - 1; i > floor && i > comma - MAX_ASIDE_WORDS; i--) {
    if (window.lower[i] === ',') return i;
    if (CLOSING_MARKS.has(window.lower[i]!)) {
      const open = shortQuoteOpening(window, i, floor);
      if (open < 0) return -1;
      i = open;
      continue;
    }
    // "McConnell, R-Ky., said": the full stop of an abbreviation stays inside the aside.
    if (isPunct(window.lower[i]!) && !IN_NAME.has(window.lower[i]!) && !(window.lower[i] === '.' && window.lower[i + 1] === ',')) return -1;
  }
  return -1;
}

/** A phrase running forwards from `from` until a stop word or punctuation, at most `max` tokens. */
function phraseAfter(window: TokenWindow, from: number, stops: ReadonlySet<string>, max: number): TokenRange | null {
  let to = from;
  while (to < window.tokens.length && to - from < max) {
    const word = window.lower[to]!;
    if ((isPunct(word) && word !== '-' && word !== '&') || stops.has(word)) break;
    to++;
  }
  return to > from ? { from, to } : null;
}

/** @example "said Wang Yi, as quoted" → "Wang Yi" */
export function speakerAfter(window: TokenWindow, from: number): TokenRange | null {
  return phraseAfter(window, from, FORWARD_STOPS, MAX_SPEAKER_WORDS);
}

/** Words that end the phrase after "according to": a clause, not a preposition. */
const NOUN_PHRASE_STOPS = new Set(['that', 'which', 'who', 'when', 'while', 'and', 'but', 'because', 'although', 'though', 'if', 'as']);

/** @example "according to a new poll by the Harvard Institute of Politics, ..." → "a new poll by the Harvard Institute of Politics" */
export function nounPhraseAfter(window: TokenWindow, from: number): TokenRange | null {
  return phraseAfter(window, from, NOUN_PHRASE_STOPS, 2 * MAX_SPEAKER_WORDS);
}

/** @example "told his Omani counterpart Sayyid Badr Albusaidi during ..." → "his Omani counterpart Sayyid Badr Albusaidi" */
export function addresseeAfter(window: TokenWindow, from: number): TokenRange | null {
  return phraseAfter(window, from, FORWARD_STOPS, MAX_SPEAKER_WORDS);
}
