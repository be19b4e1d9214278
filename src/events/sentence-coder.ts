/**
 * Codes one sentence: finds triggers, matches their patterns (most specific first), filters what
 * did not happen, then picks the dyad. The same function serves the news component (actors from
 * the entities layer) and the PETRARCH/TABARI suites (actors from their own dictionaries).
 *
 * @example codeSentence(eventTokens('Arnor attacked Gondor.'), actors, index) // [{ code: '190', source: ARN, target: GON }]
 */
import type { EventPattern } from './dictionary-types.js';
import type { ActorMatch, EventToken } from './event-tokens.js';
import { actorLookup, firstMatch, type ActorLookup, type PatternMatch } from './pattern-matcher.js';
import type { TriggerIndex } from './trigger-index.js';
import { findDyad } from './dyad-finder.js';
import { isParticipleForm, nounForms } from './word-forms.js';
import { unrealisedReason } from './modality-filter.js';
import { refusalCode } from './refusal-codes.js';
import { intentCode, threatCode } from './announced-codes.js';
import { isCapitalised, isHyphenCompound, isNameWord, isTitleCase } from './trigger-context.js';
import { isGenericMention } from './generic-mention.js';
import { isOwnSidePlan } from './own-side-plans.js';
import { isPraiseReason } from './praise-reasons.js';

export interface CodedEvent {
  readonly code: string;
  readonly mode: string | null;
  readonly source: ActorMatch | null;
  readonly target: ActorMatch | null;
  /** Token range of the trigger phrase, inclusive. */
  readonly first: number;
  readonly last: number;
  readonly pattern: EventPattern;
  readonly passive: boolean;
  /** Told by a verb: its own pattern's, or the verb that frames a noun ("agreed to start negotiations" is the intent of "agreed"). */
  readonly byVerb: boolean;
}

export interface CoderOptions {
  /** Drop acts that are negated, modal, infinitival or asked about (news use); off for the suites, whose patterns encode these. */
  readonly filterUnrealised: boolean;
  /** Limit how far after its verb an object may stand (news use; see dyad-finder.ts rule 6). Default true. */
  readonly limitObjectDistance?: boolean;
}

export function codeSentence(tokens: readonly EventToken[], actors: readonly ActorMatch[], index: TriggerIndex, options: CoderOptions): CodedEvent[] {
  const events: CodedEvent[] = [];
  const used = new Set<number>();
  let titleCase: boolean | undefined;
  let frame: Frame | null = null;
  let lookup: ActorLookup | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const candidates = index.byForm.get(tokens[i]!.lower);
    if (candidates === undefined || insideActor(i, actors)) continue;
    if (isHyphenCompound(tokens, i) || (isCapitalised(tokens[i]!) && isNameWord(tokens, i, titleCase ??= isTitleCase(tokens)))) continue;
    const match = firstMatch(asNounAfterDeterminer(candidates, tokens, i, index), i, lookup ??= actorLookup(tokens, actors));
    if (match === null) continue;
    for (const k of match.used) used.add(k);
    if (match.pattern.code === null) continue;
    let code: string | null = match.pattern.code;
    if (options.filterUnrealised && match.pattern.kind === 'noun') code = nounCode(match, tokens, frame, events);
    else if (options.filterUnrealised) {
      const realised = realisedCode(match, tokens);
      if (realised !== match.pattern.code || FRAMING.test(match.pattern.code)) frame = { end: match.last, code: realised };
      code = realised === null ? null : verbCode(realised, match, tokens, events);
    }
    if (code === null) continue;
    const participle = match.pattern.kind === 'verb' && isParticipleForm(tokens[i]!.lower, match.pattern.trigger, index.forms);
    // A noun's code differs from its pattern's only as the intent of the verb framing it (nounCode).
    const byVerb = match.pattern.kind === 'verb' || code !== match.pattern.code;
    const coded = eventsOf(match, code, tokens, actors, { participle, byVerb, limitObjectDistance: options.limitObjectDistance ?? true });
    // "the government plans to ban plastic bags": domestic policy is no intent or threat toward anyone.
    events.push(...(options.filterUnrealised ? coded.filter((event) => !isOwnSidePlan(event, tokens, actors)) : coded));
  }
  return events;
}

