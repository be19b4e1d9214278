/**
 * Reported speech, sentence by sentence: "X said (that) ...", "X told Y ...", "..., X added",
 * "according to X, ...", "X was quoted as saying ...". Cues inside direct quotes, and cues a
 * direct quote already took, are skipped; a cue inside another attribution's content is nested
 * speech and is skipped too (each word has one role, as in PolNeAR).
 */
import type { Sentence } from '../../document/layers.js';
import { sentenceTokens } from '../../nlp/sentence-tokens.js';
import type { CueMatch, QuoteCandidate, TokenWindow } from './quote-candidate.js';
import type { QuoteLexicon } from './quote-lexicon.js';
import { clauseSubject, nounPhraseStart } from './noun-phrase.js';
import { findSource } from './source-finder.js';
import type { TokenRange } from './speaker-phrase.js';
import { addresseeAfter, leadingSubject, notASpeaker, nounPhraseAfter, opensPredicate, speakerAfter, speakerBefore } from './speaker-phrase.js';
import { AUXILIARY, BE_FORMS, CLAUSE_WORDS, findCues, FORWARD_STOPS, isCapitalised, isPunct, LEADING_FILLER, opensClause, tokenSpan, verbCueAt, windowOfTokens } from './token-window.js';

interface Attribution {
  readonly cue: CueMatch;
  readonly content: TokenRange;
  /** Null only for a question put by nobody named ("Asked whether ..., Lenz said ..."). */
  readonly speaker: TokenRange | null;
  readonly addressee: TokenRange | null;
  readonly rule: string;
}

/** Content must hold at least this many tokens ("75 percent said yes"). */
const MIN_CONTENT = 1;

function trimContent(window: TokenWindow, from: number, to: number): TokenRange {
  let start = from;
  let end = to;
  while (start < end && isPunct(window.lower[start]!)) start++;
  while (end > start && isPunct(window.lower[end - 1]!)) end--;
  return { from: start, to: end };
}

function isPassive(window: TokenWindow, cue: CueMatch): boolean {
  if (cue.entry.id === 'quoted_as_saying') return false;
  for (let i = cue.from - 1; i >= 0 && AUXILIARY.has(window.lower[i]!); i--) if (BE_FORMS.has(window.lower[i]!)) return true;
  return false;
}

/** Words before which a form in -ed is an adjective: "said the retired general". */
const ADJECTIVE_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'newly', 'recently', 'former']);

/** A past verb inside a phrase ("the talks failed"): the phrase is a clause, not an inverted speaker. */
function hasPastVerb(window: TokenWindow, range: TokenRange): boolean {
  for (let i = range.from + 1; i < range.to; i++) {
    if (/^[a-z]{3,}ed$/.test(window.tokens[i]!.text) && !ADJECTIVE_BEFORE.has(window.lower[i - 1]!)) return true;
  }
  return false;
}

/** Words after "to" that open a noun phrase, not an infinitive: "said to the press", "told to reporters". */
const INFINITIVE_NOT = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'reporters', 'journalists', 'supporters', 'voters', 'me', 'him', 'them', 'us', 'you']);

