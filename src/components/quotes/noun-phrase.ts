/**
 * A small rule-based noun-phrase chunker for speaker phrases, over tokens, casing and closed-class
 * word lists (no tagger). Finders first take the run of words between a clause boundary and the
 * cue; this file cuts that run to the noun phrase next to the cue, leaving out what is not part
 * of it: a fronted time or place phrase with no comma ("In two regions the governors said" → "the
 * governors"), a clause before a pronoun ("The things he wants" → "he"), a year or a sentence
 * adverb. Determiners, adjectives, names, titles, possessives and a prepositional complement
 * of a noun ("a spokesman for the ministry") stay.
 *
 * @example nounPhraseStart(windowOf(t, 0, t.length), 0, 4) === 2 // t = 'On Monday the ministry said': "the ministry"
 */
import type { TokenWindow } from './quote-candidate.js';
import type { TokenRange } from './speaker-phrase.js';
import { AUXILIARY, CLAUSE_WORDS, isCapitalised, isPunct, isTerminal, LEADING_FILLER } from './token-window.js';

/** Words that open a noun phrase: nothing before them belongs to it, but a noun's complement. */
const DETERMINERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'some',
  'many', 'several', 'most', 'few', 'each', 'every', 'both', 'no', 'other', 'another', 'any',
]);

/** Personal pronouns: a noun phrase of their own ("The things he wants" → "he"). */
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);

/** Prepositions that join a complement to a noun inside one phrase: "the director of the FBI". */
const COMPLEMENT = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'on']);

/** Prepositions and subordinators that open a fronted phrase ("In Iowa", "After the vote", "As ..."). */
export const FRONTING = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'since', 'by', 'with', 'under', 'from', 'over', 'through',
  'despite', 'among', 'amid', 'for', 'across', 'within', 'without', 'until', 'following', 'as', 'when', 'while',
  'if', 'although', 'though', 'because', 'once', 'unlike', 'like', 'besides', 'beyond', 'inside', 'outside',
  'throughout', 'against', 'toward', 'towards', 'upon', 'about', 'to', 'into', 'whether', 'even',
]);

/** Words that name a time: a phrase ending in one is an adverbial, not a speaker. */
const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'tomorrow', 'week', 'weeks', 'month', 'months', 'year', 'years', 'day', 'days', 'morning', 'afternoon',
  'evening', 'night', 'weekend', 'ago', 'earlier', 'later', 'recently', 'now', 'then', 'time', 'times',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'hour', 'hours', 'minutes', 'decade', 'decades',
]);

const YEAR = /^(?:1[89]|20)\d\d$/;

/** Time words written with a capital anyway; any other capitalised inside a sentence is a name ("The New York Times"). */
export const CAPITAL_TIMES = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)$/;

function isTimeWord(window: TokenWindow, i: number): boolean {
  const word = window.lower[i]!;
  if (!TIME_WORDS.has(word)) return false;
  return i === 0 || CAPITAL_TIMES.test(word) || !isCapitalised(window.tokens[i]!.text);
}

/** A word that cannot lie inside a speaker's noun phrase. */
function breaksPhrase(window: TokenWindow, i: number): boolean {
  const word = window.lower[i]!;
  if (isTimeWord(window, i) || YEAR.test(word) || AUXILIARY.has(word) || CLAUSE_WORDS.has(word)) return true;
  // A sentence adverb ("Publicly", "reportedly") but not a name ("Kelly").
  return word.endsWith('ly') && word.length > 4 && (i === 0 || !isCapitalised(window.tokens[i]!.text));
}

/**
 * The first token of the noun phrase that ends at `to` (exclusive), not before `from`; `from`
 * when the whole run is one phrase.
 */
export function nounPhraseStart(window: TokenWindow, from: number, to: number): number {
  if (to - from < 2) return from;
  const head = window.lower[to - 1]!;
  if (PRONOUNS.has(head) && window.lower[to - 2] !== "'s") return to - 1;
  let start = to - 1;
  while (start > from) {
    const previous = start - 1;
    const word = window.lower[previous]!;
    if (isPunct(word) && word !== '-' && word !== '&' && word !== '’' && word !== "'") break;
    if (breaksPhrase(window, previous)) break;
    if (DETERMINERS.has(window.lower[start]!)) {
      // "a spokesman for the ministry": a noun's complement; "In two regions the governors": not.
      if (!COMPLEMENT.has(word) || previous - 1 < from || !joinsComplement(window, previous - 1)) break;
    } else if (FRONTING.has(word) && !(COMPLEMENT.has(word) && previous - 1 >= from && joinsComplement(window, previous - 1))) {
      break;
    }
    start = previous;
  }
  return start;
}

