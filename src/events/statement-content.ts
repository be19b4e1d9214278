/**
 * What a speaker's own words are, as a verbal act: the patterns of data/events/statements.dict
 * matched inside a quote or reported speech whose speaker is resolved (and on its cue, "X's team
 * speculating that ..."). The words are never coded as if what they say happened: '"Arnor is
 * punishing Gondor," the minister said' is the minister's accusation of Arnor (111), not a
 * punishment. Which actor the words name becomes the target depends on the code's family
 * (statement-actors.ts):
 * - comments (012, 013): the actor the words are about, subject first, else object, if any;
 * - options (014) and threats (13x): the speaker's own side acts ("we could consider", "we respond
 *   in kind"); another named subject makes them someone else's, not coded; the target is the object;
 * - accusations (11x): the named actor doing the blameworthy act, required;
 * - answers (03x acceptances, 12x rejections): resolved against an earlier proposal
 *   (statement-answers.ts), so no target here.
 * An act in the words that is negated, modal, future or asked about is not said to happen and is
 * not coded (modality-filter.ts), except that a threat announces ("we will retaliate"), an option
 * may be weighed ahead ("we will consider") and an answer may be a question ("why not?"); a habit stays ("we always respond in kind"); nor is an
 * accusation in a clause after "whether" or "if". An option or threat told by a verb needs the
 * speaker's side as its subject; one found on the quote's cue ("speculating that") needs words
 * that hold an act out as possible ("the conflict might be frozen").
 *
 * @example spokenActs(tokens, actors, [quote], index, side) // [{ code: '111', about: Arnor, ... }]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Quote } from '../document/layers.js';
import type { EventDictionary } from './dictionary-types.js';
import type { ActorMatch, EventToken } from './event-tokens.js';
import { parseDictionary } from './dictionary-parser.js';
import { DataFileError } from '../gazetteer/tsv-reader.js';
import { actorLookup, firstMatch, type PatternMatch } from './pattern-matcher.js';
import type { TriggerIndex } from './trigger-index.js';
import { VERBAL_NEGATIONS, unrealisedReason, type UnrealisedReason } from './modality-filter.js';
import { aboutActor, agentIsSpeaker, inWords } from './statement-actors.js';

export type StatementFamily = 'comment' | 'option' | 'accusation' | 'threat' | 'answer';

/** The family of a code a statement may take, or null for a code that is no verbal act of the speaker. */
export function statementFamily(code: string): StatementFamily | null {
  if (/^01[23]$/.test(code)) return 'comment';
  if (code === '014') return 'option';
  if (/^11/.test(code)) return 'accusation';
  if (/^13/.test(code)) return 'threat';
  if (/^(03|12)/.test(code)) return 'answer';
  return null;
}

/** Reads a statements file (the news.dict grammar), refusing codes outside the families above. */
export function parseStatementDictionary(text: string, file: string): EventDictionary {
  const dictionary = parseDictionary(text, file);
  const wrong = dictionary.patterns.filter((pattern) => (pattern.code !== null && statementFamily(pattern.code) === null) || pattern.reverse !== null);
  if (wrong.length > 0) {
    throw new DataFileError(file, wrong.map((pattern) => `${pattern.origin}: "${pattern.code}" is not a statement code (012, 013, 014, 11x, 13x, 03x, 12x or none; no pair)`));
  }
  return dictionary;
}

/** The shipped statements file, read on first use. */
export function loadStatementDictionary(): EventDictionary {
  const path = fileURLToPath(new URL('../../data/events/statements.dict', import.meta.url));
  return parseStatementDictionary(readFileSync(path, 'utf8'), 'data/events/statements.dict');
}

/** One verbal act found in a speaker's words. */
export interface SpokenAct {
  readonly quote: Quote;
  readonly code: string;
  readonly family: StatementFamily;
  readonly match: PatternMatch;
  /** The actor named in the words who becomes the target (never for answers). */
  readonly about: ActorMatch | null;
}

/** Says whether an actor named in a quote is the speaker's own side (the speaker, or their country). */
export type SpeakerSide = (quote: Quote, actor: ActorMatch) => boolean;

/** Reasons an act in the words may have and still be said (see the header). */
const ALLOWED: Record<StatementFamily, ReadonlySet<UnrealisedReason>> = {
  comment: new Set(['habitual']),
  // "We will consider the option of talks" weighs it already.
  option: new Set(['habitual', 'future', 'possible']),
  accusation: new Set(['habitual']),
  threat: new Set(['habitual', 'future', 'possible']),
  answer: new Set(['habitual', 'question']),
};

