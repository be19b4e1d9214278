/**
 * Turns the entities layer into the matcher's actors for one sentence: each mention becomes an
 * actor over the tokens it covers, carrying its entity's country and sector. Two refinements:
 * - a nationality or country right before a person or organisation, with at most four title words
 *   between and no punctuation ("Chinese Foreign Minister Wang Yi", "his Omani counterpart Sayyid
 *   Badr Albusaidi", "Russia's leader Vladimir Putin"), gives that actor its country (marked
 *   inferred in the event's rule); a word between that joins or relates two actors ("Israel and
 *   Hamas", "Iran criticised Hamas") or is an inflected trigger of the dictionary is no title word;
 * - an agent noun of the dictionary next to an actor ("Israeli authorities", "Hamas militants")
 *   gives it a sector; an agent alone ("the police") is an actor with no country.
 * An actor that is a place with no country of its own as an entity ("the Gaza Strip") takes the
 * country the places layer resolved it to.
 */
import type { Entity, EntityType, Place, Token } from '../../document/layers.js';
import type { ActorMatch, EventToken } from '../../events/event-tokens.js';
import type { AgentEntry } from '../../events/dictionary-types.js';
import { nounForms } from '../../events/word-forms.js';
import { placeCountryIndex } from './event-place.js';

const MODIFIER_TYPES: ReadonlySet<EntityType> = new Set(['NORP', 'COUNTRY']);
const HEAD_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG']);
const ACTOR_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'NORP', 'COUNTRY', 'CITY', 'REGION', 'LOCATION', 'FACILITY']);
const MAX_TITLE_WORDS = 4;

interface Placed { readonly entity: Entity; readonly first: number; readonly last: number; readonly placeCountry: string | null }

/** First and last token inside [start, end), by binary search over the sentence's tokens. */
function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] | null {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.start < start) low = middle + 1;
    else high = middle;
  }
  let last = low - 1;
  while (last + 1 < tokens.length && tokens[last + 1]!.end <= end) last++;
  return last < low ? null : [low, last];
}

/** A mention with its entity (and, when it is a resolved place, that place's country): what the component hands over, sentence by sentence. */
export interface EntityMention { readonly entity: Entity; readonly start: number; readonly end: number; readonly placeCountry: string | null }

