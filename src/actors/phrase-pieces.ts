/**
 * Cuts a phrase into the pieces the knowledge base knows, left to right, longest first: an
 * organisation or a name built from a country by pattern, an office-holder's name, a title word, a
 * country word, a sector word. Words that match nothing are left out of the pieces.
 *
 * @example findPieces(['chinese', 'foreign', 'minister', 'wang', 'yi'], kb)
 *   // => [country 0-1 CHN, title 1-3 "Foreign Minister", holder 3-5 "Wang Yi"]
 */
import type { ActorKnowledge, CountryWord, NamePattern, OfficeHolder, OrgRecord, TitleWord } from './actor-knowledge.js';
import { phraseKey } from './actor-knowledge.js';

export type Piece =
  | { readonly kind: 'org'; readonly start: number; readonly end: number; readonly org: OrgRecord }
  | { readonly kind: 'holder'; readonly start: number; readonly end: number; readonly holders: readonly OfficeHolder[] }
  | { readonly kind: 'title'; readonly start: number; readonly end: number; readonly title: TitleWord }
  | { readonly kind: 'country'; readonly start: number; readonly end: number; readonly word: CountryWord }
  | { readonly kind: 'sector'; readonly start: number; readonly end: number; readonly sector: string };

// At one length, the first kind listed wins: "Wagner" the group before any title or sector word.
const ORDER = ['org', 'holder', 'title', 'country', 'sector'] as const;

type SlotMatch = { readonly end: number; readonly country: string } | null;

/** Reads a slot (`{country}` or `{adj}`) at a word index. */
type SlotReader = (i: number, slot: string) => SlotMatch;

/**
 * The longest country word starting at `at` that each slot accepts, in one walk: `{country}` takes
 * country names, `{adj}` also demonyms. Each is its country and end, or null.
 */
function countrySlots(words: readonly string[], at: number, kb: ActorKnowledge): [country: SlotMatch, adj: SlotMatch] {
  let country: SlotMatch = null;
  let adj: SlotMatch = null;
  // The key tree holds every country word whose shorter phrases are prefixes, as this walk needs.
  let node = pieceIndex(kb).keyTree.next.get(words[at]!);
  for (let len = 1; node !== undefined && len <= 4; len++) {
    const word = node.key === null ? undefined : kb.countryWords.get(node.key);
    if (word?.kind === 'country') country = adj = { end: at + len, country: word.country };
    else if (word?.kind === 'demonym') adj = { end: at + len, country: word.country };
    node = at + len < words.length ? node.next.get(words[at + len]!) : undefined;
  }
  return [country, adj];
}

function countrySlot(words: readonly string[], at: number, slot: string, kb: ActorKnowledge): SlotMatch {
  return countrySlots(words, at, kb)[slot === '{adj}' ? 1 : 0];
}

/** A pattern's match at `at`: the name it builds and where it ends, or null. */
export function matchPattern(words: readonly string[], at: number, pattern: NamePattern, kb: ActorKnowledge, readSlot: SlotReader = (i, slot) => countrySlot(words, i, slot, kb)): SlotMatch {
  let i = at;
  let country: string | null = null;
  for (const token of pattern.tokens) {
    if (token === '{country}' || token === '{adj}') {
      const slot = readSlot(i, token);
      if (slot === null) return null;
      country = slot.country;
      i = slot.end;
    } else {
      if (words[i] !== token) return null;
      i++;
    }
  }
  return country === null ? null : { end: i, country };
}

/** The organisation a pattern builds: "{Country} Defense Forces" with Israel → "Israel Defense Forces". */
export function patternOrg(pattern: NamePattern, country: string, kb: ActorKnowledge): OrgRecord {
  const countryName = kb.countryNames.get(country) ?? country;
  return { name: pattern.canonical.replace('{Country}', countryName), country, sector: pattern.sector, variants: [] };
}

/** What an organisation's spellings say about its case, worked out once per organisation and key. */
interface OrgCase {
  /** Some spelling starts in lower case ("dpa"). */
  readonly lowerSpelling: boolean;
  /** By key: every spelling with that key is in capitals. */
  readonly acronyms: Map<string, boolean>;
}

const ORG_CASES = new WeakMap<OrgRecord, OrgCase>();

function orgCase(org: OrgRecord): OrgCase {
  let found = ORG_CASES.get(org);
  if (found === undefined) {
    found = { lowerSpelling: [org.name, ...org.variants].some((name) => /^\p{Ll}/u.test(name)), acronyms: new Map() };
    ORG_CASES.set(org, found);
  }
  return found;
}

function writtenAsAcronym(org: OrgRecord, key: string): boolean {
  const known = orgCase(org).acronyms;
  let acronym = known.get(key);
  if (acronym === undefined) {
    const spellings = [org.name, ...org.variants].filter((name) => phraseKey(name.replace(/^the\s+/i, '')) === key);
    acronym = spellings.length > 0 && spellings.every((name) => !/\p{Ll}/u.test(name));
    known.set(key, acronym);
  }
  return acronym;
}

