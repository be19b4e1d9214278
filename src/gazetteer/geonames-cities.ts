/**
 * An index over a GeoNames `citiesNNN.txt` table (tab-separated, 19 columns: geonameid, name,
 * asciiname, alternatenames, latitude, longitude, feature class, feature code, country code, cc2,
 * admin1 code, admin2, admin3, admin4, population, elevation, dem, timezone, modification date).
 *
 * Built for load time and memory, since it is loaded once per process before the first place is
 * resolved: the file is read as latin1 (one char per byte, so 32 MB are not UTF-8-decoded), only each
 * row's offset and its keys are kept, and a row's fields are read, and its name decoded to UTF-8,
 * only when a lookup returns it. Keys come from the ASCII name and ASCII alternate names, so
 * non-ASCII spellings are reached through their folded form (placeKey strips accents).
 */
import type { GazetteerEntry } from './gazetteer-entry.js';
import { placeKey } from './place-key.js';
import { Admin1Centres } from './admin1-centres.js';
import type { Point } from './admin1-centres.js';

// Alternate names longer than this are descriptions or codes, never dateline words.
const MAX_ALTERNATE_LENGTH = 40;
// Alternate names are keyed only for towns this large or seats of government: they carry the old and
// foreign spellings news uses ("Kiev", "Peking", "Bombay"), and skipping the 70% of alternates that
// belong to villages halves the load time.
const ALTERNATES_FROM_POPULATION = 15_000;
const COLUMNS_READ = 15;
const TAB = '\t';
const COMMA = 44;

// Towns this large are the ones a misspelt dateline ("ALTANTA") most likely means.
const LARGE_TOWN = 100_000;

export interface CityIndex {
  readonly size: number;
  /** Rows whose name or alternate name has this key (see placeKey), main-name rows flagged. */
  lookup(key: string): readonly GazetteerEntry[];
  /** The main-name keys of towns of 100,000 people or more: candidates for a misspelt name. */
  readonly largeTownKeys: readonly string[];
  /** The centre of a first-level division (alpha-3 country, GeoNames admin1 code), from its towns; built on first use. */
  admin1Centre(country: string, admin1: string): Point | null;
}

/** Fills `tabs` with the offsets of the first 15 tabs of text[start, end); false for a short row. */
function findTabs(text: string, start: number, end: number, tabs: Int32Array): boolean {
  let at = start - 1;
  for (let column = 0; column < COLUMNS_READ; column++) {
    at = text.indexOf(TAB, at + 1);
    if (at < 0 || at >= end) return false;
    tabs[column] = at;
  }
  return true;
}

/** Field i of the row whose tabs are `tabs` (field 0 starts at `start`). */
function field(text: string, start: number, tabs: Int32Array, i: number): string {
  return text.slice(i === 0 ? start : tabs[i - 1]! + 1, tabs[i]!);
}

/** The population column read without making a string: it is consulted for every row. */
function populationOf(text: string, tabs: Int32Array): number {
  let value = 0;
  for (let at = tabs[13]! + 1; at < tabs[14]!; at++) {
    const digit = text.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) break;
    value = value * 10 + digit;
  }
  return value;
}

function isProminent(text: string, tabs: Int32Array): boolean {
  const code = tabs[6]! + 1;
  return populationOf(text, tabs) >= ALTERNATES_FROM_POPULATION || text.startsWith('PPLA', code) || text.startsWith('PPLC', code);
}

/** Calls `visit` with each ASCII alternate name of text[from, to), skipping the rest unsliced. */
function forEachAsciiAlternate(text: string, from: number, to: number, visit: (alternate: string) => void): void {
  let start = from;
  let ascii = true;
  for (let at = from; at <= to; at++) {
    const code = at === to ? COMMA : text.charCodeAt(at);
    if (code !== COMMA) {
      if (code < 32 || code > 126) ascii = false;
      continue;
    }
    if (ascii && at > start && at - start <= MAX_ALTERNATE_LENGTH) visit(text.slice(start, at));
    start = at + 1;
    ascii = true;
  }
}