/** The last verb that framed what follows as not (yet) real, and the code it took (null: not coded). */
interface Frame { readonly end: number; readonly code: string | null }

/** A verb's news code: a statement may be a demand, and a specific intent replaces its frame's generic one. */
function verbCode(realised: string, match: PatternMatch, tokens: readonly EventToken[], events: CodedEvent[]): string {
  const code = demandOrStatement(realised, match, tokens);
  // "is ready to supply gas", "threatened to bomb": the specific intent (0311) or threat (1384)
  // replaces the frame's generic one (030, 130).
  if (code !== match.pattern.code && /^(03|13)/.test(code)) dropGenericFrame(events, match.first - 3, match.first - 1);
  return code;
}

/**
 * A noun's news code: none for a generic plural (generic-mention.ts) or the object of a frame
 * (insideFrame), except that an act of cooperation offered by an intent ("expressed readiness to
 * provide a venue for talks") is that specific intent, which replaces the frame's generic one.
 */
function nounCode(match: PatternMatch, tokens: readonly EventToken[], frame: Frame | null, events: CodedEvent[]): string | null {
  if (isGenericMention(tokens, match, match.pattern.trigger) || isBackground(tokens, match.first)) return null;
  if (frame === null || !insideFrame(tokens, frame.end, match.first)) return realisedCode(match, tokens);
  const code = match.pattern.code!;
  if (frame.code === null || !frame.code.startsWith('03') || !/^0[4-8]/.test(code)) return null;
  dropGenericFrame(events, frame.end, frame.end);
  return intentCode(code);
}

/**
 * Appeals, intents, demands, rejections and threats (02, 03, 10, 12, 13), and acts not done, frame
 * their object as not (yet) real: "called for talks", "offered a ceasefire", "ready to provide a
 * venue for talks", "rejected an investigation". An indefinite noun event a few tokens after such a
 * verb, in the same clause, is that object, not an event; a definite or owned one names something
 * that exists ("urged Israel to halt its offensive", "demanded an end to the siege").
 */
const FRAMING = /^(02|03|10|12|13)/;
const FRAME_REACH = 12;
const DEFINITE = new Set(['the', 'its', 'their', 'his', 'her', "'s", 'this', 'these', 'those', 'our', 'your']);

function insideFrame(tokens: readonly EventToken[], frameEnd: number, first: number): boolean {
  if (first - frameEnd > FRAME_REACH) return false;
  for (let k = frameEnd + 1; k < first; k++) if (/^[,;:.]$|^(and|but|while|after|because|when|since|although)$/.test(tokens[k]!.lower)) return false;
  for (let k = first - 1; k > frameEnd && k >= first - 3; k--) if (DEFINITE.has(tokens[k]!.lower)) return false;
  return true;
}

/**
 * A noun act named as the background of another ("expanded exports despite sanctions": others'
 * sanctions, not the subject's), as only planned ("plans for a debate between X and Y"), as put
 * off ("suggested delaying the talks", "postponed the meeting") or as the reason for thanks or
 * praise ("thanked Y for the talks", "for hosting the talks": praise-reasons.ts) is not an event of the clause.
 */
const BACKGROUND = new Set(['despite', 'notwithstanding']);
const PLANNED = new Set(['plan', 'plans', 'proposal', 'proposals', 'preparations']);
const PUT_OFF = new Set([
  'delay', 'delays', 'delayed', 'delaying', 'postpone', 'postpones', 'postponed', 'postponing', 'defer', 'defers', 'deferred', 'deferring',
  'cancel', 'cancels', 'cancelled', 'canceled', 'cancelling', 'canceling',
]);
const NOUN_REACH = 4;

function isBackground(tokens: readonly EventToken[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - NOUN_REACH); k--) {
    const word = tokens[k]!.lower;
    if (BACKGROUND.has(word) || PUT_OFF.has(word) || (word === 'spite' && tokens[k - 1]?.lower === 'in')) return true;
    if (word === 'for' && PLANNED.has(tokens[k - 1]?.lower ?? '')) return true;
    if (isPraiseReason(tokens, k)) return true;
    if (/^[,;:.]$|^(and|but|while|after|because|when|since|although)$/.test(word)) return false;
  }
  return false;
}

