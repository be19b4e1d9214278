/**
 * The events component: codes who did what to whom in each sentence, with the starter dictionary
 * (data/events/news.dict) and actors from the entities layer. Find, then refine:
 * - find: per sentence, the dictionary matcher (src/events/sentence-coder.ts) with its filter for
 *   acts that did not happen (negated, modal, infinitive, questioned) switched on;
 * - refine: events inside a direct quote are dropped unless they are statements (01) or the
 *   speaker's own acts of speech: quoted opinions are not reports of acts; events with neither
 *   source nor target are dropped (no filler codes); duplicates of the same code and dyad on the
 *   same trigger are merged;
 * - a plain statement (010) is CAMEO's fallback: it is coded only when its sentence codes nothing
 *   else ("Russia is seeking to end the conflict, Putin told reporters" is the intent alone), and
 *   never from a noun ("Putin's key statements" names statements reported by their own verbs); a
 *   story records one per speaker and addressee (src/events/story-statements.ts);
 * - the speaker of reported speech is the source of an act of speech whose subject stands for them
 *   ('"We call on all parties to show restraint," the minister said'; src/events/speaker-source.ts),
 *   and such an act is kept inside a direct quote, where other acts are not;
 * - an agentless passive act of force ("... attacked Israeli territory, when many Israelis were
 *   killed and 200 people were taken hostage") takes its source from the act of force before it in
 *   the same sentence: the clause elaborates that act (marked `source=clause-agent` in its rule);
 * - what a speaker's words say gives their own verbal act (a comment, an option, an accusation, a
 *   threat, an answer to a proposal; data/events/statements.dict, ./spoken-events.ts), which
 *   replaces the plain statement of its quote; the words themselves are never coded as acts.
 *
 * @example createEventComponent().run(doc) // [{ cameo: '191', plover: 'COERCE', source: {country: 'ISR'}, ... }]
 */
import type { Component } from '../../pipeline/component.js';
import { provenanceTag } from '../../pipeline/component.js';
import type { Document } from '../../document/document.js';
import type { ActorRef, PoliticalEvent, SpeakerRef } from '../../document/layers.js';
import type { EventDictionary } from '../../events/dictionary-types.js';
import { loadNewsDictionary } from '../../events/dictionary-parser.js';
import { buildTriggerIndex, type TriggerIndex } from '../../events/trigger-index.js';
import { lowerKey, toEventTokens, type EventToken } from '../../events/event-tokens.js';
import { sentenceTokens } from '../../nlp/sentence-tokens.js';
import { codeSentence, type CodedEvent } from '../../events/sentence-coder.js';
import { speakerOf } from '../../events/speaker-source.js';
import { storyStatements } from '../../events/story-statements.js';
import { weaponReader } from '../../events/weapon-names.js';
import { loadCodeTable } from '../../events/code-table.js';
import { loadCameoToPlover } from '../../events/code-map.js';
import { actorMentions, attachAgents, placeMentions, type EntityMention } from './entity-actor-finder.js';
import { buildEvent, type CodeTables } from './event-builder.js';
import { spokenStatements } from './spoken-events.js';
import { loadStatementDictionary } from '../../events/statement-content.js';

export interface EventComponentOptions {
  /** A dictionary to use instead of the shipped one (tests pass small fictional ones). */
  readonly dictionary?: EventDictionary;
  /** User overlay files laid over the shipped dictionary. */
  readonly overlays?: readonly string[];
  /** Statement patterns to use instead of the shipped data/events/statements.dict (tests pass small ones). */
  readonly statements?: EventDictionary;
}

/** Built once a component: the dictionaries' trigger indexes (building one costs more than coding a story). */
interface Prepared { readonly dictionary: EventDictionary; readonly index: TriggerIndex; readonly tables: CodeTables; readonly statements: TriggerIndex }

export function createEventComponent(options: EventComponentOptions = {}): Component<'events'> {
  let prepared: Prepared | undefined;
  const component: Component<'events'> = {
    name: 'events',
    version: 'v8',
    produces: 'events',
    reads: ['sentences', 'entities', 'times', 'places', 'quotes'],
    run(doc: Document): PoliticalEvent[] {
      // Loaded on first use, never at import: the pipeline may be built without running events.
      prepared ??= prepare(options);
      return codeDocument(doc, prepared, provenanceTag(component));
    },
  };
  return component;
}

function prepare(options: EventComponentOptions): Prepared {
  const dictionary = options.dictionary ?? loadNewsDictionary(options.overlays ?? []);
  const statements = options.statements ?? loadStatementDictionary();
  return { dictionary, index: buildTriggerIndex(dictionary), tables: { cameo: loadCodeTable('cameo'), toPlover: loadCameoToPlover() }, statements: buildTriggerIndex(statements) };
}