/** Indexes a GeoNames table given as a latin1-decoded string; `alpha3Of` maps its 2-letter country codes. */
export function indexGeonamesCities(latin1Text: string, alpha3Of: (alpha2: string) => string | null): CityIndex {
  const text = latin1Text;
  const starts: number[] = [];
  // Most keys name one row, so a lone row is stored as a number rather than a one-element array.
  // Main-name matches are stored as row, alternate-only matches as -(row + 1).
  const keys = new Map<string, number | number[]>();
  const add = (key: string, code: number): void => {
    if (key === '') return;
    const found = keys.get(key);
    if (found === undefined) keys.set(key, code);
    else if (typeof found === 'number') {
      if (found !== code && found !== -(code + 1)) keys.set(key, [found, code]);
    } else if (!found.includes(code) && !found.includes(-(code + 1))) found.push(code);
  };
  const tabs = new Int32Array(COLUMNS_READ);
  const largeTownKeys: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (findTabs(text, start, end, tabs)) {
      const row = starts.length;
      starts.push(start);
      const key = placeKey(field(text, start, tabs, 2));
      add(key, row);
      if (populationOf(text, tabs) >= LARGE_TOWN) largeTownKeys.push(key);
      if (isProminent(text, tabs)) forEachAsciiAlternate(text, tabs[2]! + 1, tabs[3]!, (alternate) => add(placeKey(alternate), -(row + 1)));
    }
    start = end + 1;
  }

  const cache = new Map<number, GazetteerEntry | null>();
  const entryOf = (code: number): GazetteerEntry | null => {
    if (cache.has(code)) return cache.get(code)!;
    const row = code >= 0 ? code : -code - 1;
    const rowStart = starts[row]!;
    findTabs(text, rowStart, text.length, tabs);
    const country = alpha3Of(field(text, rowStart, tabs, 8));
    const entry: GazetteerEntry | null = country === null ? null : {
      name: Buffer.from(field(text, rowStart, tabs, 1), 'latin1').toString('utf8'),
      country,
      admin1: field(text, rowStart, tabs, 10) || null,
      lat: Number(field(text, rowStart, tabs, 4)),
      lon: Number(field(text, rowStart, tabs, 5)),
      population: populationOf(text, tabs),
      featureCode: field(text, rowStart, tabs, 7),
      geonameid: Number(field(text, rowStart, tabs, 0)),
      source: 'geonames',
      mainName: code >= 0,
    };
    cache.set(code, entry);
    return entry;
  };
  let centres: Admin1Centres | null = null;
  // One pass over every row, only when a division is first asked for: most runs never ask.
  const buildCentres = (): Admin1Centres => {
    const built = new Admin1Centres();
    const rowTabs = new Int32Array(COLUMNS_READ);
    for (const rowStart of starts) {
      findTabs(text, rowStart, text.length, rowTabs);
      const country = alpha3Of(field(text, rowStart, rowTabs, 8));
      const admin1 = field(text, rowStart, rowTabs, 10);
      if (country === null || admin1 === '') continue;
      built.add(country, admin1, Number(field(text, rowStart, rowTabs, 4)), Number(field(text, rowStart, rowTabs, 5)));
    }
    return built;
  };
  return {
    size: starts.length,
    largeTownKeys,
    admin1Centre(country: string, admin1: string): Point | null {
      centres ??= buildCentres();
      return centres.centre(country, admin1);
    },
    lookup(key: string): readonly GazetteerEntry[] {
      const found = keys.get(key);
      if (found === undefined) return [];
      const entries: GazetteerEntry[] = [];
      for (const code of typeof found === 'number' ? [found] : found) {
        const entry = entryOf(code);
        if (entry !== null) entries.push(entry);
      }
      return entries;
    },
  };
}