/** Drops the generic intents and threats (03, 030, 13, 130) coded last whose phrase ends between `from` and `to` ("ready to [continue to]"). */
function dropGenericFrame(events: CodedEvent[], from: number, to: number): void {
  const near = (event: CodedEvent) => event.last <= to && event.last >= from;
  while (events.length > 0 && near(events[events.length - 1]!) && /^[01]30?$/.test(events[events.length - 1]!.code)) events.pop();
}

/**
 * The code of an act that happened; for a verb's act that did not: a negated act of cooperation
 * codes as its refusal, an announced or intended one as the intent, an announced or possible act
 * of force or coercion as the threat; anything else gives null (not coded).
 */
function realisedCode(match: PatternMatch, tokens: readonly EventToken[]): string | null {
  const verb = match.pattern.kind === 'verb';
  const reason = unrealisedReason(tokens, match.first, verb && tokens[match.trigger]!.lower === match.pattern.trigger);
  const code = match.pattern.code!;
  if (reason === null) return code;
  if (!verb) return null;
  // Investigating is announced as it starts ("sent a team to investigate", "will investigate").
  if (code.startsWith('09') && reason !== 'negated' && reason !== 'question' && reason !== 'habitual' && reason !== 'mandated') return code;
  switch (reason) {
    case 'negated': return refusalCode(code);
    case 'future': return intentCode(code) ?? threatCode(code) ?? (isVerbalConflict(code) ? code : null);
    // "plans to attack", "is ready to strike": an intended act of force is a threat.
    case 'intended': return intentCode(code) ?? threatCode(code);
    case 'threatened': return threatCode(code);
    case 'possible': return threatCode(code);
    default: return null;
  }
}

/** Demands, disapproval, rejection and threats (CAMEO 10-13) are acts of speech: "will refuse" already refuses. */
function isVerbalConflict(code: string): boolean {
  return /^1[0-3]/.test(code);
}

const STATEMENT = '010';
const DEMAND = '100';
const MUST_WINDOW = 15;

/** "said Y must stop": a statement whose clause says what another must do is a demand (CAMEO 10). */
function demandOrStatement(code: string, match: PatternMatch, tokens: readonly EventToken[]): string {
  if (code !== STATEMENT || match.pattern.kind !== 'verb') return code;
  for (let k = match.last + 1; k < Math.min(tokens.length, match.last + MUST_WINDOW); k++) {
    const word = tokens[k]!.lower;
    if (word === '.' || word === ';' || word === '"' || word === '\u201c') break;
    if (word === 'must') return DEMAND;
  }
  return code;
}

// "that" is left out: more often a conjunction or relative pronoun before a verb ("a report that calls on").
const NOUN_MARKERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', "'s", 'this', 'these', 'those', 'no', 'any', 'every', 'each', 'another']);
/** After these a trigger is a noun unless it is a gerund: "in charge of", "a venue for talks", but "by attacking". */
const PREPOSITIONS = new Set(['in', 'of', 'on', 'at', 'for', 'from', 'with', 'by', 'about', 'into', 'under', 'without', 'amid', 'despite']);

/**
 * After "an", "the" or a possessive the trigger is a noun ("an attack by"), so verb patterns step
 * aside; so they do after a preposition unless the word is a gerund ("in charge of", "a venue for
 * talks", but "accused of attacking"), and single-word verb patterns on an uninflected or -s word
 * opening the sentence, which in news is not an imperative or a verb without subject but a noun or
 * adverb ("Back in 2021, ...", "Strikes on Russian territory ..."). Right after a verb, an -s word
 * is its object, a plural noun ("renewed calls for", "rejects calls for", "mediated talks
 * between"), and a participle an adjective of its object ("visited imprisoned reporter X", "freed
 * jailed activists"): two verbs do not stand side by side.
 */