function codeDocument(doc: Document, prepared: Prepared, by: string): PoliticalEvent[] {
  const mentionsIn = mentionCursor(actorMentions(doc.layers.entities ?? [], doc.layers.places ?? []));
  const sentences = doc.layers.sentences ?? [{ start: 0, end: doc.text.length, text: doc.text }];
  const quotes = doc.layers.quotes ?? [];
  const directQuotes = quotes.filter((quote) => quote.direct);
  const events: PoliticalEvent[] = [];
  const seen = new Set<string>();
  const hints = new Map<string, string>();
  const tokenised = sentenceTokens(doc.text, sentences);
  const isTrigger = (lower: string) => prepared.index.byForm.has(lower);
  const readWeapons = weaponReader(tokenised);
  const entities = new Map((doc.layers.entities ?? []).map((entity) => [entity.id, entity]));
  const speakerActor = (speaker: SpeakerRef): ActorRef | null => {
    const entity = entities.get(speaker.entity ?? '');
    return entity === undefined ? null : { entity: entity.id, name: entity.name, country: entity.country ?? hints.get(entity.id) ?? null, sector: entity.sector };
  };
  const speech = spokenStatements(doc, prepared.statements, prepared.tables, by, speakerActor);
  for (const [index, sentence] of sentences.entries()) {
    const raw = tokenised[index]!;
    if (raw.length === 0) continue;
    const inSentence = mentionsIn(sentence);
    const placed = inSentence.length === 0 ? [] : placeMentions(raw, inSentence, hints, isTrigger);
    // Most sentences hold no trigger word: they need no event tokens, agents or coder (but leave their hints above).
    const lowers = raw.map((token) => lowerKey(token.text));
    const codes = lowers.some((lower) => prepared.index.byForm.has(lower));
    const speakers = speech.quotesIn(sentence, lowers);
    if (!codes && speakers.length === 0) continue;
    readWeapons(raw, lowers);
    const tokens = toEventTokens(raw, lowers);
    const actors = attachAgents(tokens, placed, prepared.dictionary.agents);
    const coded = codes ? codeSentence(tokens, actors, prepared.index, { filterUnrealised: true }) : [];
    const said = coded.map((one) => ({ coded: one, speaker: speakerOf(one, tokens, quotes) })).filter((one) => keep(one.coded, one.speaker, tokens, directQuotes));
    const told: PoliticalEvent[] = [];
    for (const event of sentenceEvents(doc, tokens, said, speakerActor, prepared.tables, by)) {
      const key = `${event.trigger}:${event.event.cameo}:${event.event.source?.name ?? ''}:${event.event.target?.name ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      told.push(event.event);
    }
    events.push(...told, ...speech.code(index, tokens, actors, speakers, told));
  }
  return storyStatements(speech.refine(events));
}

/** The mentions inside each sentence in turn (sentences in text order), by walking the sorted mentions once. */
function mentionCursor(mentions: readonly EntityMention[]): (sentence: { start: number; end: number }) => EntityMention[] {
  let next = 0;
  return (sentence) => {
    while (next < mentions.length && mentions[next]!.start < sentence.start) next++;
    let end = next;
    while (end < mentions.length && mentions[end]!.start < sentence.end) end++;
    return mentions.slice(next, end).filter((mention) => mention.end <= sentence.end);
  };
}

interface Said { readonly coded: CodedEvent; readonly speaker: SpeakerRef | null }

/** One sentence's kept events, built, with the offset of their trigger (for merging duplicates). */
function sentenceEvents(
  doc: Document, tokens: readonly EventToken[], said: readonly Said[], speakerActor: (speaker: SpeakerRef) => ActorRef | null, tables: CodeTables, by: string,
): { trigger: number; event: PoliticalEvent }[] {
  const built: PoliticalEvent[] = [];
  const result: { trigger: number; event: PoliticalEvent }[] = [];
  for (const { coded: one, speaker } of withoutFallbackStatements(said)) {
    const made = buildEvent(doc, tokens, one, tables, by);
    if (made === null) continue;
    const event = one.passive ? withClauseAgent(made, built) : speaker === null ? made : withSpeaker(made, speakerActor(speaker));
    if (event.source === null && event.target === null) continue;
    built.push(event);
    result.push({ trigger: tokens[one.first]!.start, event });
  }
  return result;
}

const MATERIAL_CONFLICT = 4;

function withClauseAgent(event: PoliticalEvent, earlier: readonly PoliticalEvent[]): PoliticalEvent {
  if (event.source !== null || event.quad !== MATERIAL_CONFLICT) return event;
  const agent = [...earlier].reverse().find((before) => before.quad === MATERIAL_CONFLICT && before.source !== null && before.end <= event.start)?.source;
  if (agent === undefined || agent === null || (event.target !== null && agent.country === event.target.country)) return event;
  return { ...event, source: agent, rule: `${event.rule} source=clause-agent`, confidence: Math.min(0.95, event.confidence + 0.1) };
}

/** The speaker of the reported speech as the source of its act of speech (src/events/speaker-source.ts). */
function withSpeaker(event: PoliticalEvent, speaker: ActorRef | null): PoliticalEvent {
  if (speaker === null || (event.target !== null && event.target.entity === speaker.entity)) return event;
  return { ...event, source: speaker, rule: `${event.rule} source=speaker`, confidence: Math.min(0.95, event.confidence + 0.15) };
}

const STATEMENT = '010';

/** Plain statements only when nothing else is coded, and never from nouns (see the header). */
function withoutFallbackStatements(said: readonly Said[]): readonly Said[] {
  const spoken = said.filter((one) => one.coded.code === STATEMENT);
  if (spoken.length === 0) return said;
  const fallback = spoken.length === said.length;
  return said.filter((one) => one.coded.code !== STATEMENT || (fallback && one.coded.pattern.kind === 'verb'));
}

/** Acts in a direct quote are the speaker's words, not reports of acts: only statements, and the speaker's own acts of speech, stay. */
function keep(coded: CodedEvent, speaker: SpeakerRef | null, tokens: readonly { start: number }[], quotes: readonly { start: number; end: number }[]): boolean {
  if (coded.source === null && coded.target === null && speaker === null) return false;
  const at = tokens[coded.first]!.start;
  const quoted = quotes.some((quote) => quote.start <= at && at < quote.end);
  return !quoted || coded.code.startsWith('01') || speaker !== null;
}