/** "..., Wang Yi added." / "..., said Wang Yi." / "..., according to the ministry." */
function trailing(window: TokenWindow, cue: CueMatch): Attribution | null {
  const n = window.tokens.length;
  const afterComma = window.lower[cue.from - 1] === ',' && cue.from >= 4;
  if (cue.entry.flags.has('prep') || afterComma) {
    const prep = cue.entry.flags.has('prep');
    const speaker = !afterComma ? null : prep ? nounPhraseAfter(window, cue.to) : speakerAfter(window, cue.to);
    const rest = speaker?.to ?? n;
    if (speaker === null || (!prep && rest < n && !isPunct(window.lower[rest]!))) return null;
    // "..., said Wang Yi": the inverted speaker opens like a name, a description or a pronoun,
    // and holds no verb ("..., said the bill would pass" is a forward report).
    const words = window.lower.slice(speaker.from, speaker.to);
    if (!prep && (!/^(?:\p{Lu}|the |a |an |his |her |their |he$|she$|they$)/u.test(window.tokens.slice(speaker.from, speaker.to).map((t) => t.text).join(' ')) || words.some((w) => AUXILIARY.has(w)) || hasPastVerb(window, speaker))) return null;
    return { cue, speaker, addressee: null, content: trimContent(window, 0, cue.from - 1), rule: cue.entry.flags.has('prep') ? 'reported.according-after' : 'reported.cue-after-inverted' };
  }
  if (cue.entry.flags.has('clause')) return null;
  const speaker = speakerBefore(window, cue.from);
  if (speaker === null || speaker.boundary < 3 || window.lower[speaker.boundary] !== ',') return null;
  const addressee = cue.entry.flags.has('addressee') ? addresseeAfter(window, cue.to) : null;
  const rest = addressee?.to ?? cue.to;
  const next = window.lower[rest];
  // The tail after the cue is a frame, not content: an adjunct ("during a call"), or a participle
  // ("said answering a question from TASS").
  const participle = next !== undefined && next.endsWith('ing') && next.length > 4;
  // "..., he vowed to ban Muslims": an infinitive after the cue is its content, not a frame ("told to reporters").
  const infinitive = next === 'to' && /^[a-z]+$/.test(window.tokens[rest + 1]?.text ?? '') && !INFINITIVE_NOT.has(window.lower[rest + 1]!);
  const tailOk = next === undefined || isPunct(next) || participle || (FORWARD_STOPS.has(next) && !infinitive && !window.lower.slice(rest, rest + 8).includes('that'));
  if (!tailOk) return null;
  return { cue, speaker, addressee, content: trimContent(window, 0, speaker.boundary), rule: 'reported.cue-after' };
}

/** The longest source phrase of "According to <source>, ...": the frame is fixed, so it runs to the comma. */
const MAX_ACCORDING_WORDS = 30;

/** The index of the first comma in tokens [from, from + max), or -1. */
function commaWithin(window: TokenWindow, from: number, max: number): number {
  for (let i = from; i < Math.min(window.tokens.length, from + max); i++) {
    if (window.lower[i] === ',') return i;
    if (isPunct(window.lower[i]!) && window.lower[i] !== '-' && window.lower[i] !== '’' && window.lower[i] !== "'") return -1;
  }
  return -1;
}

/** "According to X, ..." at the start of a sentence; X runs to the first comma. */
function leadingAccording(window: TokenWindow, cue: CueMatch): Attribution | null {
  if (cue.from > 1) return null;
  const comma = commaWithin(window, cue.to, MAX_ACCORDING_WORDS);
  const speaker = comma > cue.to ? { from: cue.to, to: comma } : null;
  if (speaker === null) return null;
  return { cue, speaker, addressee: null, content: trimContent(window, speaker.to + 1, window.tokens.length), rule: 'reported.according-before' };
}

/** Where the content starts after "said", skipping the hearer, a source, a time phrase and "that". */
function contentStart(window: TokenWindow, lexicon: QuoteLexicon, from: number): number {
  let rest = from;
  const source = findSource(window, lexicon, rest, Math.min(window.tokens.length, rest + 12));
  if (source !== null && source.from <= rest + 1) rest = source.patternTo;
  const next = window.lower[rest];
  if (next === 'that' || next === ':') return rest + 1;
  if (next !== undefined && FORWARD_STOPS.has(next)) {
    for (let i = rest; i < Math.min(window.tokens.length, rest + 8) && !isPunct(window.lower[i]!); i++) {
      if (window.lower[i] === 'that') return i + 1;
    }
  }
  return rest;
}

/** "X said (that) ...", "X told Y (that) ...", "X was quoted as saying ..." */
const GERUND_PREPOSITIONS = new Set(['for', 'by', 'after', 'before', 'of', 'in', 'while', 'without', 'about', 'from', 'on', 'against']);
/**
 * Words after which a clause with its own speaker and cue is a second attribution, not part of the
 * first one's content: "The state admitted it made a mistake when a local pediatrician reported ...".
 */
const CLAUSE_JOINS = new Set([',', 'and', 'but', ';', '—', '–', '-', 'while', 'whereas', 'when', 'after', 'before', 'because', 'although', 'though', 'until', 'since']);

/** Words between two coordinated cues of one subject: "said A, and also suggested B". */
const COORDINATION = new Set([',', 'and', 'but']);

