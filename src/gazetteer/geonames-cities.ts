/**
 * An index over a GeoNames `citiesNNN.txt` table (tab-separated, 19 columns: geonameid, name,
 * asciiname, alternatenames, latitude, longitude, feature class, feature code, country code, cc2,
 * admin1 code, admin2, admin3, admin4, population, elevation, dem, timezone, modification date).
 *
 * Built for load time: the file is read as latin1 (one char per byte, so no UTF-8 decoding of 30 MB),
 * rows are kept as column arrays, and a name is decoded to UTF-8 only when a lookup returns its row.
 * Keys come from the ASCII name and the ASCII alternate names, so non-ASCII spellings are reached
 * through their folded form (placeKey strips accents).
 */
import type { GazetteerEntry } from './gazetteer-entry.js';
import { placeKey } from './place-key.js';

const ASCII_ONLY = /^[\x20-\x7e]+$/;
// Alternate names longer than this are descriptions or codes, never dateline words.
const MAX_ALTERNATE_LENGTH = 40;
// Alternate names are keyed only for towns this large or seats of government: they carry the old and
// foreign spellings news uses ("Kiev", "Peking", "Bombay"), and skipping the 70% of alternates that
// belong to villages halves the load time.
const ALTERNATES_FROM_POPULATION = 15_000;

export interface CityIndex {
  readonly size: number;
  /** Rows whose name or alternate name has this key (see placeKey), main-name rows flagged. */
  lookup(key: string): readonly GazetteerEntry[];
}

/** Indexes a GeoNames table given as a latin1-decoded string; `alpha3Of` maps its 2-letter country codes. */
export function indexGeonamesCities(latin1Text: string, alpha3Of: (alpha2: string) => string | null): CityIndex {
  const rows = new CityRows();
  // Most keys name one row, so a lone row is stored as a number rather than a one-element array.
  const keys = new Map<string, number | number[]>();
  const add = (key: string, row: number, main: boolean): void => {
    if (key === '') return;
    // Main-name matches are stored as row, alternate-only matches as -(row + 1).
    const code = main ? row : -(row + 1);
    const found = keys.get(key);
    if (found === undefined) keys.set(key, code);
    else if (typeof found === 'number') {
      if (found !== code && found !== row) keys.set(key, [found, code]);
    } else if (!found.includes(code) && !found.includes(row)) found.push(code);
  };
  let start = 0;
  while (start < latin1Text.length) {
    let end = latin1Text.indexOf('\n', start);
    if (end < 0) end = latin1Text.length;
    const row = rows.push(latin1Text, start, end, alpha3Of);
    if (row !== null) {
      add(placeKey(rows.asciiName(row)), row, true);
      if (rows.isProminent(row)) {
        rows.forEachAlternate(row, (alternate) => {
          if (alternate.length <= MAX_ALTERNATE_LENGTH && ASCII_ONLY.test(alternate)) add(placeKey(alternate), row, false);
        });
      }
    }
    start = end + 1;
  }
  const cache = new Map<number, GazetteerEntry>();
  return {
    size: rows.count,
    lookup(key: string): readonly GazetteerEntry[] {
      const found = keys.get(key);
      if (found === undefined) return [];
      return (typeof found === 'number' ? [found] : found).map((code) => {
        const cached = cache.get(code);
        if (cached) return cached;
        const entry = code >= 0 ? rows.entry(code, true) : rows.entry(-code - 1, false);
        cache.set(code, entry);
        return entry;
      });
    },
  };
}

/** Column storage for the rows; strings stay latin1 slices until a row is returned. */
class CityRows {
  count = 0;
  private readonly names: string[] = [];
  private readonly asciiNames: string[] = [];
  private readonly alternateNames: string[] = [];
  private readonly countries: string[] = [];
  private readonly admin1s: string[] = [];
  private readonly featureCodes: string[] = [];
  private readonly ids: number[] = [];
  private readonly lats: number[] = [];
  private readonly lons: number[] = [];
  private readonly populations: number[] = [];

  /** Adds the row in text[start, end); returns its number, or null for a malformed or foreign row. */
  private readonly tabs = new Int32Array(15);

  push(text: string, start: number, end: number, alpha3Of: (alpha2: string) => string | null): number | null {
    const tabs = this.tabs;
    let at = start - 1;
    for (let column = 0; column < 15; column++) {
      at = text.indexOf('\t', at + 1);
      if (at < 0 || at >= end) return null;
      tabs[column] = at;
    }
    const field = (i: number): string => text.slice(i === 0 ? start : tabs[i - 1]! + 1, tabs[i]!);
    const country = alpha3Of(field(8));
    if (country === null) return null;
    const row = this.count++;
    this.ids.push(Number(field(0)));
    this.names.push(field(1));
    this.asciiNames.push(field(2));
    this.alternateNames.push(field(3));
    this.lats.push(Number(field(4)));
    this.lons.push(Number(field(5)));
    this.featureCodes.push(field(7));
    this.countries.push(country);
    this.admin1s.push(field(10));
    this.populations.push(Number(field(14)) || 0);
    return row;
  }

  asciiName(row: number): string {
    return this.asciiNames[row]!;
  }

  /** A town with many readers or a seat of government (PPLC, PPLA, PPLA2...). */
  isProminent(row: number): boolean {
    return this.populations[row]! >= ALTERNATES_FROM_POPULATION || this.featureCodes[row]!.startsWith('PPLA') || this.featureCodes[row] === 'PPLC';
  }

  forEachAlternate(row: number, visit: (alternate: string) => void): void {
    const field = this.alternateNames[row]!;
    let from = 0;
    while (from < field.length) {
      let comma = field.indexOf(',', from);
      if (comma < 0) comma = field.length;
      visit(field.slice(from, comma));
      from = comma + 1;
    }
  }

  entry(row: number, mainName: boolean): GazetteerEntry {
    return {
      name: Buffer.from(this.names[row]!, 'latin1').toString('utf8'),
      country: this.countries[row]!,
      admin1: this.admin1s[row] || null,
      lat: this.lats[row]!,
      lon: this.lons[row]!,
      population: this.populations[row]!,
      featureCode: this.featureCodes[row]!,
      geonameid: this.ids[row]!,
      source: 'geonames',
      mainName,
    };
  }
}
