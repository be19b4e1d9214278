/**
 * What the gazetteer knows about one place. Countries are ISO 3166-1 alpha-3; `admin1` is the
 * GeoNames first-level division code of the place's country (for the USA the state's postal code,
 * for Canada "08" = Ontario, for Russia "42" = Leningrad Region).
 */
export type EntrySource = 'geonames' | 'countries' | 'project';

export interface GazetteerEntry {
  readonly name: string;
  readonly country: string;
  readonly admin1: string | null;
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
  /** GeoNames feature code: PPLC is a national capital, PPLA a first-level seat; PCLI marks a country. */
  readonly featureCode: string;
  readonly geonameid: number | null;
  readonly source: EntrySource;
  /** True when the key matched the entry's main name, false when only an alternate name matched. */
  readonly mainName: boolean;
}

/** A first-level division or an equivalent region, used to read qualifiers ("PORTLAND, Maine"). */
export interface RegionEntry {
  readonly name: string;
  readonly country: string;
  /** GeoNames admin1 code, or null for a region that spans several ("Siberia"). */
  readonly admin1: string | null;
}

export interface CountryEntry {
  readonly name: string;
  readonly alpha3: string;
  readonly alpha2: string;
  readonly capital: string | null;
  readonly lat: number;
  readonly lon: number;
}

/** How precisely an area's coordinates place it: a whole region, a first-level division, a town, a point. */
export type AreaKind = 'region' | 'admin1' | 'city' | 'point';

/**
 * A territory, region, sea, continent or landmark from data/gazetteer/areas.tsv, or a first-level
 * division's centre written there because the towns' spread misplaces it (Ontario, Alaska).
 */
export interface AreaEntry {
  readonly name: string;
  readonly kind: AreaKind;
  /** ISO 3166-1 alpha-3, or null for an area across several countries (Middle East, Red Sea). */
  readonly country: string | null;
  readonly admin1: string | null;
  readonly lat: number;
  readonly lon: number;
}