/** The index where a coordinated second cue's conjunction starts, or -1: "..., and suggested". */
function coordinatedAt(window: TokenWindow, cue: CueMatch): number {
  let i = cue.from;
  // "and most recently defended": auxiliaries and adverbs stand between the conjunction and the cue.
  while (i > 0 && (AUXILIARY.has(window.lower[i - 1]!) || isAdverb(window, i - 1))) i--;
  // "he vowed A, declined B, and defended C": a finite cue right after a comma, with no subject of its own.
  const finite = !window.lower[cue.from]!.endsWith('ing');
  if (i === cue.from && window.lower[i - 1] !== 'and' && window.lower[i - 1] !== 'but' && !(finite && window.lower[i - 1] === ',')) return -1;
  let j = i;
  while (j > 0 && COORDINATION.has(window.lower[j - 1]!)) j--;
  return j < i && (finite || window.lower.slice(j, i).some((w) => w !== ',')) ? j : -1;
}

/** A lower-case adverb in -ly, or "most" before one ("most recently"). */
function isAdverb(window: TokenWindow, i: number): boolean {
  const word = window.lower[i]!;
  if (isCapitalised(window.tokens[i]!.text)) return false;
  return (word.endsWith('ly') && word.length > 4) || (word === 'most' && (window.lower[i + 1] ?? '').endsWith('ly'));
}

/** "X said A, and Y said B" (or "..., and suggested B"): A ends where the next clause begins. */
function nextClause(window: TokenWindow, cues: readonly CueMatch[], from: number, to: number): number {
  for (const next of cues) {
    if (next.from <= from || next.from >= to || next.entry.flags.has('prep')) continue;
    const coordinated = coordinatedAt(window, next);
    if (coordinated > from) return coordinated;
    // "offered fresh ammunition to Republicans who say the law is a money pit": a report inside a
    // relative clause is its own attribution, and the outer content stops before "who".
    let subject = next.from;
    while (subject > from && AUXILIARY.has(window.lower[subject - 1]!)) subject--;
    if (window.lower[subject - 1] === 'who' && subject - 1 > from) return subject - 1;
    // "said A, adding B": a participle cue after a comma opens a second attribution.
    if (window.lower[next.from - 1] === ',' && window.lower[next.from]!.endsWith('ing') && next.from - 1 > from) return next.from - 1;
    const speaker = speakerBefore(window, next.from, from);
    if (speaker !== null && speaker.boundary > from && CLAUSE_JOINS.has(window.lower[speaker.boundary]!)) return speaker.boundary;
  }
  return clauseBreakAt(window, from, to);
}

/** Words that, after a comma, open a contrasting main clause: "..., but he ...". */
const CONTRAST = new Set(['but', 'while', 'whereas', 'yet']);
/** Conjunctions that may stand between a comma and a new clause's subject: ", even as he", ", and he". */
const CLAUSE_LINKS = new Set(['but', 'and', 'yet', 'while', 'whereas', 'although', 'though', 'even', 'as', 'after', 'before', 'because', 'since', 'so']);
const CLAUSE_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
/** After ", but": words that open a subject ("but the incident still provided", "but it heralded", "but critics point"). */
const CONTRAST_SUBJECTS = new Set(['the', 'it', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'some', 'many', 'most', 'critics', 'others', 'officials', 'there']);
/** Subordinators that front a clause inside the content: "said that if elected, he would ...". */
const FRONTED_CLAUSE = new Set(['if', 'when', 'once', 'as', 'after', 'before', 'because', 'although', 'though', 'while', 'unless', 'until', 'since', 'whether']);
const BREAKS = new Set([',', '—', '–', ';']);

/**
 * Where the content stops before a clause with a subject of its own, which is the writer's
 * narration or another voice, not the report: "said A, but now Benford plans ...", "called out
 * Trump for alienating Hispanics, which he believes ...", "refused to endorse, and he also
 * withheld ...". Not the comma closing a clause fronted inside the content ("said if elected, he would").
 */
