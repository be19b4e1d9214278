/**
 * Resolves a written phrase ("Chinese Foreign Minister Wang Yi", "the Russian president", "Hamas
 * militants", "Israel Defense Forces Spokesman") to an actor: canonical name, country, sector and
 * role, on a reference date (office-holders change). The entity resolver calls it with a name and
 * the title words around it; the NGEC evaluation calls it on bare phrases.
 *
 * @example resolvePhrase('the Russian president', '2023-11-01', kb)
 *   // => { name: 'Vladimir Putin', kind: 'person', country: 'RUS', sector: 'GOV', role: 'President', … }
 */
import { tokenize } from '../nlp/tokenizer.js';
import type { ActorKnowledge, OfficeHolder, TitleWord } from './actor-knowledge.js';
import { holdersOn } from './actor-knowledge.js';
import type { Piece } from './phrase-pieces.js';
import { findPieces } from './phrase-pieces.js';

export type ActorKind = 'person' | 'org' | 'country' | 'group';

export interface ActorResolution {
  /** The canonical name, when the knowledge base or the phrase gives one. */
  readonly name: string | null;
  readonly kind: ActorKind | null;
  readonly country: string | null;
  readonly sector: string | null;
  readonly role: string | null;
  /** The title words say "counterpart": the role is that of the person it is the counterpart of. */
  readonly counterpart: boolean;
  /** Which rule decided, for provenance. */
  readonly rule: string;
}

export const NO_RESOLUTION: ActorResolution = { name: null, kind: null, country: null, sector: null, role: null, counterpart: false, rule: 'none' };

/** Sectors of armed groups, and the group words that only say "armed men" of them. */
const ARMED_GROUPS = new Set(['REB', 'CRM', 'PRM', 'UAF', 'MIL']);
const ARMED_WORDS = new Set(['UAF', 'REB']);

const LEADING = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'some', 'several', 'many', 'two', 'three', 'four', 'five', 'members', 'of', 'group']);

/** The holder a name means on a date: one in office then, else the latest. */
export function pickHolder(holders: readonly OfficeHolder[], date: string | null): { holder: OfficeHolder; current: boolean } {
  const current = holdersOn(holders, date);
  if (current.length > 0) return { holder: current[0]!, current: true };
  const latest = [...holders].sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''))[0]!;
  return { holder: latest, current: date === null };
}

function ended(holders: readonly OfficeHolder[], date: string | null): boolean {
  return date !== null && holders.every((h) => h.to !== null && h.to <= date);
}

interface Words { readonly keys: string[]; readonly texts: string[]; readonly starts: number[]; readonly ends: number[] }

function wordsOf(text: string): Words {
  const tokens = tokenize(text.replace(/’/g, "'"));
  return { keys: tokens.map((t) => t.text.toLowerCase()), texts: tokens.map((t) => t.text), starts: tokens.map((t) => t.start), ends: tokens.map((t) => t.end) };
}

/** Capitalised words that no piece covers: the person's own name ("Daniel Hagari"). */
function leftoverName(words: Words, pieces: readonly Piece[], honorific: (key: string) => boolean): string | null {
  const covered = new Set<number>();
  for (const p of pieces) for (let i = p.start; i < p.end; i++) covered.add(i);
  const run: string[] = [];
  for (let i = 0; i < words.keys.length; i++) {
    const text = words.texts[i]!;
    const capital = /^\p{Lu}/u.test(text);
    if (!covered.has(i) && capital && !LEADING.has(words.keys[i]!) && !honorific(words.keys[i]!)) run.push(text);
    else if (run.length > 0 && covered.has(i)) run.length = 0;
  }
  return run.length > 0 ? run.join(' ') : null;
}

/** The capitalised words that end a phrase after a title and "of" ("Lagos" in "mayor of Lagos"), or null. */
function placeOfTitle(words: Words, pieces: readonly Piece[]): string | null {
  const last = pieces.at(-1);
  if (last?.kind !== 'title') return null;
  let i = last.end;
  if (words.keys[i] !== 'of') return null;
  i++;
  if (words.keys[i] === 'the') i++;
  const rest = words.texts.slice(i);
  return rest.length > 0 && rest.every((t) => /^\p{Lu}/u.test(t)) ? rest.join(' ') : null;
}

