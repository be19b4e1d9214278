/**
 * Resolves written speakers to entities. A speaker span that equals, contains or is contained
 * in an entity mention takes that entity (a mention after a preposition inside the speaker, as in
 * "a spokesman for the ministry", is not the speaker). Pronouns ("he") and definite role
 * descriptions the entities layer left unlinked ("the Chinese top diplomat") take the latest
 * person before them: the previous quote's person speaker, or a person named at the start of a
 * preceding sentence. Unnamed sources ("officials", "a source in the ministry") stay unresolved.
 * A place that speaks ("Kiev announced") stands for its country, when the article names it.
 */
import type { Entity, Sentence, SpeakerRef } from '../../document/layers.js';
import type { Span } from '../../document/span.js';
import type { SpeakerWords } from './quote-lexicon.js';

export interface MentionRef {
  readonly start: number;
  readonly end: number;
  readonly entity: Entity;
}

export interface PersonMark {
  readonly at: number;
  readonly ref: SpeakerRef;
}

/** Entity types that, inside a longer speaker phrase, only describe it ("Chinese", "Arab"). */
const MODIFIER_TYPES = new Set(['NORP', 'MISC']);
const PREPOSITIONS = /\b(?:of|for|in|at|from|with|to|on|by)\s/i;
const NOT_PERSON_HEAD = /\b(?:Ministry|Party|Committee|Office|Department|House|Council|Agency|Service|Times|Post|News|Government|Kremlin|Union|Court|Bank|Organization|Organisation|Forces|Army|Group|Company|Corporation|Inc|Association|Campaign|Network|Journal|Press)$/;

/** Name mentions sorted by start, for a binary search per speaker. */
export function indexMentions(entities: readonly Entity[]): MentionRef[] {
  return entities.flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity }))).sort((a, b) => a.start - b.start);
}

function mentionFor(mentions: readonly MentionRef[], text: string, span: Span): Entity | null {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  let best: MentionRef | null = null;
  let bestRank = -1;
  for (let i = lo; i < mentions.length && mentions[i]!.start < span.end; i++) {
    const m = mentions[i]!;
    if (m.end <= span.start) continue;
    const inside = m.start >= span.start && m.end <= span.end;
    if (inside && PREPOSITIONS.test(text.slice(span.start, m.start))) continue;
    // The head names the speaker: "Chinese Foreign Minister Wang Yi" is Wang Yi, not "Chinese".
    const head = m.end >= span.end;
    const modifier = MODIFIER_TYPES.has(m.entity.type) && !(m.start <= span.start && head);
    if (modifier) continue;
    const rank = (head ? 2 : 0) * 10_000 + (m.end - m.start);
    if (rank > bestRank) {
      best = m;
      bestRank = rank;
    }
  }
  return best?.entity ?? null;
}

export interface ResolverContext {
  readonly text: string;
  readonly words: SpeakerWords;
  readonly mentions: readonly MentionRef[];
  readonly sentences: readonly Sentence[];
}

/** Places that cannot speak: as a speaker, "Kiev" or "Moscow" stands for its country's government. */
const PLACE_TYPES = new Set(['CITY', 'LOCATION', 'REGION']);

/** The country entity a speaking place stands for, when the article names that country; else the place. */
function metonymOf(ctx: ResolverContext, entity: Entity): Entity {
  if (!PLACE_TYPES.has(entity.type) || entity.country === null) return entity;
  return ctx.mentions.find((m) => m.entity.type === 'COUNTRY' && m.entity.country === entity.country)?.entity ?? entity;
}

/** People named as the subject of a sentence: a PERSON mention within its first 40 characters. */
export function sentenceSubjects(ctx: ResolverContext): PersonMark[] {
  const marks: PersonMark[] = [];
  let i = 0;
  for (const sentence of ctx.sentences) {
    while (i < ctx.mentions.length && ctx.mentions[i]!.start < sentence.start) i++;
    const m = ctx.mentions[i];
    if (m === undefined || m.entity.type !== 'PERSON' || m.start > sentence.start + 40 || m.start >= sentence.end) continue;
    marks.push({ at: m.start, ref: { entity: m.entity.id, name: m.entity.name, start: m.start, end: m.end, text: ctx.text.slice(m.start, m.end) } });
  }
  return marks;
}

/** Earlier people, walked forwards: callers resolve speakers in order of their start. */
export interface PersonTrail {
  readonly subjects: readonly PersonMark[];
  next: number;
  lastSpeaker: PersonMark | null;
}

export function personTrail(ctx: ResolverContext): PersonTrail {
  return { subjects: sentenceSubjects(ctx), next: 0, lastSpeaker: null };
}

function latestPerson(trail: PersonTrail, at: number): PersonMark | null {
  while (trail.next < trail.subjects.length && trail.subjects[trail.next]!.at < at) trail.next++;
  const subject = trail.subjects[trail.next - 1] ?? null;
  const speaker = trail.lastSpeaker !== null && trail.lastSpeaker.at < at ? trail.lastSpeaker : null;
  if (subject === null) return speaker;
  return speaker !== null && speaker.at > subject.at ? speaker : subject;
}

/** Resolves `span`, given the people before it and the previous speaker; call in text order. */
export function resolveSpeaker(ctx: ResolverContext, span: Span, trail: PersonTrail, previous: SpeakerRef | null): SpeakerRef {
  const words = span.text.toLowerCase().split(/\s+/);
  const first = words[0] ?? '';
  const head = words[words.length - 1] ?? '';
  const found = mentionFor(ctx.mentions, ctx.text, span);
  const entity = found === null ? null : metonymOf(ctx, found);
  const own: SpeakerRef = { ...span, entity: entity?.id ?? null, name: entity?.name ?? span.text };
  const bare = words.length === 1;
  if (bare && ctx.words.groupPronouns.has(first)) return previous !== null ? { ...span, entity: previous.entity, name: previous.name } : own;
  const anaphor = (bare && ctx.words.personPronouns.has(first)) || (entity === null && first === 'the' && ctx.words.roles.has(head));
  if (anaphor && entity === null) {
    const antecedent = latestPerson(trail, span.start);
    return antecedent === null ? own : { ...span, entity: antecedent.ref.entity, name: antecedent.ref.name };
  }
  const unnamed = entity === null && (ctx.words.indefinite.has(first) || ctx.words.unnamed.has(head));
  if (!unnamed && (entity?.type === 'PERSON' || (entity === null && isNameLike(span.text)))) trail.lastSpeaker = { at: span.start, ref: own };
  return own;
}

/** A capitalised name that does not end like an organisation: a person, as far as we can tell. */
function isNameLike(text: string): boolean {
  return /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*$/u.test(text) && !NOT_PERSON_HEAD.test(text);
}

export function resolveAddressee(ctx: ResolverContext, span: Span): SpeakerRef {
  const entity = mentionFor(ctx.mentions, ctx.text, span);
  return { ...span, entity: entity?.id ?? null, name: entity?.name ?? span.text };
}