function clauseBreakAt(window: TokenWindow, from: number, to: number): number {
  const fronted = FRONTED_CLAUSE.has(window.lower[from] ?? '') || (window.lower[from] === 'that' && FRONTED_CLAUSE.has(window.lower[from + 1] ?? ''));
  let first = true;
  for (let i = from + 1; i + 1 < to; i++) {
    const mark = window.lower[i]!;
    if (!BREAKS.has(mark)) continue;
    const skip = fronted && first && mark === ',';
    first = false;
    if (skip) continue;
    if (mark === ',' && (window.lower[i + 1] === 'which' || window.lower[i + 1] === 'who' || window.lower[i + 1] === 'whom')) return i;
    let subject = i + 1;
    while (subject < to - 1 && subject - i <= 2 && CLAUSE_LINKS.has(window.lower[subject]!)) subject++;
    if (CLAUSE_PRONOUNS.has(window.lower[subject]!) && subject + 1 < to && !isPunct(window.lower[subject + 1]!)) return i;
    if (mark === ',' && CONTRAST.has(window.lower[i + 1]!)) {
      let named = i + 2;
      while (named < to - 1 && LEADING_FILLER.has(window.lower[named]!)) named++;
      const word = window.tokens[named];
      if (word !== undefined && (isCapitalised(word.text) || CONTRAST_SUBJECTS.has(window.lower[named]!))) return i;
    }
  }
  return to;
}

const MAX_ASKER_WORDS = 4;

/** "Asked whether he would run, Lenz said ...": the question, put by an unnamed reporter (or the one named after "by"), runs to the comma. */
function leadingQuestion(window: TokenWindow, cue: CueMatch): Attribution | null {
  const comma = commaWithin(window, cue.to, MAX_ACCORDING_WORDS);
  if (comma <= cue.to) return null;
  // "Asked by Starnes whether ...": the one who asks is named, and puts the question.
  let to = cue.to + 1;
  if (window.lower[cue.to] === 'by') while (to < comma && to - cue.to <= MAX_ASKER_WORDS && isCapitalised(window.tokens[to]!.text) && !isPunct(window.lower[to]!)) to++;
  const speaker = to > cue.to + 1 ? { from: cue.to + 1, to } : null;
  return { cue, speaker, addressee: null, content: trimContent(window, cue.to, comma), rule: 'reported.asked' };
}

/** How many words an aside after an inverted speaker may hold: "said Tommy Vietor, a former spokesman for Mr. Obama, recalling". */
const MAX_ASIDE_WORDS = 20;

/**
 * The subject of ", saying ..." / ", adding ...": the speaker of the last cue before it, outside
 * direct quotes (`“...,” Trump said, adding`), or else the subject of the clause, after any
 * fronted phrase (`On Saturday, Francis made clear ..., saying`).
 */
function participleSubject(window: TokenWindow, cue: CueMatch, masked: (i: number) => boolean, lexicon: QuoteLexicon): TokenRange | null {
  let floor = 0;
  for (let i = 0; i < cue.from; i++) if (masked(i)) floor = i + 1;
  while (floor < cue.from && isPunct(window.lower[floor]!)) floor++;
  const last = findCues(window, lexicon, floor, cue.from - 1).filter((c) => !c.entry.flags.has('prep')).pop();
  if (last !== undefined) {
    const before = speakerBefore(window, last.from, floor);
    if (before !== null) return before;
    const after = speakerAfter(window, last.to);
    if (after !== null) {
      const aside = window.lower[after.to] === ',' && cue.from - 1 > after.to && cue.from - 1 - after.to <= MAX_ASIDE_WORDS;
      return aside ? { from: after.from, to: cue.from - 1 } : after;
    }
  }
  return clauseSubject(window, floor, (i) => verbCueAt(window, lexicon, i)) ?? (floor === 0 ? leadingSubject(window) : null);
}

/** The index of "who" or "which" between a speaker and its cue ("Andreessen, who backed"), or -1. */
function relativeAt(window: TokenWindow, speaker: TokenRange, cue: CueMatch): number {
  for (let i = speaker.to; i < cue.from; i++) {
    const word = window.lower[i]!;
    if (word === 'who' || word === 'which') return i;
  }
  return -1;
}

/**
 * "Andreessen, who backed Mr. Romney in 2012, said on Twitter that ...", "Republicans who have
 * praised his candidacy warned that ...": the relative clause's content ends where the main
 * clause's own cue takes over, at the comma closing it (a closing quotation mark may stand
 * after the comma) or, with no comma, right before that cue.
 */
