/**
 * Surnames written alone, read before people are resolved. News names a person in full once and by
 * the surname after ("Sergei Lavrov … Lavrov said"), and the name model misses or mistypes many of
 * those: at the start of a sentence a capital says nothing ("Lavrov held talks"), and "Mr Brown" or
 * "Fidan" may come back as an organisation. So:
 *   - a name the model called an organisation or other name is a person when an honorific leads it
 *     ("Mr Brown") or it is exactly a known office-holder's name ("Fidan");
 *   - a person named by one word (honorifics aside: "Mr Blair", "Blair") that is the surname of one
 *     person named in full in the article joins that person;
 *   - a capitalised word no name covers, standing alone, is a mention of the person whose surname
 *     it is, or, with no such person in the article, of the office-holder it alone names
 *     ("Putin thanked Erdogan"); a surname two people of the knowledge share names no one
 *     (actor-knowledge.ts drops it).
 *
 * @example readSurnames(entities for "Sergei Lavrov arrived. Lavrov held talks.", …) // => Sergei Lavrov with two name mentions
 */
import type { Document } from '../document/document.js';
import type { Entity, EntityType, Mention } from '../document/layers.js';
import type { ActorKnowledge } from './actor-knowledge.js';
import { phraseKey } from './actor-knowledge.js';
import type { SentenceWords } from './sentence-words.js';

const RULE = 'surname';
/** Types the model gives a name that may still be a person's; gazetteer places (COUNTRY, CITY, NORP) are not. */
const RETYPED = new Set<EntityType>(['ORG', 'MISC', 'LOCATION']);
const POSSESSIVE = new Set(["'s", "'"]);
/** A name of plain words: letters, inner hyphens, one space between. */
const PLAIN = /^\p{L}+(?:-\p{L}+)*(?: \p{L}+(?:-\p{L}+)*)*$/u;
/**
 * Words after which a lone capital the knowledge alone calls a surname is more likely a date or a
 * place ("on Friday", "in Jordan"); "to", "from" and "by" stay open ("a letter from Putin").
 */
const BEFORE_NON_PERSON = new Set(['on', 'in', 'at', 'of', 'since', 'until', 'till', 'last', 'next', 'this', 'every', 'the', 'a', 'an', 'near', 'into', 'across']);

interface Draft { entity: Entity; type: EntityType; mentions: Mention[]; dropped: boolean }

/** The name's lower-case words without leading honorifics or titles ("Mr", "Gen") and a trailing possessive. */
export function nameKeys(text: string, kb: ActorKnowledge): string[] {
  return withoutTitles(phraseKey(text).split(' '), kb);
}

function withoutTitles(words: readonly string[], kb: ActorKnowledge): string[] {
  const keys = [...words];
  while (keys.length > 1 && POSSESSIVE.has(keys[keys.length - 1]!)) keys.pop();
  while (keys.length > 1 && kb.titles.has(keys[0]!)) keys.shift();
  return keys;
}

/** The draft as a person, its mentions holding person names. */
function retype(d: Draft): void {
  d.type = 'PERSON';
  d.mentions = d.mentions.map((m) => ({ ...m, rule: `${m.rule ?? 'name'}+${RULE}`, ...(m.names ? { names: m.names.map((n) => ({ ...n, type: 'PERSON' as const })) } : {}) }));
}

/** A capitalised word as names are written ("Lavrov", not "LAVROV" of a headline nor "Mr."). */
function nameLike(text: string): boolean {
  return /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u.test(text) && text.length > 2;
}

/** The words of each written name, read once: a story repeats its names. */
interface Names {
  readonly words: (text: string) => readonly string[];
  readonly keys: (text: string) => readonly string[];
  /** `keys` joined with spaces: the name's key in the knowledge. */
  readonly key: (text: string) => string;
}

function namesOf(kb: ActorKnowledge): Names {
  const words = new Map<string, readonly string[]>();
  const keys = new Map<string, readonly string[]>();
  const joined = new Map<string, string>();
  const wordsOf = (text: string): readonly string[] => {
    let found = words.get(text);
    // Words of letters and hyphens split at spaces as the tokenizer splits them, without running it.
    if (found === undefined) words.set(text, (found = PLAIN.test(text) ? text.toLowerCase().split(' ') : phraseKey(text).split(' ')));
    return found;
  };
  const keysOf = (text: string): readonly string[] => {
    let found = keys.get(text);
    if (found === undefined) keys.set(text, (found = withoutTitles(wordsOf(text), kb)));
    return found;
  };
  return {
    words: wordsOf,
    keys: keysOf,
    key: (text) => {
      let found = joined.get(text);
      if (found === undefined) joined.set(text, (found = keysOf(text).join(' ')));
      return found;
    },
  };
}

/** The longest name the entity's mentions write (a split may have taken the one its name came from: "Biden Putin"). */
function writtenName(d: Draft, names: Names): readonly string[] {
  let best: readonly string[] = [];
  for (const m of d.mentions) {
    const keys = names.keys(m.text);
    if (keys.length > best.length) best = keys;
  }
  return best;
}

function ledByHonorific(text: string, names: Names, kb: ActorKnowledge): boolean {
  const space = text.indexOf(' ');
  if (space < 0 || !kb.titles.has(text.slice(0, space).toLowerCase())) return false;
  const words = names.words(text);
  return words.length > 1 && kb.titles.get(words[0]!)?.kind === 'honorific' && /^\p{Lu}/u.test(text.split(/\s+/).at(-1) ?? '');
}

