/**
 * What the actor resolver knows, as indexes over the rows of data/actors/ (see its README):
 * organisations and groups, office-holders with date ranges, title words, sector words, name
 * patterns built from a country, and country names, adjectives and capitals. Built from parts so
 * that tests pass small fictional ones; later parts override earlier ones (the user overlay).
 *
 * @example createActorKnowledge(parts).orgs.get('idf') // => { name: 'Israel Defense Forces', country: 'ISR', sector: 'MIL' }
 */
import { tokenize } from '../nlp/tokenizer.js';

/** Head of state, of government; foreign, defence, interior, finance minister; central bank governor. */
export type Office = 'HOS' | 'HOG' | 'FM' | 'DEF' | 'INT' | 'FIN' | 'CBG';
export type CountryWordKind = 'country' | 'demonym' | 'capital';
export type TitleKind = 'role' | 'counterpart' | 'former' | 'honorific';

export interface OrgRecord {
  readonly name: string;
  /** ISO 3166-1 alpha-3, IGO, or null for a group of no one country. */
  readonly country: string | null;
  readonly sector: string | null;
  readonly variants: readonly string[];
}

export interface OfficeHolder {
  readonly name: string;
  readonly country: string;
  readonly office: Office | null;
  readonly title: string;
  /** ISO dates, inclusive start and exclusive end; null is open. */
  readonly from: string | null;
  readonly to: string | null;
  readonly variants: readonly string[];
  /** The sector the title gives (see holderSector); set when the knowledge is built. */
  readonly sector?: string;
}

export interface TitleWord {
  readonly phrase: string;
  readonly kind: TitleKind;
  readonly role: string | null;
  readonly sector: string | null;
  readonly office: Office | null;
}

export interface CountryWord {
  readonly word: string;
  readonly country: string;
  readonly kind: CountryWordKind;
}

export interface NamePattern {
  /** Literal lower-case tokens, or the slots `{country}` and `{adj}`. */
  readonly tokens: readonly string[];
  readonly canonical: string;
  readonly sector: string | null;
}

export interface ActorKnowledgeParts {
  readonly orgs: readonly OrgRecord[];
  readonly holders: readonly OfficeHolder[];
  readonly titles: readonly TitleWord[];
  readonly sectors: readonly { readonly word: string; readonly sector: string }[];
  readonly patterns: readonly NamePattern[];
  readonly countryWords: readonly CountryWord[];
  /** Common English name by alpha-3 ("CHN" → "China"). */
  readonly countryNames: ReadonlyMap<string, string>;
  readonly actingVerbs: readonly string[];
  /** Words that, written alone, name no one holder though one's surname ("Davis", "Friday"). */
  readonly commonNames?: readonly string[];
}

export interface ActorKnowledge {
  readonly orgs: ReadonlyMap<string, OrgRecord>;
  readonly holders: ReadonlyMap<string, readonly OfficeHolder[]>;
  /** `CHN HOS` → every holder of that office, any date. */
  readonly offices: ReadonlyMap<string, readonly OfficeHolder[]>;
  readonly titles: ReadonlyMap<string, TitleWord>;
  readonly sectors: ReadonlyMap<string, string>;
  readonly patterns: readonly NamePattern[];
  readonly countryWords: ReadonlyMap<string, CountryWord>;
  readonly countryNames: ReadonlyMap<string, string>;
  readonly actingVerbs: ReadonlySet<string>;
  /** The longest key in tokens: phrase matching never looks further. */
  readonly maxTokens: number;
  /** Every proper prefix of every key, so that matching stops as soon as nothing can follow. */
  readonly prefixes: ReadonlySet<string>;
  /** The first word of every country word: a pattern slot is tried only where one starts. */
  readonly countryStarts: ReadonlySet<string>;
  /** Patterns by their first literal token; those starting with a slot are under `{slot}`. */
  readonly patternsByFirst: ReadonlyMap<string, readonly NamePattern[]>;
  /** The country of a town or region written this way ("Shanghai" → CHN), when a gazetteer is attached. */
  readonly placeCountry?: (name: string) => string | null;
}

/** The lookup key of a phrase: lower-case tokens joined by one space, curly apostrophes made straight. */
export function phraseKey(text: string): string {
  return tokenize(text.replace(/’/g, "'")).map((t) => t.text.toLowerCase()).join(' ');
}

