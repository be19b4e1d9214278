/**
 * Turns the entities layer into the matcher's actors for one sentence: each mention becomes an
 * actor over the tokens it covers, carrying its entity's country and sector. Two refinements:
 * - a nationality or country right before a person or organisation, with at most four title words
 *   between and no punctuation ("Chinese Foreign Minister Wang Yi", "his Omani counterpart Sayyid
 *   Badr Albusaidi"), gives that actor its country (marked inferred in the event's rule);
 * - an agent noun of the dictionary next to an actor ("Israeli authorities", "Hamas militants")
 *   gives it a sector; an agent alone ("the police") is an actor with no country.
 */
import type { Entity, EntityType } from '../../document/layers.js';
import type { ActorMatch, EventToken } from '../../events/event-tokens.js';
import type { AgentEntry } from '../../events/dictionary-types.js';
import { nounForms } from '../../events/word-forms.js';

const MODIFIER_TYPES: ReadonlySet<EntityType> = new Set(['NORP', 'COUNTRY']);
const HEAD_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG']);
const ACTOR_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'NORP', 'COUNTRY', 'CITY', 'REGION', 'LOCATION', 'FACILITY']);
const MAX_TITLE_WORDS = 4;

interface Placed { readonly entity: Entity; readonly first: number; readonly last: number }

function tokenRange(tokens: readonly EventToken[], start: number, end: number): [number, number] | null {
  let first = -1;
  let last = -1;
  tokens.forEach((token, index) => {
    if (token.start >= start && token.end <= end) {
      if (first < 0) first = index;
      last = index;
    }
  });
  return first < 0 ? null : [first, last];
}

/**
 * `hints` carries countries inferred earlier in the document by entity id, so that "Wang Yi" later
 * in the story keeps the country "Chinese Foreign Minister Wang Yi" gave him.
 */
export function findEntityActors(tokens: readonly EventToken[], entities: readonly Entity[], agents: readonly AgentEntry[], hints: Map<string, string> = new Map()): ActorMatch[] {
  const from = tokens[0]?.start ?? 0;
  const to = tokens[tokens.length - 1]?.end ?? 0;
  const placed: Placed[] = [];
  for (const entity of entities) {
    if (!ACTOR_TYPES.has(entity.type)) continue;
    for (const mention of entity.mentions) {
      if (mention.start < from || mention.end > to) continue;
      const range = tokenRange(tokens, mention.start, mention.end);
      if (range !== null) placed.push({ entity, first: range[0], last: range[1] });
    }
  }
  placed.sort((a, b) => a.first - b.first);
  const actors: ActorMatch[] = [];
  for (let i = 0; i < placed.length; i++) {
    const current = placed[i]!;
    const next = placed[i + 1];
    if (next !== undefined && MODIFIER_TYPES.has(current.entity.type) && HEAD_TYPES.has(next.entity.type) && titleGap(tokens, current.last, next.first)) {
      const country = next.entity.country ?? current.entity.country;
      if (country !== null) hints.set(next.entity.id, country);
      actors.push(actorOf(next.entity, current.first, next.last, country));
      i++;
      continue;
    }
    actors.push(actorOf(current.entity, current.first, current.last, current.entity.country ?? hints.get(current.entity.id) ?? null));
  }
  return attachAgents(tokens, actors, agents);
}

function titleGap(tokens: readonly EventToken[], last: number, first: number): boolean {
  if (first - last - 1 > MAX_TITLE_WORDS) return false;
  for (let k = last + 1; k < first; k++) if (!/^[\p{L}-]+$/u.test(tokens[k]!.text)) return false;
  return true;
}

function actorOf(entity: Entity, first: number, last: number, country: string | null): ActorMatch {
  const sector = entity.sector;
  return { first, last, code: `${country ?? '---'}${sector ?? ''}`, name: entity.name, country, sector, entity: entity.id };
}

function attachAgents(tokens: readonly EventToken[], actors: ActorMatch[], agents: readonly AgentEntry[]): ActorMatch[] {
  const taken = new Set(actors.flatMap((actor) => Array.from({ length: actor.last - actor.first + 1 }, (_, k) => actor.first + k)));
  const result = [...actors];
  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i)) continue;
    const agent = agentAt(tokens, i, agents);
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

function agentAt(tokens: readonly EventToken[], i: number, agents: readonly AgentEntry[]): AgentEntry | null {
  let best: AgentEntry | null = null;
  for (const agent of agents) {
    const head = agent.words.length - 1;
    const fits = agent.words.every((word, k) => (k === head ? nounForms(word).includes(tokens[i + k]?.lower ?? '') : tokens[i + k]?.lower === word));
    if (fits && (best === null || agent.words.length > best.words.length)) best = agent;
  }
  return best;
}