function nextToUnknownName(words: Words, pieces: readonly Piece[], piece: Piece): boolean {
  const covered = (i: number): boolean => pieces.some((p) => p.start <= i && i < p.end);
  const capital = (i: number): boolean => i >= 0 && i < words.texts.length && !covered(i) && /^\p{Lu}/u.test(words.texts[i]!) && !LEADING.has(words.keys[i]!);
  return capital(piece.start - 1) || capital(piece.end);
}

/**
 * With a gazetteer attached, a phrase that names no country may still name a town in one
 * ("Shanghai authorities", "Kyiv police"): the capitalised words no piece covers are looked up.
 */
function placeCountry(words: Words, pieces: readonly Piece[], kb: ActorKnowledge): string | null {
  if (!kb.placeCountry) return null;
  const covered = (i: number): boolean => pieces.some((p) => p.start <= i && i < p.end);
  for (let i = 0; i < words.texts.length; i++) {
    if (covered(i) || !/^\p{Lu}/u.test(words.texts[i]!) || LEADING.has(words.keys[i]!)) continue;
    let j = i;
    while (j + 1 < words.texts.length && !covered(j + 1) && /^\p{Lu}/u.test(words.texts[j + 1]!)) j++;
    const country = kb.placeCountry(words.texts.slice(i, j + 1).join(' '));
    if (country) return country;
    i = j;
  }
  return null;
}

export function resolvePhrase(text: string, date: string | null, kb: ActorKnowledge): ActorResolution {
  const words = wordsOf(text);
  const pieces = findPieces(words.keys, kb, words.texts);
  const found = resolveKnown(text, words, pieces, date, kb);
  if (found.country !== null || (found.kind === 'person' && found.name !== null) || found.kind === 'org') return found;
  const based = basedIn(words, kb);
  if (based !== null) return { ...found, country: based, rule: `${found.rule}+based` };
  const country = placeCountry(words, pieces, kb);
  return country === null ? found : { ...found, country, rule: `${found.rule}+place` };
}

/** "a Somalia-based group", "London-based": the country a "-based" word names, or null ("Iran-backed" names a sponsor, not a home). */
function basedIn(words: Words, kb: ActorKnowledge): string | null {
  for (const key of words.keys) {
    if (!key.endsWith('-based')) continue;
    const word = kb.countryWords.get(key.slice(0, -'-based'.length));
    if (word) return word.country;
    const place = kb.placeCountry?.(key.slice(0, -'-based'.length)) ?? null;
    if (place !== null) return place;
  }
  return null;
}