function relativeEnd(window: TokenWindow, cues: readonly CueMatch[], from: number, to: number, commas: boolean): number {
  for (const next of cues) {
    if (next.from <= from || next.from >= to || next.entry.flags.has('prep')) continue;
    let at = next.from;
    while (at > from && AUXILIARY.has(window.lower[at - 1]!)) at--;
    let mark = at - 1;
    while (mark > from && isPunct(window.lower[mark]!) && window.lower[mark] !== ',') mark--;
    if (commas && window.lower[mark] === ',' && mark > from) return mark;
    // Without commas, a bare finite cue after a noun is the main verb: not "and said", "to say", "saying".
    const before = window.lower[at - 1] ?? '';
    if (!commas && at === next.from && at - 1 > from && !isPunct(before) && !CLAUSE_WORDS.has(before) && before !== 'and' && before !== 'to' && !window.lower[next.from]!.endsWith('ing')) return at;
  }
  return to;
}

/** Verbs of starting and going on, whose subject a following gerund shares: "Mr. Trump began attacking". */
const ASPECTUAL = new Set(['began', 'begun', 'begin', 'begins', 'started', 'start', 'starts', 'kept', 'keep', 'keeps', 'stopped', 'resumed']);

/** How far back the name before a bare participle may reach. */
const MAX_PARTICIPLE_SUBJECT = 10;

/**
 * The subject of a participle with no comma before it: the name or "those" it hangs from
 * ("Pope Francis calling Christmas a sham", "those supporting deportation"), or the subject of a
 * verb of starting ("Mr. Trump began attacking"); else the speaker before the cue as usual (a
 * noun before it is as often the verb's object: "ran ads with both outlets reminding").
 */
function bareParticipleSubject(window: TokenWindow, cue: CueMatch): TokenRange | null {
  const previous = window.lower[cue.from - 1] ?? '';
  // A headline in title case ("Group Will Run Ads Demanding ...") shows no names by its capitals.
  if (isCapitalised(window.tokens[cue.from]!.text)) return speakerBefore(window, cue.from);
  if (ASPECTUAL.has(previous)) return speakerBefore(window, cue.from - 1);
  const named = isCapitalised(window.tokens[cue.from - 1]?.text ?? '') && !isPunct(previous) && !CLAUSE_WORDS.has(previous) && !AUXILIARY.has(previous);
  if (!named && previous !== 'those') return speakerBefore(window, cue.from);
  let from = cue.from;
  while (from > 0 && cue.from - from < MAX_PARTICIPLE_SUBJECT) {
    const word = window.lower[from - 1]!;
    if ((isPunct(word) && word !== '-' && word !== '’' && word !== "'") || CLAUSE_WORDS.has(word) || word === 'and') break;
    from--;
  }
  return { from: nounPhraseStart(window, from, cue.from), to: cue.from };
}

/** Subordinators that open a fronted participle clause: "While denouncing ..., she ...". */
const PARTICIPLE_OPENERS = new Set(['while', 'besides', 'after', 'before', 'when', 'since', 'without', 'despite', 'in', 'by', 'upon', 'on']);
/** How far the fronted clause may run to its comma. */
const MAX_FRONTED_CLAUSE = 25;

/**
 * "But while denouncing the ''perversion'' of tax avoidance, she hasn't outlined a plan",
 * "Besides attacking the former president, Mr. Trump asserted": a participle clause opening the
 * sentence has the main clause's subject, after its comma; its content runs to that comma.
 */
function frontedParticiple(window: TokenWindow, cue: CueMatch, lexicon: QuoteLexicon): Attribution | null {
  const opener = cue.from - 1;
  if (!window.lower[cue.from]!.endsWith('ing') || !PARTICIPLE_OPENERS.has(window.lower[opener] ?? '')) return null;
  for (let i = 0; i < opener; i++) if (!LEADING_FILLER.has(window.lower[i]!) || PARTICIPLE_OPENERS.has(window.lower[i]!)) return null;
  const comma = commaWithin(window, cue.to, MAX_FRONTED_CLAUSE);
  if (comma <= cue.to) return null;
  const speaker = clauseSubject(window, comma + 1, (i) => verbCueAt(window, lexicon, i));
  if (speaker === null) return null;
  return { cue, speaker, addressee: null, content: trimContent(window, cue.to, comma), rule: 'reported.cue-before' };
}

