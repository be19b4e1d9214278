/**
 * Joins typed name mentions into entities: mentions with the same name (ignoring case and a
 * possessive) are one entity, demonyms of one country are one group, and a person's later short form joins the earlier full name it is
 * part of ("Albusaidi" after "Sayyid Badr Albusaidi"). The entity's name is its longest mention.
 *
 * @example joinMentions([Wang Yi (PERSON), Wang Yi (PERSON)]) → one entity with two mentions
 */
import type { CountryCode, Entity, EntityType, Mention } from '../../document/layers.js';

export interface TypedMention {
  readonly mention: Mention;
  readonly words: readonly string[];
  readonly type: EntityType;
  readonly country: CountryCode | null;
}

interface Draft {
  readonly type: EntityType;
  readonly mentions: TypedMention[];
  /** Lower-case words of the longest name so far, and the same joined by spaces (compared for every candidate). */
  words: string[];
  key: string;
  country: CountryCode | null;
}

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

/** How many words the name has without a trailing possessive. */
function nameLength(words: readonly string[]): number {
  let length = words.length;
  while (length > 1 && POSSESSIVE.has(words[length - 1]!.toLowerCase())) length--;
  return length;
}

function nameWords(words: readonly string[]): string[] {
  return words.slice(0, nameLength(words)).map((w) => w.toLowerCase());
}

/** True when `short` is the tail of `full` or a single word of it ("Albusaidi" in "Sayyid Badr Albusaidi"). */
function isShortFormOf(short: readonly string[], full: readonly string[]): boolean {
  if (short.length >= full.length) return false;
  if (short.length === 1) return full.includes(short[0]!) && short[0]!.length > 1;
  const offset = full.length - short.length;
  return short.every((w, i) => full[offset + i] === w);
}

function findDraft(drafts: readonly Draft[], candidate: TypedMention, words: readonly string[]): Draft | undefined {
  const key = words.join(' ');
  const same = drafts.find((d) => d.type === candidate.type && d.key === key);
  if (same) return same;
  // "Israeli" and "Israelis" are one group: demonyms join by their country.
  if (candidate.type === 'NORP' && candidate.country) return drafts.find((d) => d.type === 'NORP' && d.country === candidate.country);
  if (candidate.type !== 'PERSON') return undefined;
  // The most recent person whose full name contains this short form.
  for (let i = drafts.length - 1; i >= 0; i--) {
    const draft = drafts[i]!;
    if (draft.type === 'PERSON' && isShortFormOf(words, draft.words)) return draft;
  }
  return undefined;
}

export function joinMentions(mentions: readonly TypedMention[]): Entity[] {
  const drafts: Draft[] = [];
  // Longer names first, so that a short form met before its full name still finds it.
  const byLength = [...mentions].sort((a, b) => b.words.length - a.words.length || a.mention.start - b.mention.start);
  for (const candidate of byLength) {
    const words = nameWords(candidate.words);
    const draft = findDraft(drafts, candidate, words);
    if (draft) {
      draft.mentions.push(candidate);
      draft.country ??= candidate.country;
    } else {
      drafts.push({ type: candidate.type, mentions: [candidate], words, key: words.join(' '), country: candidate.country });
    }
  }
  for (const d of drafts) d.mentions.sort((a, b) => a.mention.start - b.mention.start);
  drafts.sort((a, b) => a.mentions[0]!.mention.start - b.mentions[0]!.mention.start);
  return drafts.map((d, i) => ({
    id: `e${i + 1}`,
    name: longestName(d.mentions),
    type: d.type,
    country: d.country,
    sector: null,
    role: null,
    mentions: d.mentions.map((m) => m.mention),
  }));
}

function longestName(mentions: readonly TypedMention[]): string {
  let best = mentions[0]!;
  let bestLength = nameLength(best.words);
  for (const m of mentions) {
    const length = nameLength(m.words);
    if (length > bestLength) { best = m; bestLength = length; }
  }
  const words = best.words;
  const text = best.mention.text;
  // Drop a trailing possessive from the name, keeping the text as written otherwise.
  const last = words[words.length - 1]!;
  return words.length > 1 && POSSESSIVE.has(last) ? text.slice(0, text.length - last.length).trimEnd() : text;
}
