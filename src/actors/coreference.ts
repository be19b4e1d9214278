/**
 * Joins descriptions and pronouns to the entity they refer to, as mentions of kind `nominal` and
 * `pronoun`. The rules, in text order (salience is recency):
 *   - a description is "the" + an optional country adjective + a title ("The Chinese top diplomat",
 *     "the Russian leader", "the minister") not followed by a name; it joins the most recent person
 *     of that country whose role has the same office ("top diplomat" and "Foreign Minister" are both
 *     FM) or the same head word ("minister"). With none, and a country and an office, it names the
 *     office-holder on the article's date ("the Russian president" in 2023 → Vladimir Putin);
 *   - "he", "him", "she" join the most recent person mentioned, in any form, within five sentences;
 *   - "they", "them" join the most recent organisation mentioned in the same or the previous sentence;
 *   - pronouns inside quotation marks are the speaker's own words and are left alone.
 * Short names ("Albusaidi") join earlier, in the name joiner and the resolver.
 *
 * @example addCoreference(entities, doc, …) // Wang Yi gains "The Chinese top diplomat" (nominal) and "he" (pronoun)
 */
import type { Document } from '../document/document.js';
import type { Entity, Mention, MentionKind } from '../document/layers.js';
import type { ActorKnowledge } from './actor-knowledge.js';
import { holdersOn } from './actor-knowledge.js';
import { namesOf, withNames } from './mention-names.js';
import type { Piece } from './phrase-pieces.js';
import type { SentenceWords } from './sentence-words.js';

const BY = 'actors.v1';
/** What each pronoun refers to: one look-up per word of the text says whether it is one. */
const PRONOUNS: ReadonlyMap<string, 'person' | 'group'> = new Map([['he', 'person'], ['him', 'person'], ['she', 'person'], ['they', 'group'], ['them', 'group']]);
/** A quotation mark ('"', '“' or '”') or the end of a paragraph's line, as quotedRanges reads them. */
const QUOTE_OR_LINE = /["\u201c\u201d\n]/g;

interface Working { entity: Entity; mentions: Mention[] }

/** Character ranges inside quotation marks, paragraph by paragraph (an unclosed quote ends with its paragraph). */
export function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let open = -1;
  // The regular expression engine skips the text between marks faster than a loop over its characters.
  const marks = new RegExp(QUOTE_OR_LINE);
  for (let found = marks.exec(text); found !== null; found = marks.exec(text)) {
    const i = found.index;
    if (text.charCodeAt(i) === 10) {
      if (open >= 0) { ranges.push([open, i]); open = -1; }
    } else if (open < 0) open = i;
    else { ranges.push([open, i + 1]); open = -1; }
  }
  if (open >= 0) ranges.push([open, text.length]);
  return ranges;
}

function officeOf(role: string | null, kb: ActorKnowledge): string | null {
  return role === null ? null : (kb.titles.get(role.toLowerCase())?.office ?? null);
}

function compatibleRole(entityRole: string | null, described: string, office: string | null, kb: ActorKnowledge): boolean {
  if (entityRole === null) return false;
  const entityOffice = officeOf(entityRole, kb);
  if (office !== null && entityOffice === office) return true;
  if (described === 'Leader' && (entityOffice === 'HOS' || entityOffice === 'HOG')) return true;
  const head = described.toLowerCase().split(' ').at(-1)!;
  return entityRole.toLowerCase().split(/\s+/).includes(head);
}

function lastBefore(work: readonly Working[], at: number, accept: (w: Working) => boolean, window: number): Working | undefined {
  let best: { w: Working; at: number } | undefined;
  for (const w of work) {
    if (!accept(w)) continue;
    for (const m of w.mentions) if (m.end <= at && at - m.end <= window && (!best || m.start > best.at)) best = { w, at: m.start };
  }
  return best?.w;
}

function mention(doc: Document, start: number, end: number, kind: MentionKind, rule: string): Mention {
  return { start, end, text: doc.text.slice(start, end), kind, by: BY, rule };
}