/** Every actor-like mention of the document, in text order, for slicing by sentence. */
export function actorMentions(entities: readonly Entity[], places: readonly Place[] = []): EntityMention[] {
  const mentions: EntityMention[] = [];
  const placeCountryAt = placeCountryIndex(places);
  for (const entity of entities) {
    if (!ACTOR_TYPES.has(entity.type)) continue;
    for (const mention of entity.mentions) {
      const placeCountry = entity.country === null ? placeCountryAt(mention.start, mention.end) : null;
      mentions.push({ entity, start: mention.start, end: mention.end, placeCountry });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * `hints` carries countries inferred earlier in the document by entity id, so that "Wang Yi" later
 * in the story keeps the country "Chinese Foreign Minister Wang Yi" gave him.
 */
export function findEntityActors(tokens: readonly EventToken[], mentions: readonly EntityMention[], agents: readonly AgentEntry[], hints: Map<string, string> = new Map()): ActorMatch[] {
  return attachAgents(tokens, placeMentions(tokens, mentions, hints), agents);
}

/** Says whether a lowercase word is a trigger of the dictionary in use (none by default). */
export type TriggerTest = (lower: string) => boolean;

/**
 * The sentence's mentions as actors over its tokens, before agents join them; also records the
 * countries it infers in `hints`, so the component runs it on every sentence, even one it will not
 * code (see findEntityActors).
 */
export function placeMentions(tokens: readonly Token[], mentions: readonly EntityMention[], hints: Map<string, string>, isTrigger: TriggerTest = () => false): ActorMatch[] {
  const placed: Placed[] = [];
  for (const mention of mentions) {
    const range = tokenRange(tokens, mention.start, mention.end);
    if (range !== null) placed.push({ entity: mention.entity, first: range[0], last: range[1], placeCountry: mention.placeCountry });
  }
  placed.sort((a, b) => a.first - b.first);
  const actors: ActorMatch[] = [];
  for (let i = 0; i < placed.length; i++) {
    const current = placed[i]!;
    const next = placed[i + 1];
    if (next !== undefined && MODIFIER_TYPES.has(current.entity.type) && HEAD_TYPES.has(next.entity.type) && titleGap(tokens, current.last, next.first, isTrigger)) {
      const country = next.entity.country ?? current.entity.country;
      if (country !== null) hints.set(next.entity.id, country);
      actors.push(actorOf(next.entity, current.first, next.last, country));
      i++;
      continue;
    }
    actors.push(actorOf(current.entity, current.first, current.last, current.entity.country ?? hints.get(current.entity.id) ?? current.placeCountry));
  }
  return actors;
}

/** Words that join or relate two actors, or make a clause: never part of a title. */
const NOT_TITLE = new Set(['and', 'or', 'nor', 'but', 'with', 'to', 'from', 'by', 'against', 'than', 'as', 'on', 'at', 'for', 'over', 'into', 'that', 'which', 'who', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'should', 'must', 'can', 'did', 'does', 'do', 'not', 'also', 'then']);

function titleGap(tokens: readonly Token[], last: number, first: number, isTrigger: TriggerTest): boolean {
  if (first - last - 1 > MAX_TITLE_WORDS) return false;
  for (let k = last + 1; k < first; k++) {
    const text = tokens[k]!.text;
    // "Russia's leader Vladimir Putin": the owner's country.
    if (k === last + 1 && (text === "'s" || text === '\u2019s')) continue;
    if (!/^[\p{L}-]+$/u.test(text)) return false;
    const lower = text.toLowerCase();
    // An inflected trigger is the verb between two actors ("Iran criticised Hamas"); a bare one may be a title word ("U.S. trade representative").
    if (NOT_TITLE.has(lower) || (isTrigger(lower) && /(?:ed|s|ing)$/.test(lower))) return false;
  }
  return true;
}

function actorOf(entity: Entity, first: number, last: number, country: string | null): ActorMatch {
  const sector = entity.sector;
  return { first, last, code: `${country ?? '---'}${sector ?? ''}`, name: entity.name, country, sector, entity: entity.id };
}

/** Agent nouns next to an actor give it a sector ("Israeli authorities"); alone they are actors of their own. */
export function attachAgents(tokens: readonly EventToken[], actors: ActorMatch[], agents: readonly AgentEntry[]): ActorMatch[] {
  if (agents.length === 0) return actors;
  const index = agentIndex(agents);
  const taken = new Set<number>();
  for (const actor of actors) for (let k = actor.first; k <= actor.last; k++) taken.add(k);
  const result = [...actors];
  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i)) continue;
    const agent = agentAt(tokens, i, index);
    if (agent === null) continue;
    const last = i + agent.words.length - 1;
    const owner = result.findIndex((actor) => actor.last === i - 1 || (actor.last === i - 2 && tokens[i - 1]?.lower === "'s"));
    if (owner >= 0) {
      const actor = result[owner]!;
      const sector = actor.sector ?? agent.code;
      result[owner] = { ...actor, last, sector, code: `${actor.country ?? '---'}${sector}` };
    } else {
      result.push({ first: i, last, code: `---${agent.code}`, name: tokens.slice(i, last + 1).map((token) => token.text).join(' '), country: null, sector: agent.code, entity: null });
    }
    for (let k = i; k <= last; k++) taken.add(k);
    i = last;
  }
  return result.sort((a, b) => a.first - b.first);
}

interface AgentVariant { readonly words: readonly string[]; readonly agent: AgentEntry }

const AGENT_INDEXES = new WeakMap<readonly AgentEntry[], ReadonlyMap<string, readonly AgentVariant[]>>();

/** Agents by their first word, each with its plural heads spelled out, longest first; built once per list. */
function agentIndex(agents: readonly AgentEntry[]): ReadonlyMap<string, readonly AgentVariant[]> {
  let index = AGENT_INDEXES.get(agents);
  if (index === undefined) {
    const map = new Map<string, AgentVariant[]>();
    for (const agent of agents) {
      const head = agent.words[agent.words.length - 1] ?? '';
      for (const form of nounForms(head)) {
        const words = [...agent.words.slice(0, -1), form];
        const list = map.get(words[0]!) ?? [];
        list.push({ words, agent });
        map.set(words[0]!, list);
      }
    }
    for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
    index = map;
    AGENT_INDEXES.set(agents, index);
  }
  return index;
}

function agentAt(tokens: readonly EventToken[], i: number, index: ReadonlyMap<string, readonly AgentVariant[]>): AgentEntry | null {
  const candidates = index.get(tokens[i]!.lower);
  if (candidates === undefined) return null;
  const found = candidates.find((variant) => variant.words.every((word, k) => tokens[i + k]?.lower === word));
  return found?.agent ?? null;
}