/** A word a prepositional complement may hang from: a noun or a name, not a time, number or verb form. */
function joinsComplement(window: TokenWindow, i: number): boolean {
  const word = window.lower[i]!;
  if (breaksPhrase(window, i) || FRONTING.has(word) || DETERMINERS.has(word) || isPunct(word)) return false;
  return !/^\d/.test(word);
}

/** How far a fronted phrase may run before its comma: "In response to Donald Trump’s proposal to bar Muslims from entering the United States,". */
const MAX_FRONTED = 20;

/** How far a dateline may run before its dash: "WASHINGTON, Dec. 8 (UPI) —". */
const MAX_DATELINE = 12;
export const DASHES = new Set(['—', '–', '-', '--']);

/**
 * The index after a dateline opening a sentence ("WASHINGTON —", "PARIS, Aug 31 (Reuters) -",
 * "Washington (AFP) –"), or `at` when none does: a place in capitals, or any place followed by
 * an agency in brackets, then a dash.
 */
export function skipDateline(window: TokenWindow, at: number): number {
  const first = window.tokens[at]?.text ?? '';
  const capitals = first.length > 1 && /^\p{Lu}+$/u.test(first);
  if (!capitals && !(isCapitalised(first) && window.lower[at + 1] === '(')) return at;
  for (let i = at + 1; i < Math.min(window.tokens.length, at + MAX_DATELINE); i++) {
    if (DASHES.has(window.lower[i]!)) return i + 1;
    if (isTerminal(window.lower[i]!) && window.lower[i] !== '.') return at;
  }
  return at;
}

/** Words inside a time adjunct between a subject and its verb: "Sanders on Saturday said", "the department less than two weeks ago said". */
const TIME_ADJUNCT = new Set(['on', 'last', 'this', 'next', 'earlier', 'late', 'early', 'past', 'ago', 'than', 'less', 'more', 'about', 'a', 'few', 'couple', 'of', 'two', 'three']);
/** Words a time adjunct may open with ("on Saturday", "last week", "less than two weeks ago"). */
const TIME_OPENERS = new Set(['on', 'last', 'this', 'next', 'earlier', 'late', 'early', 'past', 'less', 'more', 'about']);
const MAX_TIME_ADJUNCT = 6;

/**
 * The first token of a time adjunct that ends at `end` (exclusive), holds a time word and opens
 * with a preposition, a modifier, a number or a day's name, staying after `floor`; `end` when
 * there is none.
 */
export function timeAdjunctStart(window: TokenWindow, end: number, floor: number): number {
  let start = end;
  let timed = false;
  while (start - 1 > floor && end - start < MAX_TIME_ADJUNCT) {
    const word = window.lower[start - 1]!;
    if (isTimeWord(window, start - 1)) timed = true;
    else if (!TIME_ADJUNCT.has(word) && !/^\d/.test(word)) break;
    start--;
  }
  const opens = (i: number): boolean => TIME_OPENERS.has(window.lower[i]!) || /^\d/.test(window.lower[i]!) || CAPITAL_TIMES.test(window.lower[i]!);
  while (start < end && !opens(start)) start++;
  return timed && start < end ? start : end;
}

/**
 * The index after a fronted phrase that opens at `at` and ends in a comma ("On Sunday,", "As they
 * met in Ottawa,", "Speaking at a rally,", "Ultimately,"), or `at` when none opens there.
 */
export function skipFronted(window: TokenWindow, at: number, to = window.tokens.length): number {
  const word = window.lower[at];
  if (word === undefined) return at;
  const token = window.tokens[at]!.text;
  const next = window.lower[at + 1] ?? '';
  const opens = FRONTING.has(word) || TIME_WORDS.has(word) || word === 'last' || word === 'earlier' || YEAR.test(word)
    || (word.endsWith('ly') && word.length > 4 && isCapitalised(token)) || opensParticiple(window, at)
    // "Back in 1999,", "Late last month,": an adverb before a time or place phrase.
    || ((word === 'back' || word === 'late' || word === 'early') && (FRONTING.has(next) || TIME_WORDS.has(next) || next === 'last'));
  if (!opens) return at;
  for (let i = at + 1; i < Math.min(to, at + MAX_FRONTED); i++) {
    // "At a campaign event in Ames, Iowa, on Sunday,": a place's state or country belongs to it.
    if (window.lower[i] === ',') return isCapitalised(window.tokens[i + 1]?.text ?? '') && window.lower[i + 2] === ',' ? i + 3 : i + 1;
    if (isPunct(window.lower[i]!) && window.lower[i] !== '-' && window.lower[i] !== '’' && window.lower[i] !== "'") return at;
  }
  return at;
}