/**
 * Names of people and organisations are written with a capital ("WHO", "Borne"): the same letters
 * in lower case are ordinary words ("who", "car-borne"). Keys written in lower case ("dpa") are exempt.
 */
function casedRight(piece: Piece, written: string | undefined): boolean {
  if (written === undefined || !/^\p{Ll}/u.test(written)) return true;
  if (piece.kind === 'holder') return false;
  if (piece.kind === 'org') return orgCase(piece.org).lowerSpelling;
  return true;
}

/** Acronyms match only in capitals: "IS", "AU" and "PA" are also ordinary words ("Is", "Pa"). */
function acronymRight(piece: Piece, key: string, written: string | undefined): boolean {
  if (written === undefined) return true;
  // "US" is the country, "us" the pronoun.
  if (piece.kind === 'country') return /\p{Ll}/u.test(piece.word.word) || !/\p{Ll}/u.test(written);
  if (piece.kind !== 'org') return true;
  return !writtenAsAcronym(piece.org, key) || !/\p{Ll}/u.test(written);
}

/**
 * Look-ups derived from a knowledge base's tables, so that the common case, a word that starts nothing,
 * costs one look-up rather than one per table and kind. Built once per knowledge base (from
 * the object itself, so a copy with a table replaced gets its own).
 */
interface PieceIndex {
  /**
   * Every word a piece can start with, with what starts there: the first words of patterns, the
   * country words' first words (also with a plural "s") where a slot can start, and the first words
   * of the known keys. Most words of a text are in none of them, and one look-up here says so.
   */
  readonly starts: ReadonlyMap<string, StartEntry>;
  /**
   * The slot-first patterns by their slot and the word after it (`{adj} ministry`), each with its
   * place in the data: where a slot reads a country word, only the patterns that can go on are tried.
   */
  readonly slotPatterns: ReadonlyMap<string, readonly OrderedPattern[]>;
  /**
   * The known keys as a tree of words, so that the keys starting at a word are found in one walk
   * without building each phrase as a string: a key is in it when every shorter phrase it starts
   * with is a prefix (as the walk over `prefixes` required) and it has at most `maxTokens` words.
   */
  readonly keyTree: KeyNode;
}

interface KeyNode { readonly next: Map<string, KeyNode>; key: string | null }

interface StartEntry {
  /** The patterns whose first token is this word. */
  readonly patterns: readonly NamePattern[] | undefined;
  /** A country slot can start here. */
  readonly slotStart: boolean;
  /** The key tree's node for this word. */
  readonly node: KeyNode | undefined;
}

function keyTreeOf(knownKeys: ReadonlySet<string>, kb: ActorKnowledge): KeyNode {
  const root: KeyNode = { next: new Map(), key: null };
  for (const key of knownKeys) {
    const words = key.split(' ');
    if (words.length > kb.maxTokens || words.some((_, k) => k > 0 && !kb.prefixes.has(words.slice(0, k).join(' ')))) continue;
    let node = root;
    for (const word of words) {
      let child = node.next.get(word);
      if (child === undefined) node.next.set(word, (child = { next: new Map(), key: null }));
      node = child;
    }
    node.key = key;
  }
  return root;
}

interface OrderedPattern { readonly pattern: NamePattern; readonly order: number }

function slotPatternsOf(kb: ActorKnowledge): Map<string, OrderedPattern[]> {
  const byNext = new Map<string, OrderedPattern[]>();
  (kb.patternsByFirst.get('{slot}') ?? []).forEach((pattern, order) => {
    // A pattern has one slot (actor-data-loader.ts); one that is the slot alone is tried wherever it reads.
    const next = pattern.tokens[1];
    const key = next === undefined ? pattern.tokens[0]! : `${pattern.tokens[0]!} ${next}`;
    byNext.set(key, [...(byNext.get(key) ?? []), { pattern, order }]);
  });
  return byNext;
}

const PIECE_INDEXES = new WeakMap<ActorKnowledge, PieceIndex>();

function pieceIndex(kb: ActorKnowledge): PieceIndex {
  let index = PIECE_INDEXES.get(kb);
  if (index === undefined) {
    const knownKeys = new Set<string>();
    for (const table of [kb.orgs, kb.holders, kb.titles, kb.sectors] as ReadonlyMap<string, unknown>[]) for (const key of table.keys()) knownKeys.add(key);
    for (const key of kb.countryWords.keys()) {
      knownKeys.add(key);
      if (!key.includes(' ')) knownKeys.add(`${key}s`);
    }
    const slotStarts = new Set<string>();
    for (const word of kb.countryStarts) slotStarts.add(word).add(`${word}s`);
    const keyTree = keyTreeOf(knownKeys, kb);
    const starts = new Map<string, StartEntry>();
    for (const word of new Set([...kb.patternsByFirst.keys(), ...slotStarts, ...keyTree.next.keys()])) {
      starts.set(word, { patterns: kb.patternsByFirst.get(word), slotStart: slotStarts.has(word), node: keyTree.next.get(word) });
    }
    index = { starts, slotPatterns: slotPatternsOf(kb), keyTree };
    PIECE_INDEXES.set(kb, index);
  }
  return index;
}

