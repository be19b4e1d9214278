/**
 * Resolves the entities layer to canonical actors, the entity component's last refiner. Each name
 * mention is read with the words around it and resolved on the article's date; mentions that name
 * the same actor become one entity, and each widened mention keeps the names it holds (`names`):
 *   - a mention that is two office-holders side by side ("Biden Putin") is first split in two
 *     (person-splitter.ts);
 *   - surnames written alone are read next (surname-reader.ts): "Mr Brown" typed as an organisation
 *     is a person, and "Lavrov" (found or missed by the name model) joins the Sergei Lavrov the
 *     article names in full, else the office-holder the surname alone names; a short form resolves
 *     as the full name it belongs to, and a capital inside a person's name gives no country;
 *   - a person gets the country, sector and role of its title ("Chinese Foreign Minister Wang Yi")
 *     or of the office-holder it names; a counterpart takes the role of the person before it;
 *   - organisations and groups take their canonical name ("IDF" → Israel Defense Forces), widened
 *     to the phrase they belong to ("the Chinese Foreign Ministry", "Hamas militants");
 *   - adjectives and countries join one country entity ("Israeli", "Israel"), and a capital that
 *     acts or speaks ("Beijing has urged") joins its country as the government;
 *   - then coreference adds descriptions and pronouns (coreference.ts).
 *
 * @example resolveEntities(entities, doc, kb) // => [{ name: 'Wang Yi', country: 'CHN', sector: 'GOV', role: 'Foreign Minister', … }]
 */
import type { Document } from '../document/document.js';
import type { Entity, EntityType, Mention } from '../document/layers.js';
import type { ActorKnowledge } from './actor-knowledge.js';
import { addCoreference } from './coreference.js';
import { actsAsGovernment } from './government-reader.js';
import { extendMention } from './mention-extender.js';
import { withNames } from './mention-names.js';
import { splitJoinedPeople } from './person-splitter.js';
import type { ActorResolution } from './phrase-resolver.js';
import { NO_RESOLUTION, resolvePhrase } from './phrase-resolver.js';
import type { SentenceWords } from './sentence-words.js';
import { sentenceAt, sentenceWords } from './sentence-words.js';
import { nameKeys, readSurnames } from './surname-reader.js';
import { titleAfter, titleBefore } from './title-reader.js';

interface Group {
  readonly key: string;
  name: string;
  type: EntityType;
  country: string | null;
  sector: string | null;
  role: string | null;
  readonly mentions: Mention[];
}

const PLACE_TYPES = new Set<EntityType>(['COUNTRY', 'NORP']);

/** The article's reference date: its publication day, or null. */
export function referenceDate(doc: Document): string | null {
  const published = doc.meta.published;
  return published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
}

function dropHonorifics(name: string, kb: ActorKnowledge): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && kb.titles.get(words[0]!.toLowerCase())?.kind === 'honorific') words.shift();
  return words.join(' ');
}

function groupFor(groups: Map<string, Group>, key: string, init: () => Omit<Group, 'key' | 'mentions'>): Group {
  let group = groups.get(key);
  if (!group) {
    // Written out rather than spread, so that every group has one shape.
    const { name, type, country, sector, role } = init();
    groups.set(key, (group = { key, name, type, country, sector, role, mentions: [] }));
  }
  return group;
}

/** Adds a mention to the group; one already there with the same span takes its names instead. */
function addMention(group: Group, mention: Mention): void {
  const i = group.mentions.findIndex((m) => m.start === mention.start && m.end === mention.end);
  if (i < 0) group.mentions.push(mention);
  else group.mentions[i] = withNames(group.mentions[i]!, mention.names);
}

function resolvePerson(entity: Entity, ctx: Context, lastRole: () => string | null): ActorResolution & { name: string } {
  const text = ctx.doc.text;
  const names = resolvedNames(entity, ctx);
  const readings: ActorResolution[] = entity.mentions.map((m, i) => {
    const s = sentenceAt(ctx.sentences, m.start);
    const before = s ? titleBefore(s, text, m.start) : null;
    const after = s ? titleAfter(s, text, m.end) : null;
    const name = names[i]!;
    const found = ctx.resolve([before?.text, name, after?.text].filter((t) => t).join(' '));
    // A capital in a person's name is the name ("Lord Hamilton"), not where the person is from.
    if (found.rule === 'country-capital') return NO_RESOLUTION;
    return found.counterpart && found.role === null ? { ...found, role: lastRole(), sector: found.sector ?? 'GOV' } : found;
  });
  // The first mention that says a thing says it: a later bare "Wang Yi" adds nothing to the first.
  const first = <T>(get: (r: ActorResolution) => T | null): T | null => readings.map(get).find((v) => v !== null) ?? null;
  const holder = readings.find((r) => r.rule === 'office-holder');
  return {
    ...(readings[0] ?? ctx.resolve(entity.name)),
    name: holder?.name ?? dropHonorifics(entity.name, ctx.kb),
    country: first((r) => r.country), sector: first((r) => r.sector), role: first((r) => r.role),
  };
}

/**
 * The text each mention of a person is resolved as: a short form ("Mr Brown", "Lavrov") is the name
 * written in full in another mention, not whoever else the knowledge calls so. Most mentions are the
 * name itself, which is settled without reading any words.
 */