function leading(window: TokenWindow, cue: CueMatch, cues: readonly CueMatch[], lexicon: QuoteLexicon, masked: (i: number) => boolean, shared: TokenRange | null): Attribution | null {
  if (cue.entry.flags.has('prep')) return leadingAccording(window, cue);
  if (cue.from === 0 && window.lower[0] === 'asked') return leadingQuestion(window, cue);
  if (isPassive(window, cue)) return null;
  const fronted = frontedParticiple(window, cue, lexicon);
  if (fronted !== null) return fronted;
  // "praised Fiorina for criticizing ...": a gerund after a preposition reports nothing.
  if (window.lower[cue.from]!.endsWith('ing') && GERUND_PREPOSITIONS.has(window.lower[cue.from - 1] ?? '')) return null;
  if (cue.entry.flags.has('clause') && !opensClause(window, cue.to)) return null;
  // ", saying ..." and ", adding ...": the subject of the whole clause speaks.
  const participle = window.lower[cue.from - 1] === ',' && window.lower[cue.from]!.endsWith('ing');
  const bare = !participle && window.lower[cue.from]!.endsWith('ing');
  const speaker = shared ?? (participle ? participleSubject(window, cue, masked, lexicon) : bare ? bareParticipleSubject(window, cue) : speakerBefore(window, cue.from));
  if (speaker === null || notASpeaker(window, speaker)) return null;
  // "one group, Partnership for Responsible Growth, has run ads reminding ...": the run before the
  // cue is a predicate; its subject speaks.
  if (opensPredicate(window, speaker, lexicon)) {
    // "Romney, who campaigned on ... and sought": a relative clause's predicate, spoken by "who", which no phrase here holds.
    if (RELATIVES.has(window.lower[speaker.from - 1]!)) return null;
    const subject = speakerBefore(window, speaker.from);
    if (subject !== null && !notASpeaker(window, subject)) return leadingWith(window, cue, cues, lexicon, masked, subject);
    // "when asked about Trump's future team speculating ...": no subject before the verb; a
    // participle then tells of the noun phrase right before it.
    const inner = nounPhraseStart(window, speaker.from, speaker.to);
    return bare && inner > speaker.from ? leadingWith(window, cue, cues, lexicon, masked, { from: inner, to: speaker.to }) : null;
  }
  return leadingWith(window, cue, cues, lexicon, masked, speaker);
}

const RELATIVES = new Set(['who', 'which', 'that']);

/** The attribution of a cue before its content once the speaker is settled: hearer, content, rule. */
function leadingWith(window: TokenWindow, cue: CueMatch, cues: readonly CueMatch[], lexicon: QuoteLexicon, masked: (i: number) => boolean, speaker: TokenRange): Attribution | null {
  const addressee = cue.entry.flags.has('addressee') && window.lower[cue.to] !== 'that' ? addresseeAfter(window, cue.to) : null;
  const from = contentStart(window, lexicon, addressee?.to ?? cue.to);
  let to = from;
  while (to < window.tokens.length && !masked(to)) to++;
  const relative = relativeAt(window, speaker, cue);
  if (relative >= 0) to = relativeEnd(window, cues, from, to, window.lower[relative - 1] === ',');
  const content = trimContent(window, from, nextClause(window, cues, from, to));
  if (content.to - content.from < MIN_CONTENT) return null;
  return { cue, speaker, addressee, content, rule: cue.entry.id === 'quoted_as_saying' ? 'reported.quoted-as-saying' : 'reported.cue-before' };
}

function toCandidate(text: string, window: TokenWindow, found: Attribution, lexicon: QuoteLexicon): QuoteCandidate {
  const content = tokenSpan(text, window, found.content.from, found.content.to)!;
  const source = findSource(window, lexicon, 0, found.content.from) ?? findSource(window, lexicon, found.content.to, window.tokens.length);
  return {
    start: content.start, end: content.end, direct: false,
    speaker: found.speaker === null ? null : tokenSpan(text, window, found.speaker.from, found.speaker.to),
    cue: tokenSpan(text, window, found.cue.from, found.cue.to),
    addressee: found.addressee === null ? null : tokenSpan(text, window, found.addressee.from, found.addressee.to),
    source: source === null ? null : tokenSpan(text, window, source.from, source.to)?.text ?? null,
    rule: found.rule,
  };
}

