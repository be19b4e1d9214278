/**
 * Who a speaker's words are about (src/events/statement-content.ts): whether the subject of an
 * option or threat is the speaker's own side, and which actor named in the words becomes the
 * target of the speaker's act, by the act's family. Clause heuristics over tokens, no parser: a
 * subject stands right before its verb with only auxiliaries, adverbs and quote marks between, and
 * is not the object of a preposition; an object stands after the phrase in its clause, inside the
 * quote's words.
 *
 * @example aboutActor('accusation', tokens, actors, match, quote, own) // { named: Gondor } for "Gondor is punishing Rohan"
 */
import type { Quote } from '../document/layers.js';
import type { ActorMatch, EventToken } from './event-tokens.js';
import type { PatternMatch } from './pattern-matcher.js';
import type { StatementFamily } from './statement-content.js';

/** The token stands in the quote's words. */
export function inWords(quote: Quote, token: EventToken): boolean {
  return quote.start <= token.start && token.end <= quote.end;
}

/** Words between a subject and its verb: "we will also always respond", "it could soon consider". */
const BETWEEN_SUBJECT = new Set([
  'have', 'has', 'had', 'is', 'are', 'am', 'was', 'were', 'be', 'been', 'will', 'would', 'shall', 'could', 'might', 'may', 'can', 'do', 'does', 'did',
  "'ll", "'ve", "'re", "'m", 'also', 'always', 'still', 'then', 'now', 'again', 'even', 'certainly', 'definitely', '"', '\u201c', '\u201d',
]);
const SPEAKER_IN_DIRECT = new Set(['i', 'we']);
const SPEAKER_IN_REPORTED = new Set(['i', 'we', 'he', 'she', 'it']);
const SUBJECT_GAP = 6;

/** The subject of the verb phrase starting at `first` is the speaker: "we", "I" (also "he", "she", "it" in reported speech), or their side. */
export function agentIsSpeaker(tokens: readonly EventToken[], actors: readonly ActorMatch[], first: number, quote: Quote, own: (actor: ActorMatch) => boolean): boolean {
  const subject = subjectBefore(tokens, actors, first, quote.direct ? SPEAKER_IN_DIRECT : SPEAKER_IN_REPORTED);
  return subject === 'pronoun' || (subject !== null && own(subject));
}

const NO_PRONOUNS: ReadonlySet<string> = new Set();

/**
 * What stands right before the phrase as its subject, with only auxiliaries, adverbs and quote
 * marks between: an actor ("Arnor has repeatedly violated"; not one after a preposition), one of
 * `pronouns` ('pronoun'), or nothing (null).
 */
function subjectBefore(tokens: readonly EventToken[], actors: readonly ActorMatch[], first: number, pronouns: ReadonlySet<string>): ActorMatch | 'pronoun' | null {
  for (let k = first - 1; k >= Math.max(0, first - SUBJECT_GAP); k--) {
    const actor = actors.find((one) => one.last === k);
    if (actor !== undefined) return isObjectOfPreposition(tokens, actor) ? null : actor;
    const word = tokens[k]!.lower;
    if (pronouns.has(word)) return 'pronoun';
    if (!BETWEEN_SUBJECT.has(word) && !word.endsWith('ly')) return null;
  }
  return null;
}

const OBJECT_REACH = 20;
/** The object is in the phrase's clause: "a step in the right direction, but he told the Financial Times" names no object. */
const OBJECT_EDGE = new Set(['.', ';', ':', '!', '?', 'but', 'while', 'although', 'whereas', '"', '\u201d']);

/** The words' target by family (see the header); null when the act is not the speaker's to code. */
export function aboutActor(
  family: StatementFamily, tokens: readonly EventToken[], actors: readonly ActorMatch[], match: PatternMatch, quote: Quote, own: (actor: ActorMatch) => boolean,
): { named: ActorMatch | null } | null {
  const found = subjectBefore(tokens, actors, match.first, NO_PRONOUNS);
  const subject = found === 'pronoun' ? null : found;
  const other = subject !== null && !own(subject) ? subject : null;
  switch (family) {
    case 'accusation': return other === null ? null : { named: other };
    // "relations between Arnor and Gondor have improved": the actors inside the phrase are what it is about.
    case 'comment': return { named: other ?? insideActor(actors, match, own) ?? objectOf(tokens, actors, match, quote, own) };
    default: return other !== null ? null : { named: objectOf(tokens, actors, match, quote, own) };
  }
}

const PREPOSITIONS = new Set(['of', 'to', 'in', 'with', 'from', 'on', 'for', 'by', 'against', 'at', 'over', 'between', 'about', 'into', 'than']);

/** "the error in the defeat to Tottenham has undermined": an actor after a preposition is not the subject. */
function isObjectOfPreposition(tokens: readonly EventToken[], actor: ActorMatch): boolean {
  const before = tokens[actor.first - 1]?.lower === 'the' ? actor.first - 2 : actor.first - 1;
  return PREPOSITIONS.has(tokens[before]?.lower ?? '');
}

function insideActor(actors: readonly ActorMatch[], match: PatternMatch, own: (actor: ActorMatch) => boolean): ActorMatch | null {
  return actors.find((actor) => actor.first > match.first && actor.last < match.last && !own(actor)) ?? null;
}

/** The first actor after the phrase, in the quote's words, that is not the speaker's own side. */
function objectOf(tokens: readonly EventToken[], actors: readonly ActorMatch[], match: PatternMatch, quote: Quote, own: (actor: ActorMatch) => boolean): ActorMatch | null {
  for (let k = match.last + 1; k < Math.min(tokens.length, match.last + 1 + OBJECT_REACH); k++) {
    if (OBJECT_EDGE.has(tokens[k]!.lower)) return null;
    const actor = actors.find((one) => one.first === k);
    if (actor !== undefined && inWords(quote, tokens[actor.first]!) && !own(actor)) return actor;
  }
  return null;
}