function resolvedNames(entity: Entity, ctx: Context): string[] {
  const texts = entity.mentions.map((m) => m.text);
  if (texts.every((t) => t === entity.name)) return texts;
  const full = ctx.nameKeys(entity.name);
  const fullKey = full.join(' ');
  if (full.length < 2 || !texts.some((t) => t === entity.name || ctx.nameKeys(t).join(' ') === fullKey)) return texts;
  return texts.map((t) => {
    if (t === entity.name) return t;
    const short = ctx.nameKeys(t);
    return short.length < full.length && short.every((w) => full.includes(w)) ? entity.name : t;
  });
}

function memoised<T>(compute: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) known.set(key, (value = compute(key)));
    return value;
  };
}

interface Context {
  readonly doc: Document;
  readonly kb: ActorKnowledge;
  readonly date: string | null;
  readonly sentences: readonly SentenceWords[];
  readonly groups: Map<string, Group>;
  /** resolvePhrase on the article's date, once per phrase: a story repeats its names. */
  readonly resolve: (phrase: string) => ActorResolution;
  /** nameKeys once per written name. */
  readonly nameKeys: (text: string) => string[];
  /** True when a character range holds a person's name. */
  readonly blocked: (start: number, end: number) => boolean;
}

/** Files one mention of a non-person entity under the actor it names: its country, an organisation, or itself. */
function placeMention(entity: Entity, m: Mention, ctx: Context): void {
  const { kb, groups } = ctx;
  const s = sentenceAt(ctx.sentences, m.start);
  const extension = s ? extendMention(s, ctx.doc.text, m, ctx.blocked) : null;
  const mention: Mention = extension ? { ...m, ...extension.span, rule: `${m.rule ?? 'name'}+actor-phrase` } : m;
  const found = extension?.org
    ? { name: extension.org.name, kind: 'org', country: extension.org.country, sector: extension.org.sector }
    : ctx.resolve(mention.text);
  const country = found.country ?? entity.country;
  const countryName = country ? kb.countryNames.get(country) : undefined;
  const government = entity.type === 'CITY' && s !== undefined && actsAsGovernment(s, m, kb);
  // A country's adjective and name are the country; an organisation built on them is not ("Israel Defense Forces").
  const namesCountry = extension?.org ? extension.org.name === countryName : PLACE_TYPES.has(entity.type) || government;
  if (namesCountry && countryName !== undefined) {
    const group = groupFor(groups, `COUNTRY ${country}`, () => ({ name: countryName, type: 'COUNTRY', country, sector: null, role: null }));
    if (government || found.sector === 'GOV') group.sector = 'GOV';
    // An adjective ("Omani", "Israeli authorities") refers to the country without naming it: a nominal, so never a toponym.
    addMention(group, entity.type === 'NORP' ? { ...mention, kind: 'nominal' } : mention);
  } else if (found.name !== null && found.kind === 'org' && entity.type !== 'PERSON') {
    const name = found.name;
    addMention(groupFor(groups, `ORG ${name.toLowerCase()}`, () => ({ name, type: 'ORG', country: found.country, sector: found.sector, role: null })), mention);
  } else {
    const init = (): Omit<Group, 'key' | 'mentions'> => ({ name: entity.name, type: entity.type, country: entity.country ?? found.country, sector: extension?.sector ?? entity.sector, role: entity.role });
    addMention(groupFor(groups, `ENTITY ${entity.id}`, init), mention);
  }
}

export function resolveEntities(found: readonly Entity[], doc: Document, kb: ActorKnowledge): Entity[] {
  const date = referenceDate(doc);
  const sentences = sentenceWords(doc, kb);
  const entities = readSurnames(splitJoinedPeople(found, kb, date), doc, sentences, kb);
  const persons = entities.filter((e) => e.type === 'PERSON').flatMap((e) => e.mentions);
  const ctx: Context = {
    doc, kb, date, sentences, groups: new Map(), resolve: memoised((phrase) => resolvePhrase(phrase, date, kb)),
    nameKeys: memoised((name) => nameKeys(name, kb)),
    blocked: (start, end) => persons.some((p) => p.start < end && start < p.end),
  };
  let previousRole: string | null = null;
  // In text order, so that a counterpart finds the role of the person named before it.
  for (const entity of [...entities].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)) {
    if (entity.type !== 'PERSON') {
      for (const m of entity.mentions) placeMention(entity, m, ctx);
      continue;
    }
    // A mention that names another office-holder by itself ("Putin" joined under "Biden") is that person.
    const byHolder = new Map<string, Mention[]>();
    const names = resolvedNames(entity, ctx);
    for (const [i, m] of entity.mentions.entries()) {
      const own = ctx.resolve(names[i]!);
      const key = own.rule === 'office-holder' && own.name !== null ? own.name : '';
      byHolder.set(key, [...(byHolder.get(key) ?? []), m]);
    }
    const parts = byHolder.size > 1 ? [...byHolder.values()].map((mentions) => ({ ...entity, mentions, name: mentions[0]!.text })) : [entity];
    for (const part of parts) {
      const found = resolvePerson(part, ctx, () => previousRole);
      const group = groupFor(ctx.groups, `PERSON ${found.name.toLowerCase()}`, () => ({ name: found.name, type: 'PERSON', country: found.country, sector: found.sector, role: found.role }));
      for (const m of part.mentions) addMention(group, m);
      previousRole = found.role ?? previousRole;
    }
  }
  const groups = [...ctx.groups.values()];
  for (const g of groups) g.mentions.sort((a, b) => a.start - b.start);
  const resolved = groups
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
    .map((g, i): Entity => ({ id: `e${i + 1}`, name: g.name, type: g.type, country: g.country, sector: g.sector, role: g.role, mentions: g.mentions }));
  return addCoreference(resolved, doc, ctx.sentences, kb, ctx.date);
}