/** Attributions in one sentence: trailing ones first (right to left), then leading ones. */
function attributionsIn(window: TokenWindow, cues: readonly CueMatch[], lexicon: QuoteLexicon, masked: (i: number) => boolean): Attribution[] {
  const found: Attribution[] = [];
  const inside = (cue: CueMatch) => found.some((a) => a.cue === cue || (cue.from >= a.content.from && cue.from < a.content.to));
  const clean = (a: Attribution | null): boolean => {
    if (a === null || a.content.to - a.content.from < MIN_CONTENT) return false;
    for (let i = a.content.from; i < a.content.to; i++) if (masked(i)) return false;
    return true;
  };
  for (const cue of [...cues].reverse()) {
    const attribution = inside(cue) ? null : trailing(window, cue);
    if (clean(attribution)) found.push(attribution!);
  }
  for (const cue of cues) {
    // "Ryan said A, and suggested B": the second cue shares the subject of the attribution before it.
    const at = coordinatedAt(window, cue);
    const shared = at < 0 ? null : found.find((a) => a.content.to === at || a.content.to === at - 1)?.speaker ?? null;
    const attribution = inside(cue) ? null : leading(window, cue, cues, lexicon, masked, shared);
    if (clean(attribution)) found.push(attribution!);
  }
  return found;
}

const hints = new WeakMap<QuoteLexicon, RegExp>();

/** A regular expression matching any cue's first word: a plain alternation of literals, linear. */
function cueHint(lexicon: QuoteLexicon): RegExp {
  let hint = hints.get(lexicon);
  if (hint === undefined) {
    const words = [...lexicon.cues.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // Not a unicode regex: the cue words are ASCII, and the plain engine is faster.
    hint = new RegExp(`(?<![A-Za-z])(?:${words.join('|')})(?![A-Za-z])`, 'gi');
    hints.set(lexicon, hint);
  }
  return hint;
}

/** Which tokens lie inside a direct quote, in one sweep over tokens and ranges (both in order). */
function maskTokens(window: TokenWindow, ranges: readonly { start: number; end: number }[], first: number): boolean[] {
  const flags: boolean[] = [];
  let r = first;
  for (const token of window.tokens) {
    while (r < ranges.length && ranges[r]!.end <= token.start) r++;
    const range = ranges[r];
    flags.push(range !== undefined && range.start < token.end);
  }
  return flags;
}

/** Reported-speech candidates, given the direct quotes already found (their marks are masked). */
export function findReportedSpeech(text: string, sentences: readonly Sentence[], direct: readonly QuoteCandidate[], lexicon: QuoteLexicon): QuoteCandidate[] {
  const ranges = direct.map((q) => ({ start: q.start - 1, end: q.end + 1 })).sort((a, b) => a.start - b.start);
  const usedCues = new Set(direct.flatMap((q) => (q.cue === null ? [] : [q.cue.start])));
  const found: QuoteCandidate[] = [];
  let first = 0;
  const hint = cueHint(lexicon);
  let nextHit = -1;
  // The entities layer has tokenised every sentence already: its tokens are shared, not made again.
  const tokenised = sentenceTokens(text, sentences);
  for (const [index, sentence] of sentences.entries()) {
    while (first < ranges.length && ranges[first]!.end <= sentence.start) first++;
    // Most sentences hold no cue word: a cheap test skips their token window.
    if (nextHit < sentence.start) {
      hint.lastIndex = sentence.start;
      nextHit = hint.exec(text)?.index ?? Infinity;
    }
    if (nextHit >= sentence.end) continue;
    const window = windowOfTokens(tokenised[index]!);
    const flags = maskTokens(window, ranges, first);
    const masked = (i: number) => flags[i] === true;
    const cues = findCues(window, lexicon).filter((c) => !masked(c.from) && !usedCues.has(window.tokens[c.from]!.start));
    if (cues.length === 0) continue;
    for (const attribution of attributionsIn(window, cues, lexicon, masked)) found.push(toCandidate(text, window, attribution, lexicon));
  }
  return found;
}