export function readSurnames(found: readonly Entity[], doc: Document, sentences: readonly SentenceWords[], kb: ActorKnowledge): Entity[] {
  const drafts: Draft[] = found.map((entity) => ({ entity, type: entity.type, mentions: [...entity.mentions], dropped: false }));
  const names = namesOf(kb);
  for (const d of drafts) {
    if (!RETYPED.has(d.type) || d.mentions.length === 0) continue;
    const person = d.mentions.every((m) => ledByHonorific(m.text, names, kb)) || d.mentions.every((m) => kb.holders.has(names.key(m.text)));
    if (person) retype(d);
  }
  // The surname of each person named in full; one written by two people names neither.
  const bySurname = new Map<string, Draft | null>();
  for (const d of drafts) {
    if (d.type !== 'PERSON') continue;
    const keys = writtenName(d, names);
    if (keys.length < 2) continue;
    const surname = keys[keys.length - 1]!;
    const known = bySurname.get(surname);
    bySurname.set(surname, known === undefined || known === d ? d : null);
  }
  // A one-word name the model called a place or an organisation that is such a surname is the person ("Brown" after "Gordon Brown").
  for (const d of drafts) {
    if (bySurname.size === 0 || !RETYPED.has(d.type) || d.mentions.length === 0) continue;
    if (d.mentions.every((m) => { const keys = names.keys(m.text); return keys.length === 1 && bySurname.get(keys[0]!); })) retype(d);
  }
  for (const d of drafts) {
    if (d.type !== 'PERSON') continue;
    const keys = writtenName(d, names);
    const full = keys.length === 1 ? bySurname.get(keys[0]!) : undefined;
    if (!full || full === d) continue;
    full.mentions.push(...d.mentions);
    d.dropped = true;
  }
  addUncovered(drafts, bySurname, doc, sentences, kb);
  return drafts
    .filter((d) => !d.dropped)
    .map((d) => {
      d.mentions.sort((a, b) => a.start - b.start);
      const e = d.entity;
      return { id: e.id, name: e.name, type: d.type, country: e.country, sector: e.sector, role: e.role, mentions: d.mentions };
    });
}

/** Lone capitalised words no name covers that are a surname of the article or of the knowledge. */
function addUncovered(drafts: Draft[], bySurname: ReadonlyMap<string, Draft | null>, doc: Document, sentences: readonly SentenceWords[], kb: ActorKnowledge): void {
  if (bySurname.size === 0 && !sentences.some((s) => s.pieces.some((p) => p.kind === 'holder'))) return;
  // Made at the first word that needs it (most stories have none), before any mention is added.
  let covered: [number, number][] | undefined;
  const isCovered = (start: number, end: number): boolean => {
    covered ??= drafts.flatMap((d) => d.mentions.map((m): [number, number] => [m.start, m.end])).sort((a, b) => a[0] - b[0]);
    // Mentions are few against words: a binary search for the first that ends after `start`.
    let low = 0;
    let high = covered.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (covered[middle]![0] < end) low = middle + 1;
      else high = middle;
    }
    for (let k = low - 1; k >= 0; k--) if (covered[k]![1] > start) return true;
    return false;
  };
  const created = new Map<string, Draft>();
  // Where the sentence's one-word holder names start: a few at most, so an array, reused from sentence to sentence.
  const holderAt: number[] = [];
  for (const s of sentences) {
    // The knowledge's names are among the sentence's pieces already; the article's surnames are looked up only with some.
    holderAt.length = 0;
    for (const p of s.pieces) if (p.kind === 'holder' && p.end === p.start + 1) holderAt.push(p.start);
    if (holderAt.length === 0 && bySurname.size === 0) continue;
    for (let i = 0; i < s.keys.length; i++) {
      const text = s.texts[i]!;
      // A name starts with a capital: one character code turns away most words (letters past ASCII are read in full).
      const c = text.charCodeAt(0);
      if (c < 65 || (c > 90 && c < 128)) continue;
      const key = s.keys[i]!;
      const full = bySurname.get(key);
      const holder = full === undefined && holderAt.includes(i);
      if (!full && !holder) continue;
      if (!nameLike(text)) continue;
      // Standing alone: a capital beside it makes a longer name the model left out ("Brown University").
      const before = s.texts[i - 1];
      const after = s.texts[i + 1];
      if ((before !== undefined && /^\p{Lu}/u.test(before)) || (after !== undefined && /^\p{Lu}/u.test(after))) continue;
      if (holder && before !== undefined && BEFORE_NON_PERSON.has(s.keys[i - 1]!)) continue;
      const start = s.starts[i]!;
      const end = s.ends[i]!;
      if (isCovered(start, end)) continue;
      const mention: Mention = {
        start, end, text: doc.text.slice(start, end), kind: 'name', by: 'actors.v1', rule: RULE,
        names: [{ start, end, text: doc.text.slice(start, end), type: 'PERSON', rule: RULE }],
      };
      if (full) { full.mentions.push(mention); continue; }
      let draft = created.get(key);
      if (!draft) {
        const entity: Entity = { id: `s${created.size + 1}`, name: text, type: 'PERSON', country: null, sector: null, role: null, mentions: [] };
        draft = { entity, type: 'PERSON', mentions: [], dropped: false };
        created.set(key, draft);
        drafts.push(draft);
      }
      draft.mentions.push(mention);
    }
  }
}