/** Words that open a time phrase written without a comma: "On Sunday morning Mr. Trump made ...". */
const TIME_PHRASE_OPENERS = new Set(['on', 'in', 'at', 'during', 'by', 'last', 'this', 'next', 'early', 'late', 'earlier', 'later']);

/** The index after a time phrase opening at `at` with no comma ("On Sunday morning", "Last week"), or `at`. */
function skipTimePhrase(window: TokenWindow, at: number): number {
  if (!TIME_PHRASE_OPENERS.has(window.lower[at] ?? '')) return at;
  let to = at + 1;
  let timed = false;
  while (to < window.tokens.length && to - at <= 4) {
    if (isTimeWord(window, to) || YEAR.test(window.lower[to]!)) timed = true;
    else if (!(window.lower[to] === 'the' || /^\d/.test(window.lower[to]!) || TIME_PHRASE_OPENERS.has(window.lower[to]!))) break;
    to++;
  }
  const subject = isCapitalised(window.tokens[to]?.text ?? '') || PRONOUNS.has(window.lower[to] ?? '');
  return timed && subject ? to : at;
}

/**
 * A capitalised participle opening a fronted clause: "Speaking at a rally,", "Asked whether ...,",
 * "Pressed by reporters,". A name in -ing followed by a past verb ("Ebeling reminisced")
 * is not one.
 */
export function opensParticiple(window: TokenWindow, at: number): boolean {
  const word = window.lower[at] ?? '';
  if (word.length <= 4 || !isCapitalised(window.tokens[at]!.text)) return false;
  const next = window.lower[at + 1] ?? '';
  const nextLower = next !== '' && !isCapitalised(window.tokens[at + 1]!.text);
  if (word.endsWith('ing')) return !(nextLower && /^[a-z]+ed$/.test(next));
  // A past participle opens a clause only before a preposition or a question word: "Asked on Monday whether".
  return word.endsWith('ed') && (FRONTING.has(next) || next === 'if' || next === 'what' || next === 'why' || next === 'how');
}

/** The longest subject taken running forwards. */
const MAX_SUBJECT_WORDS = 10;

/** After a name, a complement that continues it: "Secretary of State John Kerry", "Cruz’s campaign manager". */
function continuesName(window: TokenWindow, i: number): boolean {
  const word = window.lower[i]!;
  if (word === '’s' || word === "'s" || word === '-' || word === '&') return true;
  const next = window.tokens[i + 1];
  return (word === 'of' || word === 'for') && next !== undefined && (isCapitalised(next.text) || window.lower[i + 1] === 'the');
}

/** A lower-case word in -s or -ed before an object or a colon: a verb ("the report makes that clear:", "the headline reads:"). */
function verbBeforeObject(window: TokenWindow, i: number): boolean {
  const next = window.lower[i + 1] ?? '';
  return /^[a-z]{2,}(?:s|ed)$/.test(window.tokens[i]!.text) && (DETERMINERS.has(next) || PRONOUNS.has(next) || next === 'that' || next === ':');
}

/** "A footnote in the report": a preposition and a determined noun inside a lower-case subject. */
function complementAhead(window: TokenWindow, i: number): boolean {
  return COMPLEMENT.has(window.lower[i]!) && DETERMINERS.has(window.lower[i + 1] ?? '');
}

/** Lower-case words after a name that still belong to its phrase: "Republican front-runner Donald Trump", "the New York billionaire has". */
function nameFollows(window: TokenWindow, i: number): boolean {
  for (let k = i; k < Math.min(window.tokens.length, i + 3); k++) {
    const word = window.lower[k]!;
    if (isCapitalised(window.tokens[k]!.text) && !isPunct(word)) return k > i;
    // "the New York billionaire has": the noun ends the phrase before its verb.
    if (AUXILIARY.has(word)) return k > i;
    if (isPunct(word) || breaksPhrase(window, k) || FRONTING.has(word) || DETERMINERS.has(word)) return false;
  }
  return false;
}

/**
 * The subject of the clause opening at `from`: after fronted phrases, a personal pronoun, a name
 * with what modifies it ("the Republican front-runner Donald Trump", "Cruz’s campaign manager"),
 * or a lower-case phrase that runs up to an auxiliary or a cue (`isVerb`: "the company has").
 * Null when none can be told.
 * @example clauseSubject(windowOf('On Sunday, Pastor Bradley Cranston stood at his pulpit'), 0, isCue) → "Pastor Bradley Cranston"
 */
