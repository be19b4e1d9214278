/**
 * The events component: codes who did what to whom in each sentence, with the starter dictionary
 * (data/events/news.dict) and actors from the entities layer. Find, then refine:
 * - find: per sentence, the dictionary matcher (src/events/sentence-coder.ts) with its filter for
 *   acts that did not happen (negated, modal, infinitive, questioned) switched on;
 * - refine: events inside a direct quote are dropped unless they are statements (01): quoted
 *   opinions are not reports of acts; events with neither source nor target are dropped (no
 *   filler codes); duplicates of the same code and dyad on the same trigger are merged;
 * - a plain statement (010) is CAMEO's fallback: it is coded only when its sentence codes nothing
 *   else ("Russia is seeking to end the conflict, Putin told reporters" is the intent alone), and
 *   never from a noun ("Putin's key statements" names statements reported by their own verbs);
 * - an agentless passive act of force ("... attacked Israeli territory, when many Israelis were
 *   killed and 200 people were taken hostage") takes its source from the act of force before it in
 *   the same sentence: the clause elaborates that act (marked `source=clause-agent` in its rule).
 *
 * @example createEventComponent().run(doc) // [{ cameo: '191', plover: 'COERCE', source: {country: 'ISR'}, ... }]
 */
import type { Component } from '../../pipeline/component.js';
import { provenanceTag } from '../../pipeline/component.js';
import type { Document } from '../../document/document.js';
import type { PoliticalEvent } from '../../document/layers.js';
import type { EventDictionary } from '../../events/dictionary-types.js';
import { loadNewsDictionary } from '../../events/dictionary-parser.js';
import { buildTriggerIndex, type TriggerIndex } from '../../events/trigger-index.js';
import { lowerKey, toEventTokens, type EventToken } from '../../events/event-tokens.js';
import { sentenceTokens } from '../../nlp/sentence-tokens.js';
import { codeSentence, type CodedEvent } from '../../events/sentence-coder.js';
import { loadCodeTable } from '../../events/code-table.js';
import { loadCameoToPlover } from '../../events/code-map.js';
import { actorMentions, attachAgents, placeMentions, type EntityMention } from './entity-actor-finder.js';
import { buildEvent, type CodeTables } from './event-builder.js';

export interface EventComponentOptions {
  /** A dictionary to use instead of the shipped one (tests pass small fictional ones). */
  readonly dictionary?: EventDictionary;
  /** User overlay files laid over the shipped dictionary. */
  readonly overlays?: readonly string[];
}

interface Prepared { readonly dictionary: EventDictionary; readonly index: TriggerIndex; readonly tables: CodeTables }

export function createEventComponent(options: EventComponentOptions = {}): Component<'events'> {
  let prepared: Prepared | undefined;
  const component: Component<'events'> = {
    name: 'events',
    version: 'v4',
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
  return { dictionary, index: buildTriggerIndex(dictionary), tables: { cameo: loadCodeTable('cameo'), toPlover: loadCameoToPlover() } };
}

function codeDocument(doc: Document, prepared: Prepared, by: string): PoliticalEvent[] {
  const mentionsIn = mentionCursor(actorMentions(doc.layers.entities ?? [], doc.layers.places ?? []));
  const sentences = doc.layers.sentences ?? [{ start: 0, end: doc.text.length, text: doc.text }];
  const directQuotes = (doc.layers.quotes ?? []).filter((quote) => quote.direct);
  const events: PoliticalEvent[] = [];
  const seen = new Set<string>();
  const hints = new Map<string, string>();
  const tokenised = sentenceTokens(doc.text, sentences);
  for (const [index, sentence] of sentences.entries()) {
    const raw = tokenised[index]!;
    if (raw.length === 0) continue;
    const inSentence = mentionsIn(sentence);
    const placed = inSentence.length === 0 ? [] : placeMentions(raw, inSentence, hints);
    // Most sentences hold no trigger word: they need no event tokens, agents or coder (but leave their hints above).
    const lowers = raw.map((token) => lowerKey(token.text));
    if (!lowers.some((lower) => prepared.index.byForm.has(lower))) continue;
    const tokens = toEventTokens(raw, lowers);
    const coded = codeSentence(tokens, attachAgents(tokens, placed, prepared.dictionary.agents), prepared.index, { filterUnrealised: true });
    for (const event of sentenceEvents(doc, tokens, coded.filter((one) => keep(one, tokens, directQuotes)), prepared.tables, by)) {
      const key = `${event.trigger}:${event.event.cameo}:${event.event.source?.name ?? ''}:${event.event.target?.name ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      events.push(event.event);
    }
  }
  return events;
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

/** One sentence's kept events, built, with the offset of their trigger (for merging duplicates). */
function sentenceEvents(doc: Document, tokens: readonly EventToken[], coded: readonly CodedEvent[], tables: CodeTables, by: string): { trigger: number; event: PoliticalEvent }[] {
  const built: PoliticalEvent[] = [];
  const result: { trigger: number; event: PoliticalEvent }[] = [];
  for (const one of withoutFallbackStatements(coded)) {
    const made = buildEvent(doc, tokens, one, tables, by);
    if (made === null) continue;
    const event = one.passive ? withClauseAgent(made, built) : made;
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

const STATEMENT = '010';

/** Plain statements only when nothing else is coded, and never from nouns (see the header). */
function withoutFallbackStatements(coded: readonly CodedEvent[]): readonly CodedEvent[] {
  const spoken = coded.filter((event) => event.code === STATEMENT);
  if (spoken.length === 0) return coded;
  const fallback = spoken.length === coded.length;
  return coded.filter((event) => event.code !== STATEMENT || (fallback && event.pattern.kind === 'verb'));
}

function keep(coded: CodedEvent, tokens: readonly { start: number }[], quotes: readonly { start: number; end: number }[]): boolean {
  if (coded.source === null && coded.target === null) return false;
  const at = tokens[coded.first]!.start;
  const quoted = quotes.some((quote) => quote.start <= at && at < quote.end);
  return !quoted || coded.code.startsWith('01');
}