function put<T>(map: Map<string, T>, text: string, value: T): void {
  const key = phraseKey(text);
  if (key !== '') map.set(key, value);
}

interface TitleTables {
  readonly orgs: ReadonlyMap<string, OrgRecord>;
  readonly titles: ReadonlyMap<string, TitleWord>;
  readonly sectors: ReadonlyMap<string, string>;
  readonly countryWords: ReadonlyMap<string, CountryWord>;
}

/**
 * The sector an office-holder's title gives: an international organisation's officials are IGO and
 * the offices of the `office` column GOV; otherwise the longest organisation, role or sector word
 * the title names decides ("Director of the Central Intelligence Agency" SPY, "Chief of the Defence
 * Staff" MIL, "Member of Parliament" LEG), an organisation before a word as long, and
 * a business title of a country or territory is its government ("Chief Executive of Hong Kong"); an
 * international organisation in a national official's title says nothing of the sector.
 */
export function holderSector(holder: OfficeHolder, tables: TitleTables): string {
  if (holder.country === 'IGO') return 'IGO';
  if (holder.office !== null) return 'GOV';
  const words = phraseKey(holder.title).split(' ');
  let best: { length: number; org: boolean; sector: string } | null = null;
  let namesCountry = false;
  for (let i = 0; i < words.length; i++) {
    for (let j = words.length; j > i; j--) {
      const key = words.slice(i, j).join(' ');
      if (tables.countryWords.has(key)) namesCountry = true;
      const org = tables.orgs.get(key);
      // A country's own official is no international one: "Secretary of the Security Council" of Russia.
      const orgSector = org && org.country !== 'IGO' ? org.sector : null;
      const sector = orgSector ?? (org ? null : (tables.titles.get(key)?.sector ?? tables.sectors.get(key) ?? null));
      if (sector === null) continue;
      const found = { length: j - i, org: orgSector !== null, sector };
      // Longer first; then an organisation ("Hezbollah Military Commander" is REB); then the later
      // word, the head of the title ("Head of Military Intelligence" is SPY).
      if (best === null || found.length > best.length || (found.length === best.length && (found.org || !best.org))) best = found;
    }
  }
  const sector = best?.sector ?? 'GOV';
  return sector === 'BUS' && namesCountry ? 'GOV' : sector;
}

export function createActorKnowledge(parts: ActorKnowledgeParts): ActorKnowledge {
  const orgs = new Map<string, OrgRecord>();
  // "the Kremlin" is keyed "kremlin": a leading article is read as a joining word, so it never hides a longer name after it.
  for (const org of parts.orgs) for (const name of [org.name, ...org.variants]) put(orgs, name.replace(/^the\s+/i, ''), org);
  const titles = new Map<string, TitleWord>();
  for (const title of parts.titles) put(titles, title.phrase, title);
  const sectors = new Map<string, string>();
  for (const { word, sector } of parts.sectors) put(sectors, word, sector);
  const countryWords = new Map<string, CountryWord>();
  for (const word of parts.countryWords) {
    const key = phraseKey(word.word);
    // Country names beat capitals and adjectives written the same way ("Djibouti", "Kuwait").
    const known = countryWords.get(key);
    if (!known || known.kind !== 'country' || word.kind === 'country') countryWords.set(key, word);
  }
  const holders = new Map<string, OfficeHolder[]>();
  const offices = new Map<string, OfficeHolder[]>();
  for (const row of parts.holders) {
    const holder: OfficeHolder = { ...row, sector: holderSector(row, { orgs, titles, sectors, countryWords }) };
    for (const name of new Set([holder.name, ...holder.variants])) {
      const key = phraseKey(name);
      const list = holders.get(key) ?? [];
      // An overlay row for the same person replaces the shipped row of the same office and start.
      const same = list.findIndex((h) => h.name === holder.name && h.office === holder.office && h.from === holder.from);
      if (same >= 0) list.splice(same, 1);
      list.push(holder);
      holders.set(key, list);
    }
    if (holder.office) {
      const key = `${holder.country} ${holder.office}`;
      offices.set(key, [...(offices.get(key) ?? []), holder]);
    }
  }
  dropSharedSurnames(holders, countryWords, new Set((parts.commonNames ?? []).map((w) => w.toLowerCase())));
  let maxTokens = 1;
  const prefixes = new Set<string>();
  for (const map of [orgs, holders, titles, sectors, countryWords] as ReadonlyMap<string, unknown>[]) {
    for (const key of map.keys()) {
      const words = key.split(' ');
      maxTokens = Math.max(maxTokens, words.length);
      for (let k = 1; k < words.length; k++) prefixes.add(words.slice(0, k).join(' '));
    }
  }
  const patternsByFirst = new Map<string, NamePattern[]>();
  for (const pattern of parts.patterns) {
    const first = pattern.tokens[0]!.startsWith('{') ? '{slot}' : pattern.tokens[0]!;
    patternsByFirst.set(first, [...(patternsByFirst.get(first) ?? []), pattern]);
  }
  return {
    orgs, holders, offices, titles, sectors, patterns: parts.patterns, countryWords,
    countryNames: parts.countryNames, actingVerbs: new Set(parts.actingVerbs.map((v) => v.toLowerCase())), maxTokens,
    prefixes, patternsByFirst, countryStarts: new Set([...countryWords.keys()].map((key) => key.split(' ')[0]!)),
  };
}

