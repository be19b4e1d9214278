/**
 * Finds actors in a sentence from an actor dictionary (longest phrase first, left to right) and
 * joins agents to them: "Gondor police", "Gondor's government", "activists of Amnesty
 * International", "activists in Arnor" make one actor whose code is the actor's code with the
 * agent's sector added (after it for `~GOV`, before it for `NGO~`). An agent with no actor near it
 * stands alone with its own code. Used for the PETRARCH/TABARI suites; the news component takes its
 * actors from the entities layer instead.
 */
import type { ActorEntry, AgentEntry, EventDictionary } from './dictionary-types.js';
import type { ActorMatch, EventToken } from './event-tokens.js';
import { nounForms } from './word-forms.js';

interface Phrase<T> { readonly words: readonly string[]; readonly value: T }
interface Hit<T> { readonly first: number; readonly last: number; readonly value: T }

export interface ActorLexicon {
  readonly actors: ReadonlyMap<string, readonly Phrase<ActorEntry>[]>;
  readonly agents: ReadonlyMap<string, readonly Phrase<AgentEntry>[]>;
}

function indexPhrases<T>(items: readonly Phrase<T>[]): Map<string, Phrase<T>[]> {
  const map = new Map<string, Phrase<T>[]>();
  for (const item of items) {
    const key = keyOf(item.words[0] ?? '');
    const list = map.get(key) ?? [];
    list.push(item);
    map.set(key, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length || b.words.join(" ").length - a.words.join(" ").length);
  return map;
}

export function buildActorLexicon(dictionary: EventDictionary): ActorLexicon {
  const agentPhrases = dictionary.agents.flatMap((agent) =>
    nounForms(agent.words[agent.words.length - 1] ?? '').map((last) => ({ words: [...agent.words.slice(0, -1), last], value: agent })));
  return {
    actors: indexPhrases(dictionary.actors.map((actor) => ({ words: actor.words, value: actor }))),
    agents: indexPhrases(agentPhrases),
  };
}

/** Phrases are indexed by their first three letters, so that stem words (`ethiop*`) are found too. */
function keyOf(word: string): string {
  return word.replace(/\*$/, '').slice(0, 3);
}

/** A dictionary word matches a token exactly, or as a prefix when it ends in `*` (TABARI stems). */
function wordMatches(word: string, token: string | undefined): boolean {
  if (token === undefined) return false;
  return word.endsWith('*') ? token.startsWith(word.slice(0, -1)) && /^[a-z]/.test(token) : token === word;
}

function scan<T>(tokens: readonly EventToken[], index: ReadonlyMap<string, readonly Phrase<T>[]>, taken: ReadonlySet<number>): Hit<T>[] {
  const hits: Hit<T>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i)) continue;
    const found = index.get(keyOf(tokens[i]!.lower))?.find((phrase) => phrase.words.every((word, k) => wordMatches(word, tokens[i + k]?.lower) && !taken.has(i + k)));
    if (found === undefined) continue;
    hits.push({ first: i, last: i + found.words.length - 1, value: found.value });
    i += found.words.length - 1;
  }
  return hits;
}

/** The code an actor carries on `date` (YYYYMMDD); undated codes apply always. */
export function codeOn(actor: ActorEntry, date: string): string {
  const dated = actor.codes.find((code) => (code.from === null || code.from <= date) && (code.to === null || date <= code.to));
  return (dated ?? actor.codes[0])?.code ?? '---';
}

const LINKS = new Set(["'s", 'of', 'in', 'from']);

export function findDictionaryActors(tokens: readonly EventToken[], lexicon: ActorLexicon, date: string): ActorMatch[] {
  const actors = scan(tokens, lexicon.actors, new Set());
  const taken = new Set(actors.flatMap((hit) => range(hit.first, hit.last)));
  const agents = scan(tokens, lexicon.agents, taken);
  const result: ActorMatch[] = [];
  const usedAgents = new Set<Hit<AgentEntry>>();
  for (const actor of actors) {
    let first = actor.first;
    let last = actor.last;
    let code = codeOn(actor.value, date);
    for (const agent of agents) {
      if (usedAgents.has(agent) || !adjacent(tokens, actor, agent)) continue;
      usedAgents.add(agent);
      code = joinCode(code, agent.value);
      first = Math.min(first, agent.first);
      last = Math.max(last, agent.last);
    }
    result.push(makeActor(tokens, first, last, code));
  }
  // An agent with no actor keeps PETRARCH's mark of an unknown country: "officials" → ---GOV.
  for (const agent of agents) if (!usedAgents.has(agent)) result.push(makeActor(tokens, agent.first, agent.last, joinCode('---', agent.value)));
  return result.sort((a, b) => a.first - b.first);
}

/** Agent right before the actor, right after it (or after its "'s"), or "agent of/in ACTOR". */
function adjacent(tokens: readonly EventToken[], actor: Hit<ActorEntry>, agent: Hit<AgentEntry>): boolean {
  if (agent.first === actor.last + 1 || agent.last === actor.first - 1) return true;
  if (agent.first === actor.last + 2 && tokens[actor.last + 1]?.lower === "'s") return true;
  if (agent.last + 2 === actor.first && LINKS.has(tokens[agent.last + 1]?.lower ?? '')) return true;
  // A modifier may sit between: "Gondor main opposition group" is matched whole by the agent list.
  return agent.first === actor.last + 2 && /^[a-z]+$/.test(tokens[actor.last + 1]?.lower ?? '') && !LINKS.has(tokens[actor.last + 1]?.lower ?? '');
}

function joinCode(code: string, agent: AgentEntry): string {
  if (code !== '---' && code.includes(agent.code)) return code;
  return agent.position === 'suffix' ? `${code}${agent.code}` : `${agent.code}${code}`;
}

function makeActor(tokens: readonly EventToken[], first: number, last: number, code: string): ActorMatch {
  const name = tokens.slice(first, last + 1).map((token) => token.text).join(' ');
  const country = code.startsWith('---') ? null : code.slice(0, 3);
  return { first, last, code, name, country, sector: code.length > 3 ? code.slice(3) : null, entity: null };
}

function range(first: number, last: number): number[] {
  const list: number[] = [];
  for (let k = first; k <= last; k++) list.push(k);
  return list;
}
