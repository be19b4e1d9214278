/**
 * Splits a person mention that is two people written side by side, which the name model reads as one
 * name ("During that conversation with Biden Putin responded ..."): when the mention as a whole names
 * no one known, but its first words and its last words each name a different office-holder of the
 * actor knowledge, it becomes two mentions, each filed as that person. People merely named in full
 * elsewhere in the article are not enough: in "Saqlain Mushtaq, Mushtaq Ahmed, Ijaz Ahmed" one
 * player's first name is another's surname.
 *
 * @example splitJoinedPeople([Joe Biden, Vladimir Putin, "Biden Putin"], …) // => "Biden" under Joe Biden, "Putin" under Vladimir Putin
 */
import type { Entity, Mention } from '../document/layers.js';
import type { ActorKnowledge } from './actor-knowledge.js';
import { phraseKey } from './actor-knowledge.js';
import { pickHolder } from './phrase-resolver.js';

const RULE = 'two-people';

interface Part { readonly mention: Mention; readonly person: string }

/** The office-holder a written name names on the date, or null. */
type PersonOf = (text: string) => string | null;

function holderOf(kb: ActorKnowledge, date: string | null): PersonOf {
  return (text) => {
    const holders = kb.holders.get(phraseKey(text));
    return holders ? pickHolder(holders, date).holder.name : null;
  };
}

function part(m: Mention, from: number, to: number, person: string): Part {
  const span = { start: m.start + from, end: m.start + to, text: m.text.slice(from, to) };
  const rule = `${m.rule ?? 'name'}+${RULE}`;
  return { mention: { ...m, ...span, rule, names: [{ ...span, type: 'PERSON', rule }] }, person };
}

/** The two people a mention is made of, or null when it is one name. */
function twoPeople(m: Mention, personOf: PersonOf): [Part, Part] | null {
  if (!m.text.includes(' ')) return null;
  const words = [...m.text.matchAll(/\S+/g)];
  if (words.length < 2 || personOf(m.text) !== null) return null;
  for (let k = 1; k < words.length; k++) {
    const leftEnd = words[k - 1]!.index + words[k - 1]![0].length;
    const rightStart = words[k]!.index;
    const left = personOf(m.text.slice(0, leftEnd));
    const right = left === null ? null : personOf(m.text.slice(rightStart));
    if (left !== null && right !== null && left !== right) return [part(m, 0, leftEnd, left), part(m, rightStart, m.text.length, right)];
  }
  return null;
}

/** The entities with each two-people mention replaced by one new entity per person (the resolver joins them to the rest). */
export function splitJoinedPeople(entities: readonly Entity[], kb: ActorKnowledge, date: string | null): Entity[] {
  const personOf = holderOf(kb, date);
  const added: Part[] = [];
  const kept = entities.map((entity) => {
    if (entity.type !== 'PERSON') return entity;
    const mentions = entity.mentions.filter((m) => {
      const split = m.kind === 'name' ? twoPeople(m, personOf) : null;
      if (split) added.push(...split);
      return split === null;
    });
    return mentions.length === entity.mentions.length ? entity : { ...entity, mentions };
  }).filter((e) => e.mentions.length > 0);
  const made = added.map((p, i): Entity => ({ id: `split${i + 1}`, name: p.person, type: 'PERSON', country: null, sector: null, role: null, mentions: [p.mention] }));
  return [...kept, ...made];
}