/**
 * A surname alone ("Brown") names a holder only when it names no one else the knowledge holds: not a
 * second person of that surname (Mark Brown of the Cook Islands, Gordon Brown of Britain), nor a
 * country ("Montenegro"), nor a word news writes for many people (common-names.txt: "Davis",
 * "Friday"). The Factbook rows give every leader's surname as a variant, so without
 * this a common British surname would read as the Cook Islands' prime minister. Rows are one person
 * when they share a spelling of two words or more ("Recep Tayyip Erdogan"), or share the surname in
 * one country with terms that overlap ("Cyril Ramaphosa", "Matamela Ramaphosa"); a one-word name
 * of its own ("Lula" written as a holder's name) stays.
 */
function dropSharedSurnames(holders: Map<string, OfficeHolder[]>, countryWords: ReadonlyMap<string, CountryWord>, common: ReadonlySet<string>): void {
  const plain = (name: string): string => phraseKey(name.normalize('NFD').replace(/\p{M}/gu, ''));
  const rows = [...new Set([...holders.values()].flat())];
  const parent = rows.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number): void => { parent[find(a)] = find(b); };
  const bySpelling = new Map<string, number>();
  const bySurname = new Map<string, number[]>();
  rows.forEach((holder, i) => {
    for (const spelling of new Set([holder.name, ...holder.variants].map(plain))) {
      if (spelling.includes(' ')) {
        const seen = bySpelling.get(spelling);
        if (seen === undefined) bySpelling.set(spelling, i);
        else union(i, seen);
      }
      const surname = spelling.split(' ').at(-1)!;
      const list = bySurname.get(surname) ?? [];
      if (list.at(-1) !== i) list.push(i);
      bySurname.set(surname, list);
    }
  });
  const overlap = (a: OfficeHolder, b: OfficeHolder): boolean =>
    (a.from === null || b.to === null || a.from < b.to) && (b.from === null || a.to === null || b.from < a.to);
  for (const list of bySurname.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = rows[list[x]!]!;
        const b = rows[list[y]!]!;
        if (a.country === b.country && overlap(a, b)) union(list[x]!, list[y]!);
      }
    }
  }
  for (const [key, list] of holders) {
    if (key.includes(' ') || list.some((h) => phraseKey(h.name) === key)) continue;
    const people = new Set((bySurname.get(plain(key)) ?? []).map(find));
    if (people.size > 1 || countryWords.has(key) || common.has(key)) holders.delete(key);
  }
}

/**
 * The holders of an office on a date (ISO), the row read last first: hand-written rows are read
 * after the generated ones and the overlay after both, so the more deliberate spelling of a name
 * wins ("Haitham bin Tariq" over the Factbook's "Haitham bin Tarik Al Said"). Every holder when the date is null.
 */
export function holdersOn(holders: readonly OfficeHolder[], date: string | null): OfficeHolder[] {
  const valid = date === null ? [...holders] : holders.filter((h) => (h.from === null || h.from <= date) && (h.to === null || date < h.to));
  return valid.reverse();
}