export function addCoreference(entities: readonly Entity[], doc: Document, sentences: readonly SentenceWords[], kb: ActorKnowledge, date: string | null): Entity[] {
  const work: Working[] = entities.map((entity) => ({ entity, mentions: [...entity.mentions] }));
  const quoted = quotedRanges(doc.text);
  const inQuote = (at: number): boolean => quoted.some(([a, b]) => a <= at && at < b);
  const taken = (start: number, end: number, except: readonly Mention[] = []): boolean =>
    work.some((w) => w.mentions.some((m) => m.start < end && start < m.end && !except.includes(m)));
  const persons = (w: Working): boolean => w.entity.type === 'PERSON';
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const window = s.end - (sentences[Math.max(0, si - 5)]?.start ?? 0);
    for (let i = 0; i < s.keys.length; i++) {
      const key = s.keys[i]!;
      const start = s.starts[i]!;
      if (key === 'the') {
        const found = description(s, i, kb);
        if (!found || inQuote(start)) continue;
        const end = s.ends[found.end - 1]!;
        // The adjective inside a description ("Chinese" in "the Chinese top diplomat") is part of it, not the country.
        const adjectives = adjectivesWithin(work, start, end);
        if (taken(start, end, adjectives)) continue;
        let target = lastBefore(work, start, (w) => persons(w) && (found.country === null || w.entity.country === found.country) && compatibleRole(w.entity.role, found.role, found.office, kb), window);
        if (!target && found.country && found.office) target = officeHolder(work, found.country, found.office, date, kb);
        if (target) {
          releaseMentions(work, adjectives);
          // The description holds the adjective's recognised name, so the name stays in the layer.
          target.mentions.push(withNames(mention(doc, start, end, 'nominal', 'coreference-description'), namesOf(adjectives)));
        }
        i = found.end - 1;
        continue;
      }
      const pronoun = PRONOUNS.get(key);
      if (pronoun !== undefined && !inQuote(start) && !taken(start, s.ends[i]!)) {
        const target = pronoun === 'person'
          ? lastBefore(work, start, persons, window)
          : lastBefore(work, start, (w) => w.entity.type === 'ORG', s.end - (sentences[Math.max(0, si - 1)]?.start ?? 0));
        if (target) target.mentions.push(mention(doc, start, s.ends[i]!, 'pronoun', 'coreference-pronoun'));
      }
    }
  }
  const kept = work.filter((w) => w.mentions.length > 0);
  for (const w of kept) w.mentions.sort((a, b) => a.start - b.start);
  // Each entity written out once, in the layer's field order, rather than spread twice.
  return kept
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
    .map(({ entity: e, mentions }, i): Entity => ({ id: `e${i + 1}`, name: e.name, type: e.type, country: e.country, sector: e.sector, role: e.role, mentions }));
}

/** The country mentions inside a character range. */
function adjectivesWithin(work: readonly Working[], start: number, end: number): Mention[] {
  return work.filter((w) => w.entity.type === 'COUNTRY').flatMap((w) => w.mentions.filter((m) => start <= m.start && m.end <= end));
}

function releaseMentions(work: Working[], released: readonly Mention[]): void {
  if (released.length === 0) return;
  for (const w of work) w.mentions = w.mentions.filter((m) => !released.includes(m));
}

/** The piece starting at word `k`: pieces are in word order and never overlap, so the scan stops past `k`. Called for every "the". */
function pieceStartingAt(pieces: readonly Piece[], k: number): Piece | undefined {
  for (const p of pieces) {
    if (p.start >= k) return p.start === k ? p : undefined;
  }
  return undefined;
}

interface Description { end: number; country: string | null; role: string; office: string | null }

/** "the" [country adjective] title, not followed by a capitalised name; `i` is the index of "the". */
function description(s: SentenceWords, i: number, kb: ActorKnowledge): Description | null {
  let k = i + 1;
  let country: string | null = null;
  const first = pieceStartingAt(s.pieces, k);
  if (first?.kind === 'country' && first.word.kind !== 'capital') {
    country = first.word.country;
    k = first.end;
  }
  const title = pieceStartingAt(s.pieces, k);
  if (title?.kind !== 'title' || title.title.kind !== 'role' || title.title.role === null) return null;
  const next = s.texts[title.end];
  if (next !== undefined && /^\p{Lu}/u.test(next)) return null;
  return { end: title.end, country, role: title.title.role, office: title.title.office };
}

/** The holder of an office on the date, as an existing entity or a new one added to `work`. */
function officeHolder(work: Working[], country: string, office: string, date: string | null, kb: ActorKnowledge): Working | undefined {
  const holder = holdersOn(kb.offices.get(`${country} ${office}`) ?? [], date)[0];
  if (!holder) return undefined;
  const known = work.find((w) => w.entity.type === 'PERSON' && w.entity.name === holder.name);
  if (known) return known;
  const created: Working = {
    entity: { id: `e${work.length + 1}`, name: holder.name, type: 'PERSON', country, sector: 'GOV', role: holder.title, mentions: [] },
    mentions: [],
  };
  work.push(created);
  return created;
}
