/**
 * The events component: codes who did what to whom in each sentence, with the starter dictionary
 * (data/events/news.dict) and actors from the entities layer. Find, then refine:
 * - find: per sentence, the dictionary matcher (src/events/sentence-coder.ts) with its filter for
 *   acts that did not happen (negated, modal, infinitive, questioned) switched on;
 * - refine: events inside a direct quote are dropped unless they are statements (01): quoted
 *   opinions are not reports of acts; events with neither source nor target are dropped (no
 *   filler codes); duplicates of the same code and dyad on the same trigger are merged;
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
import { toEventTokens } from '../../events/event-tokens.js';
import { sentenceTokens } from '../../nlp/sentence-tokens.js';
import { codeSentence, type CodedEvent } from '../../events/sentence-coder.js';
import { loadCodeTable } from '../../events/code-table.js';
import { loadCameoToPlover } from '../../events/code-map.js';
import { actorMentions, findEntityActors } from './entity-actor-finder.js';
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
    version: 'v3',
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
  const mentions = actorMentions(doc.layers.entities ?? [], doc.layers.places ?? []);
  let nextMention = 0;
  const sentences = doc.layers.sentences ?? [{ start: 0, end: doc.text.length, text: doc.text }];
  const directQuotes = (doc.layers.quotes ?? []).filter((quote) => quote.direct);
  const events: PoliticalEvent[] = [];
  const seen = new Set<string>();
  const hints = new Map<string, string>();
  const tokenised = sentenceTokens(doc.text, sentences);
  for (const [index, sentence] of sentences.entries()) {
    const tokens = toEventTokens(tokenised[index]!);
    if (tokens.length === 0) continue;
    while (nextMention < mentions.length && mentions[nextMention]!.start < sentence.start) nextMention++;
    let endMention = nextMention;
    while (endMention < mentions.length && mentions[endMention]!.start < sentence.end) endMention++;
    const inSentence = mentions.slice(nextMention, endMention).filter((mention) => mention.end <= sentence.end);
    const actors = findEntityActors(tokens, inSentence, prepared.dictionary.agents, hints);
    const inThisSentence: PoliticalEvent[] = [];
    for (const coded of codeSentence(tokens, actors, prepared.index, { filterUnrealised: true })) {
      if (!keep(coded, tokens, directQuotes)) continue;
      const built = buildEvent(doc, tokens, coded, prepared.tables, by);
      if (built === null) continue;
      const event = coded.passive ? withClauseAgent(built, inThisSentence) : built;
      inThisSentence.push(event);
      const key = `${tokens[coded.first]!.start}:${event.cameo}:${event.source?.name ?? ''}:${event.target?.name ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      events.push(event);
    }
  }
  return events;
}

const MATERIAL_CONFLICT = 4;

function withClauseAgent(event: PoliticalEvent, earlier: readonly PoliticalEvent[]): PoliticalEvent {
  if (event.source !== null || event.quad !== MATERIAL_CONFLICT) return event;
  const agent = [...earlier].reverse().find((before) => before.quad === MATERIAL_CONFLICT && before.source !== null && before.end <= event.start)?.source;
  if (agent === undefined || agent === null || (event.target !== null && agent.country === event.target.country)) return event;
  return { ...event, source: agent, rule: `${event.rule} source=clause-agent`, confidence: Math.min(0.95, event.confidence + 0.1) };
}

function keep(coded: CodedEvent, tokens: readonly { start: number }[], quotes: readonly { start: number; end: number }[]): boolean {
  if (coded.source === null && coded.target === null) return false;
  const at = tokens[coded.first]!.start;
  const quoted = quotes.some((quote) => quote.start <= at && at < quote.end);
  return !quoted || coded.code.startsWith('01');
}