/** The verbal acts in one sentence's quoted words; `quotes` are the sentence's quotes with a resolved speaker. */
export function spokenActs(tokens: readonly EventToken[], actors: readonly ActorMatch[], quotes: readonly Quote[], index: TriggerIndex, side: SpeakerSide): SpokenAct[] {
  const acts: SpokenAct[] = [];
  const used = new Set<number>();
  const lookup = actorLookup(tokens, actors);
  for (let i = 0; i < tokens.length; i++) {
    const candidates = index.byForm.get(tokens[i]!.lower);
    if (candidates === undefined || used.has(i) || actors.some((actor) => actor.first <= i && i <= actor.last)) continue;
    // The trigger stands in the quote's words (the rest may be the reporter's frame: 'Arnor is "lying"'), or is its cue.
    const quote = quotes.find((one) => inWords(one, tokens[i]!) || inCue(one, tokens[i]!));
    if (quote === undefined) continue;
    const match = firstMatch(candidates, i, lookup);
    if (match === null) continue;
    for (const k of match.used) used.add(k);
    if (match.pattern.code === null) continue;
    const family = statementFamily(match.pattern.code);
    if (family === null || !said(tokens, match, family)) continue;
    const own = (actor: ActorMatch) => side(quote, actor);
    const cue = !inWords(quote, tokens[i]!);
    if (cue ? !holdsOutAnAct(tokens, quote) : (agentive(family, match) && !agentIsSpeaker(tokens, actors, match.first, quote, own))) continue;
    if (family === 'accusation' && asked(tokens, match.first)) continue;
    const about = family === 'answer' ? { named: null } : aboutActor(family, tokens, actors, match, quote, own);
    if (about === null) continue;
    acts.push({ quote, code: match.pattern.code!, family, match, about: about.named });
  }
  return acts;
}

function inCue(quote: Quote, token: EventToken): boolean {
  return quote.cue !== null && quote.cue.start <= token.start && token.end <= quote.cue.end;
}

/** The act is said to be so: no negation before it or in its gaps ("relations have not improved"), no modal its family refuses. */
function said(tokens: readonly EventToken[], match: PatternMatch, family: StatementFamily): boolean {
  for (let k = match.first + 1; k < match.last; k++) if (!match.used.includes(k) && VERBAL_NEGATIONS.has(tokens[k]!.lower)) return false;
  const reason = unrealisedReason(tokens, match.first);
  return reason === null || ALLOWED[family].has(reason);
}

/**
 * An option or threat told by a verb is an act of the verb's subject, which must be the speaker's
 * side: "we could consider", "Arnor will retaliate" said by Arnor's minister, not "Parliament could
 * consider". A noun pattern names no agent ("an option of", "will not go *unanswered"), nor does
 * the quote's cue, whose subject is the speaker.
 */
function agentive(family: StatementFamily, match: PatternMatch): boolean {
  return (family === 'option' || family === 'threat') && match.pattern.kind === 'verb';
}

const MODALS = new Set(['might', 'could', 'may', 'would']);

/**
 * A cue of weighing ("speculating that ...") airs an option when the words hold out an act as
 * possible: a modal before a verb, or before "be" and a participle ("the conflict might be
 * frozen"), not a guess about a state ("a meeting could be imminent", "the board was discussing").
 */
function holdsOutAnAct(tokens: readonly EventToken[], quote: Quote): boolean {
  for (let k = 0; k < tokens.length - 1; k++) {
    if (!inWords(quote, tokens[k]!) || !MODALS.has(tokens[k]!.lower)) continue;
    const next = tokens[k + 1]!.lower;
    if (next === 'be') return /(ed|en)$/.test(tokens[k + 2]?.lower ?? '');
    if (/^[a-z]+$/.test(next) && !['have', 'not', 'also', 'well'].includes(next)) return true;
  }
  return false;
}

const ASKED_REACH = 16;

/** "is reviewing whether X violated": an accusation asked about, in a clause after whether or if, is not made. */
function asked(tokens: readonly EventToken[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - ASKED_REACH); k--) {
    const word = tokens[k]!.lower;
    if (word === 'whether' || word === 'if') return true;
    if (/^[,;:.]$/.test(word)) return false;
  }
  return false;
}
