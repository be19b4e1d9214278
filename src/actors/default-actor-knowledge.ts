/**
 * The shipped actor knowledge: data/actors/ plus countries from the `world-countries` package, with
 * a user overlay folder read after them (its rows add to or override the shipped ones). The overlay
 * folder holds any of the same file names; it is given as an option or in DATELINE_ACTORS_OVERLAY.
 *
 * @example defaultActorKnowledge().orgs.get('hamas')?.country // => 'PSE'
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ActorKnowledge, ActorKnowledgeParts, CountryWord } from './actor-knowledge.js';
import { createActorKnowledge } from './actor-knowledge.js';
import {
  parseCountryWords, parseOfficeHolders, parseOrganisations, parsePatterns, parseSectors, parseTitles, parseWordList,
} from './actor-data-loader.js';

export const ACTOR_DATA_DIR = fileURLToPath(new URL('../../data/actors/', import.meta.url));

interface RawCountry {
  readonly name: { readonly common: string; readonly official: string };
  readonly cca3: string;
  readonly altSpellings: readonly string[];
  readonly capital?: readonly string[];
  readonly demonyms?: { readonly eng?: { readonly f: string; readonly m: string } };
}

/** world-countries writes Kosovo "UNK"; news data and NGEC write the common user-assigned "XKX". */
function alpha3Of(cca3: string): string {
  return cca3 === 'UNK' ? 'XKX' : cca3;
}

/** Country names, adjectives and capitals from world-countries, in that order of precedence. */
export function worldCountryWords(): { words: CountryWord[]; names: Map<string, string> } {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries/countries.json') as readonly RawCountry[];
  const words: CountryWord[] = [];
  const names = new Map<string, string>();
  for (const c of countries) {
    const code = alpha3Of(c.cca3);
    names.set(code, c.name.common);
    words.push({ word: c.name.common, country: code, kind: 'country' }, { word: c.name.official, country: code, kind: 'country' });
    // Two-letter spellings are ISO codes ("IN", "OR"), ordinary words in headlines.
    for (const alt of c.altSpellings) if (alt.length > 3 || /^[A-Z]{3,}$/.test(alt)) words.push({ word: alt, country: code, kind: 'country' });
  }
  for (const c of countries) {
    const d = c.demonyms?.eng;
    if (d) for (const word of new Set([d.m, d.f])) words.push({ word, country: alpha3Of(c.cca3), kind: 'demonym' });
  }
  for (const c of countries) for (const capital of c.capital ?? []) words.push({ word: capital, country: alpha3Of(c.cca3), kind: 'capital' });
  return { words, names };
}

/** The organisation files, by kind; every one has the organisations.tsv format. */
export const ORGANISATION_FILES = [
  'organisations.tsv', 'organisations-state.tsv', 'organisations-groups.tsv', 'organisations-parties.tsv',
  'organisations-companies.tsv', 'organisations-media.tsv', 'organisations-international.tsv',
] as const;

/**
 * The office-holder files in reading order: the generated Factbook file first, then the hand-written
 * ones, so that a hand-written spelling of a current holder is read last and wins (see holdersOn).
 */
export const OFFICE_HOLDER_FILES = [
  'office-holders.tsv', 'office-holders-heads.tsv', 'office-holders-officials.tsv', 'office-holders-added.tsv',
] as const;

function readParts(dir: string, required: boolean): Required<Omit<ActorKnowledgeParts, 'countryNames'>> {
  const read = <T>(name: string, parse: (text: string, file: string) => T[]): T[] => {
    const path = join(dir, name);
    if (!required && !existsSync(path)) return [];
    return parse(readFileSync(path, 'utf8'), path);
  };
  return {
    orgs: ORGANISATION_FILES.flatMap((name) => read(name, parseOrganisations)),
    holders: OFFICE_HOLDER_FILES.flatMap((name) => read(name, parseOfficeHolders)),
    titles: read('titles.tsv', parseTitles),
    sectors: read('sectors.tsv', parseSectors),
    patterns: read('patterns.tsv', parsePatterns),
    countryWords: read('country-words.tsv', parseCountryWords),
    actingVerbs: read('acting-verbs.txt', parseWordList),
    commonNames: read('common-names.txt', parseWordList),
  };
}

export interface ActorKnowledgeOptions {
  /** A folder of overlay files; default DATELINE_ACTORS_OVERLAY, else none. */
  readonly overlayDir?: string;
  /** The shipped folder; tests point it at fictional data. */
  readonly dataDir?: string;
}

export function loadActorKnowledge(options: ActorKnowledgeOptions = {}): ActorKnowledge {
  const shipped = readParts(options.dataDir ?? ACTOR_DATA_DIR, true);
  const overlayDir = options.overlayDir ?? process.env['DATELINE_ACTORS_OVERLAY'];
  const overlay = overlayDir ? readParts(overlayDir, false) : null;
  const world = worldCountryWords();
  const merge = <K extends keyof typeof shipped>(key: K): (typeof shipped)[K] =>
    (overlay ? [...shipped[key], ...overlay[key]] : shipped[key]) as (typeof shipped)[K];
  return createActorKnowledge({
    orgs: merge('orgs'), holders: merge('holders'), titles: merge('titles'), sectors: merge('sectors'),
    patterns: merge('patterns'), actingVerbs: merge('actingVerbs'), commonNames: merge('commonNames'),
    countryWords: [...world.words, ...merge('countryWords')],
    countryNames: world.names,
  });
}

let shared: ActorKnowledge | null = null;

/** The one knowledge base of this process, loaded on first use. */
export function defaultActorKnowledge(): ActorKnowledge {
  shared ??= loadActorKnowledge();
  return shared;
}
