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
  /** Lower-case words of the longest name so far. */
  words: string[];
  country: CountryCode | null;
}

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

function nameWords(words: readonly string[]): string[] {
  const out = words.map((w) => w.toLowerCase());
  while (out.length > 1 && POSSESSIVE.has(out[out.length - 1]!)) out.pop();
  return out;
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
  const same = drafts.find((d) => d.type === candidate.type && d.words.join(' ') === key);
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
      drafts.push({ type: candidate.type, mentions: [candidate], words, country: candidate.country });
    }
  }
  const ordered = drafts
    .map((d) => ({ ...d, mentions: [...d.mentions].sort((a, b) => a.mention.start - b.mention.start) }))
    .sort((a, b) => a.mentions[0]!.mention.start - b.mentions[0]!.mention.start);
  return ordered.map((d, i) => ({
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
  for (const m of mentions) if (nameWords(m.words).length > nameWords(best.words).length) best = m;
  const words = best.words;
  const text = best.mention.text;
  // Drop a trailing possessive from the name, keeping the text as written otherwise.
  const last = words[words.length - 1]!;
  return words.length > 1 && POSSESSIVE.has(last) ? text.slice(0, text.length - last.length).trimEnd() : text;
}