function asNounAfterDeterminer(candidates: readonly EventPattern[], tokens: readonly EventToken[], i: number, index: TriggerIndex): readonly EventPattern[] {
  const before = tokens[i - 1]?.lower ?? '';
  const word = tokens[i]!.lower;
  if (NOUN_MARKERS.has(before) || (word.endsWith('s') && isVerbBefore(tokens, i, index)) || (isPastBefore(tokens, i) && isParticiple(word, candidates, index))) {
    return candidates.filter((pattern) => pattern.kind === 'noun' || pattern.before.length > 0);
  }
  // "despite Western sanctions": a word after "despite" and an adjective is a noun as well.
  if ((PREPOSITIONS.has(before) || BACKGROUND.has(tokens[i - 2]?.lower ?? '')) && !word.endsWith('ing')) return candidates.filter((pattern) => pattern.kind === 'noun' || pattern.before.length > 0);
  if (i === 0) return candidates.filter((pattern) => pattern.kind === 'noun' || pattern.before.length > 0 || pattern.after.length > 0 || !nounForms(pattern.trigger).includes(word));
  return candidates;
}

function isParticiple(word: string, candidates: readonly EventPattern[], index: TriggerIndex): boolean {
  return word.endsWith('ed') || candidates.some((pattern) => pattern.kind === 'verb' && isParticipleForm(word, pattern.trigger, index.forms));
}

/** "has called", "is seen": an auxiliary stands before a verb (a dictionary may have "have" as a verb). */
const AUXILIARIES = new Set(['has', 'is', 'was', 'does', 'gets', 'goes']);

/** The word before `i` is a lowercase past form ("renewed") or a dictionary verb's -s form ("rejects"). */
function isVerbBefore(tokens: readonly EventToken[], i: number, index: TriggerIndex): boolean {
  if (isPastBefore(tokens, i)) return true;
  const previous = tokens[i - 1];
  const word = previous?.lower ?? '';
  return previous !== undefined && !isCapitalised(previous) && word.endsWith('s') && !AUXILIARIES.has(word) && (index.byForm.get(word)?.some((pattern) => pattern.kind === 'verb') ?? false);
}

/** The word before `i` is a lowercase past form: "visited imprisoned reporter" (not "forces captured": a plural noun may be a subject). */
function isPastBefore(tokens: readonly EventToken[], i: number): boolean {
  const previous = tokens[i - 1];
  return previous !== undefined && !isCapitalised(previous) && previous.lower.length > 4 && previous.lower.endsWith('ed');
}

function insideActor(i: number, actors: readonly ActorMatch[]): boolean {
  return actors.some((actor) => actor.first <= i && i <= actor.last);
}

interface Telling { readonly participle: boolean; readonly byVerb: boolean; readonly limitObjectDistance: boolean }

function eventsOf(match: PatternMatch, code: string, tokens: readonly EventToken[], actors: readonly ActorMatch[], telling: Telling): CodedEvent[] {
  const { pattern } = match;
  const dyad = findDyad(match, tokens, actors, telling.participle, { limitObjectDistance: telling.limitObjectDistance });
  const make = (eventCode: string, source: ActorMatch | null, target: ActorMatch | null): CodedEvent => ({
    code: eventCode, mode: eventCode === pattern.code ? pattern.mode : null, source, target, first: match.first, last: match.last, pattern, passive: dyad.passive, byVerb: telling.byVerb,
  });
  const events: CodedEvent[] = [];
  const reciprocal = (pattern.reciprocal && dyad.targets.length === 0) || dyad.sources === dyad.targets;
  if (reciprocal && dyad.sources.length >= 2) {
    for (const a of dyad.sources) for (const b of dyad.sources) if (a !== b) events.push(make(code, a, b));
    return events;
  }
  const sources = dyad.sources.length > 0 ? dyad.sources : [null];
  const targets = dyad.targets.length > 0 ? dyad.targets : [null];
  for (const source of sources) {
    for (const target of targets) {
      if (source !== null && source === target) continue;
      events.push(make(code, source, target));
      if (pattern.reverse !== null && code === pattern.code && source !== null && target !== null) events.push(make(pattern.reverse, target, source));
    }
  }
  return events;
}