function resolveKnown(text: string, words: Words, pieces: readonly Piece[], date: string | null, kb: ActorKnowledge): ActorResolution {
  const org = pieces.find((p) => p.kind === 'org');
  // A known name inside a longer unknown one ("Mohammed" in "Mohammed Hussein Roble") is someone else.
  const holderPiece = pieces.find((p) => p.kind === 'holder' && !nextToUnknownName(words, pieces, p));
  const titles = pieces.flatMap((p) => (p.kind === 'title' ? [p.title] : []));
  // The first role written is the office ("Deputy Minister of Defense Colonel-General …").
  const role: TitleWord | undefined = titles.find((t) => t.kind === 'role');
  const counterpart = titles.some((t) => t.kind === 'counterpart');
  const former = titles.some((t) => t.kind === 'former');
  const countryPiece = pieces.find((p) => p.kind === 'country');
  const sectorPiece = pieces.find((p) => p.kind === 'sector');
  const country = countryPiece?.kind === 'country' ? countryPiece.word.country : null;
  const sectorWord = sectorPiece?.kind === 'sector' ? sectorPiece.sector : null;
  const honorific = (key: string): boolean => kb.titles.get(key)?.kind === 'honorific';

  if (holderPiece?.kind === 'holder') {
    const { holder, current } = pickHolder(holderPiece.holders, date);
    // A title written with the name says the office is held; without one, the dates decide.
    const sector = former ? 'ELI' : (role?.sector ?? (ended(holderPiece.holders, date) ? 'ELI' : (holder.sector ?? 'GOV')));
    return { name: holder.name, kind: 'person', country: holder.country, sector, role: role?.role ?? (current ? holder.title : null), counterpart, rule: 'office-holder' };
  }
  const titleAfterOrg = org !== undefined && pieces.some((p) => p.kind === 'title' && p.start >= org.end);
  if (org?.kind === 'org' && (!role || titleAfterOrg || country === null)) {
    if (role && role.kind === 'role') {
      // "Israel Defense Forces Spokesman": the role is written in full, the sector is the organisation's.
      const titlePieces = pieces.filter((p) => p.kind === 'title');
      // Written either way round: "Israel Defense Forces Spokesman", "president of the Riigikogu".
      const first = Math.min(org.start, titlePieces[0]!.start);
      const end = Math.max(org.end, titlePieces.at(-1)!.end);
      const written = text.slice(words.starts[first]!, words.ends[end - 1]!);
      const name = leftoverName(words, pieces, honorific);
      return { name, kind: 'person', country: org.org.country, sector: former ? 'ELI' : (org.org.sector ?? role.sector), role: written, counterpart, rule: 'organisation-title' };
    }
    // A group word after the organisation says which part of it acts ("European Union legislators").
    const written = sectorPiece !== undefined && sectorPiece.start >= org.end ? sectorWord : null;
    // An armed group's men are the group ("Boko Haram gunmen" are rebels, not unidentified gunmen).
    const part = written !== null && ARMED_WORDS.has(written) && ARMED_GROUPS.has(org.org.sector ?? '') ? null : written;
    return { name: org.org.name, kind: org.org.name === (kb.countryNames.get(org.org.country ?? '') ?? '') ? 'country' : 'org', country: org.org.country, sector: part ?? org.org.sector, role: null, counterpart: false, rule: 'organisation' };
  }
  if (role || counterpart || former) {
    // "mayor of Lagos", "the governor of Kano": the capitalised words after "of" are the office's place, not a name.
    const place = placeOfTitle(words, pieces);
    if (place !== null) {
      return { name: null, kind: 'person', country: country ?? kb.placeCountry?.(place) ?? null, sector: former ? 'ELI' : (role?.sector ?? sectorWord), role: role?.role ?? null, counterpart, rule: 'title-of-place' };
    }
    const name = leftoverName(words, pieces, honorific);
    if (name === null && role?.office && country) {
      const found = holdersOn(kb.offices.get(`${country} ${role.office}`) ?? [], date);
      if (found.length > 0 && !former) return { name: found[0]!.name, kind: 'person', country, sector: role.sector, role: found[0]!.title, counterpart, rule: 'office-by-date' };
    }
    return { name, kind: 'person', country, sector: former ? 'ELI' : (role?.sector ?? sectorWord), role: role?.role ?? null, counterpart, rule: 'title' };
  }
  if (countryPiece?.kind === 'country') {
    if (sectorWord) return { name: null, kind: 'group', country, sector: sectorWord, role: null, counterpart: false, rule: 'country-sector' };
    // A capital alone names its government as an actor ("Tehran", "CANBERRA").
    const alone = pieces.length === 1 && countryPiece.end - countryPiece.start === words.keys.length;
    // A plural adjective names the people, civilians unless a word says otherwise ("ordinary Kazakhs").
    const last = words.keys[countryPiece.end - 1]!;
    const people = countryPiece.word.kind === 'demonym' && last.endsWith('s') && !last.endsWith('ss');
    const sector = countryPiece.word.kind === 'capital' && alone ? 'GOV' : (people && pieces.length === 1 ? 'CVL' : null);
    return { name: kb.countryNames.get(countryPiece.word.country) ?? null, kind: 'country', country, sector, role: null, counterpart: false, rule: `country-${countryPiece.word.kind}` };
  }
  if (sectorWord) return { name: null, kind: 'group', country: null, sector: sectorWord, role: null, counterpart: false, rule: 'sector-word' };
  return NO_RESOLUTION;
}