function patternAt(words: readonly string[], i: number, kb: ActorKnowledge, index: PieceIndex, start: StartEntry): Piece | null {
  const best = longestPattern(start.patterns, words, i, kb, null);
  // Slot-first patterns are tried only where a country word (or its plural) can start.
  return start.slotStart ? slotPatternAt(words, i, kb, index, best) : best;
}

const SLOTS = ['{country}', '{adj}'] as const;

/**
 * The slot-first patterns at `i` (about forty in the shipped data): the country word there is read
 * once per slot, and only the patterns whose next word follows it are tried, in their data order.
 */
function slotPatternAt(words: readonly string[], i: number, kb: ActorKnowledge, index: PieceIndex, best: Piece | null): Piece | null {
  const read = countrySlots(words, i, kb);
  const candidates: OrderedPattern[] = [];
  SLOTS.forEach((slot, k) => {
    const match = read[k];
    if (!match) return;
    for (const key of [`${slot} ${words[match.end] ?? ''}`, slot]) candidates.push(...(index.slotPatterns.get(key) ?? []));
  });
  if (candidates.length === 0) return best;
  const readSlot: SlotReader = (at, slot) => (at === i ? read[SLOTS.indexOf(slot as (typeof SLOTS)[number])] ?? null : countrySlot(words, at, slot, kb));
  return longestPattern(candidates.sort((a, b) => a.order - b.order).map((c) => c.pattern), words, i, kb, best, readSlot);
}

/** The longest match at `i` of `patterns`, if longer than `best` (the first of equal length wins). */
function longestPattern(patterns: readonly NamePattern[] | undefined, words: readonly string[], i: number, kb: ActorKnowledge, best: Piece | null, readSlot?: SlotReader): Piece | null {
  if (patterns === undefined) return best;
  for (const pattern of patterns) {
    const match = matchPattern(words, i, pattern, kb, readSlot);
    if (match && (best === null || match.end > best.end)) best = { kind: 'org', start: i, end: match.end, org: patternOrg(pattern, match.country, kb) };
  }
  return best;
}

/** Reused by every pieceAt (which never calls itself): the walk allocates nothing. */
const WALK: KeyNode[] = [];

function pieceAt(words: readonly string[], i: number, kb: ActorKnowledge, index: PieceIndex, texts?: readonly string[]): Piece | null {
  const start = index.starts.get(words[i]!);
  if (start === undefined) return null;
  const best = patternAt(words, i, kb, index, start);
  // The tree's nodes along the words from here, shortest first; longer keys are tried first.
  let length = 0;
  for (let node = start.node; node !== undefined; node = i + length < words.length ? node.next.get(words[i + length]!) : undefined) WALK[length++] = node;
  for (let len = length; len >= 1; len--) {
    if (best !== null && best.end >= i + len) break;
    const candidate = WALK[len - 1]!.key;
    if (candidate === null) continue;
    for (const kind of ORDER) {
      const piece = lookup(kind, candidate, i, i + len, kb);
      if (piece && casedRight(piece, texts?.[i]) && acronymRight(piece, candidate, texts?.[i])) return piece;
    }
  }
  return best;
}

function lookup(kind: (typeof ORDER)[number], key: string, start: number, end: number, kb: ActorKnowledge): Piece | null {
  if (kind === 'org') { const org = kb.orgs.get(key); return org ? { kind, start, end, org } : null; }
  if (kind === 'holder') { const holders = kb.holders.get(key); return holders ? { kind, start, end, holders } : null; }
  if (kind === 'title') { const title = kb.titles.get(key); return title ? { kind, start, end, title } : null; }
  if (kind === 'country') {
    // A plural adjective is the people ("Brazilians", "Kazakhs").
    const word = kb.countryWords.get(key) ?? (key.endsWith('s') && !key.includes(' ') ? kb.countryWords.get(key.slice(0, -1)) : undefined);
    return word && (word.kind !== 'capital' || kb.countryWords.get(key) === word) ? { kind, start, end, word } : null;
  }
  const sector = kb.sectors.get(key);
  return sector ? { kind, start, end, sector } : null;
}

/** `texts` are the words as written, when known: names must then be capitalised. */
export function findPieces(words: readonly string[], kb: ActorKnowledge, texts?: readonly string[]): Piece[] {
  const pieces: Piece[] = [];
  const index = pieceIndex(kb);
  let i = 0;
  while (i < words.length) {
    const piece = pieceAt(words, i, kb, index, texts);
    if (piece) {
      pieces.push(piece);
      i = piece.end;
    } else {
      i++;
    }
  }
  return pieces;
}