export function clauseSubject(window: TokenWindow, from: number, isVerb: (i: number) => boolean): TokenRange | null {
  let at = skipDateline(window, from);
  for (let moved = true; moved;) {
    moved = false;
    while (LEADING_FILLER.has(window.lower[at] ?? '') && !FRONTING.has(window.lower[at]!)) {
      at++;
      moved = true;
    }
    // A time phrase with no comma first: skipFronted would run on to a later comma.
    const timed = skipTimePhrase(window, at);
    const skipped = timed > at ? timed : skipFronted(window, at);
    if (skipped > at) [at, moved] = [skipped, true];
  }
  const first = window.lower[at] ?? '';
  if (PRONOUNS.has(first) && first !== 'it' && first !== 'you') return { from: at, to: at + 1 };
  let to = at;
  let named = false;
  let afterPossessive = false;
  while (to < window.tokens.length && to - at < MAX_SUBJECT_WORDS && !isVerb(to)) {
    const word = window.lower[to]!;
    const capital = isCapitalised(window.tokens[to]!.text) && !isPunct(word) && !DETERMINERS.has(word);
    if (capital && !breaksPhrase(window, to)) named = true;
    else if (named && !afterPossessive && !continuesName(window, to) && !nameFollows(window, to)) break;
    else if (isPunct(word) && word !== '’s' && word !== "'s" && word !== '-' && word !== '&') break;
    else if (breaksPhrase(window, to) || (FRONTING.has(word) && !continuesName(window, to) && !complementAhead(window, to))) break;
    else if (!named && to > at && verbBeforeObject(window, to)) break;
    // "Clinton’s right-hand woman rallied supporters": a past verb ends the possessor's phrase.
    else if (afterPossessive && /^[a-z]{3,}ed$/.test(window.tokens[to]!.text)) break;
    afterPossessive = word === '’s' || word === "'s" || (afterPossessive && !capital);
    to++;
  }
  if (to === at) return null;
  const next = window.lower[to];
  // A verb ends the phrase: an auxiliary, a cue, or a lower-case word in -s or -ed ("the headline reads").
  const atVerb = next !== undefined && (AUXILIARY.has(next) || isVerb(to) || (/^[a-z]{2,}(?:s|ed)$/.test(window.tokens[to]!.text) && !named));
  if (!named && !atVerb) return null;
  return { from: at, to };
}

/** A run opening with a fronted phrase: a preposition, a time, a year, a sentence adverb. */
function opensFronted(window: TokenWindow, i: number): boolean {
  const word = window.lower[i]!;
  return FRONTING.has(word) || TIME_WORDS.has(word) || word === 'last' || YEAR.test(word) || (word.endsWith('ly') && word.length > 4 && !isCapitalised(window.tokens[i]!.text))
    || (i === 0 && word.endsWith('ly') && word.length > 4);
}

const NO_VERB = (): boolean => false;

/** The longest name taken as the subject of a clause after a noun. */
const MAX_CLAUSE_NAME = 4;

/**
 * A name (with "the") right after a lower-case noun, in a phrase that is not the clause's subject:
 * a clause with its own subject hangs from the noun ("two reasons Israel refuses", "nine things the
 * Donald has said").
 */
function nameAfterNoun(window: TokenWindow, run: number, start: number, to: number): TokenRange | null {
  let name = to;
  while (name > start && to - name < MAX_CLAUSE_NAME && isCapitalised(window.tokens[name - 1]!.text) && !isPunct(window.lower[name - 1]!)) name--;
  if (name === to || name - 1 < run) return null;
  const from = window.lower[name - 1] === 'the' ? name - 1 : name;
  const noun = window.lower[from - 1];
  if (noun === undefined || from - 1 < run || isCapitalised(window.tokens[from - 1]!.text) || isPunct(noun)) return null;
  if (DETERMINERS.has(noun) || FRONTING.has(noun) || COMPLEMENT.has(noun) || breaksPhrase(window, from - 1) || /^\d/.test(noun)) return null;
  return { from, to };
}

/**
 * The speaker inside the run of words [from, to) before a cue: the noun phrase next to the cue
 * when what precedes it is fronted ("In two regions | the governors said") or it is a pronoun;
 * the subject at the start of the run when the cue hangs from a later verb ("Obama punctuated
 * his list by saying" → "Obama"); else the whole run.
 */
export function speakerChunk(window: TokenWindow, from: number, to: number): TokenRange {
  if (FRONTING.has(window.lower[to - 1]!) && to - 1 > from) return clauseSubject(window, from, NO_VERB) ?? { from, to };
  const start = nounPhraseStart(window, from, to);
  if (start === from) return { from, to };
  if (PRONOUNS.has(window.lower[start]!) || opensFronted(window, from)) return { from: start, to };
  const named = nameAfterNoun(window, from, start, to);
  if (named !== null) return named;
  const subject = clauseSubject(window, from, NO_VERB);
  return subject !== null && subject.to <= start ? subject : { from, to };
}
