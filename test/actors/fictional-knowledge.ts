/**
 * A small fictional world for actor tests: two countries, a few groups, office-holders with dates.
 * Written in the shipped formats so that the loaders are exercised too; nothing here is real.
 */
import type { ActorKnowledge } from '../../src/actors/actor-knowledge.js';
import { createActorKnowledge } from '../../src/actors/actor-knowledge.js';
import {
  parseCountryWords, parseOfficeHolders, parseOrganisations, parsePatterns, parseSectors, parseTitles, parseWordList,
} from '../../src/actors/actor-data-loader.js';
import type { Document } from '../../src/document/document.js';
import type { Entity, EntityType } from '../../src/document/layers.js';
import { createSentenceComponent } from '../../src/components/sentences/sentence-component.js';
import { withLayer } from '../../src/document/document.js';

export const ORGS = [
  'Council of Nations\tIGO\tIGO\tCoN;the Council',
  'Council of Nations Assembly\tIGO\tIGO\tCoN Assembly;Nations Assembly',
  'Freedonian Liberation Front\tFRD\tREB\tFLF;the Front',
  'Daily Trumpet\tSYL\tJRN\tTrumpet',
].join('\n');

export const HOLDERS = [
  'Rufus Firefly\tFRD\tHOS\tPresident\t2020-01-01\t2024-06-01\tFirefly',
  'Gloria Teasdale\tFRD\tHOS\tPresident\t2024-06-01\t-\tTeasdale',
  'Chicolini Ravelli\tFRD\tFM\tForeign Minister\t2019-05-01\t-\tRavelli',
  'Trentino Ambassador\tSYL\tHOS\tPresident\t2010-01-01\t-\tTrentino',
  'Vera Marcal\tSYL\tFM\tForeign Minister\t2021-03-01\t-\tMarcal',
  'Wolf Landsman\tSYL\tDEF\tDefence Minister\t2022-01-01\t-\t-',
  'Harpo Chase\tFRD\t-\tCommander of the Freedonian Liberation Front\t2021-01-01\t-\t-',
  'Zeppo Pick\tSYL\t-\tEnvoy to the Council of Nations\t2022-01-01\t-\t-',
].join('\n');

export const TITLES = [
  'foreign minister\trole\tForeign Minister\tGOV\tFM',
  'defence minister\trole\tDefence Minister\tGOV\tDEF',
  'top diplomat\trole\tForeign Minister\tGOV\tFM',
  'president\trole\tPresident\tGOV\tHOS',
  'leader\trole\tLeader\tGOV\tHOS',
  'minister\trole\tMinister\tGOV\t-',
  'spokesman\trole\tSpokesman\tGOV\t-',
  'mayor\trole\tMayor\tGOV\t-',
  'ambassador\trole\tAmbassador\tGOV\t-',
  'counterpart\tcounterpart\t-\t-\t-',
  'former\tformer\t-\tELI\t-',
  'sayyid\thonorific\t-\t-\t-',
].join('\n');

export const SECTORS = ['soldier\tMIL\tsoldiers;troops', 'rebel\tREB\tmilitants;rebels', 'government\tGOV\tauthorities', 'police\tCOP\t-', 'gunman\tUAF\tgunmen'].join('\n');

export const PATTERNS = [
  '{country} Defense Forces\t{Country} Defense Forces\tMIL',
  '{adj} Foreign Ministry\tMinistry of Foreign Affairs of {Country}\tGOV',
  '{adj} authorities\t{Country}\tGOV',
].join('\n');

export const COUNTRY_WORDS = [
  'Freedonia\tFRD\tcountry', 'Freedonian\tFRD\tdemonym', 'Fredville\tFRD\tcapital',
  'Sylvania\tSYL\tcountry', 'Sylvanian\tSYL\tdemonym', 'Sylburg\tSYL\tcapital',
].join('\n');

export function fictionalKnowledge(extraOrgs = ''): ActorKnowledge {
  return createActorKnowledge({
    orgs: parseOrganisations(`${ORGS}\n${extraOrgs}`, 'orgs.tsv'),
    holders: parseOfficeHolders(HOLDERS, 'holders.tsv'),
    titles: parseTitles(TITLES, 'titles.tsv'),
    sectors: parseSectors(SECTORS, 'sectors.tsv'),
    patterns: parsePatterns(PATTERNS, 'patterns.tsv'),
    countryWords: parseCountryWords(COUNTRY_WORDS, 'country-words.tsv'),
    countryNames: new Map([['FRD', 'Freedonia'], ['SYL', 'Sylvania']]),
    actingVerbs: parseWordList('said\nurged\nintends', 'verbs.txt'),
  });
}

/** A document with its sentences, published on `date`. */
export function docOf(text: string, date = '2023-11-01'): Document {
  const doc: Document = { meta: { id: 't', title: null, url: null, source: null, published: date, language: 'en', author: null }, text, layers: {} };
  return withLayer(doc, 'sentences', createSentenceComponent().run(doc));
}

/**
 * Entities as the name recogniser would give them: each [surface, type, country?] is one entity, all
 * its occurrences mentions, each holding its name as recognised.
 */
export function entitiesOf(text: string, names: readonly (readonly [string, EntityType, string?])[]): Entity[] {
  return names.map(([surface, type, country], i) => {
    const mentions = [];
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      const span = { start: at, end: at + surface.length, text: surface };
      mentions.push({ ...span, kind: 'name' as const, by: 'entities.v3', names: [{ ...span, type }] });
    }
    return { id: `e${i + 1}`, name: surface, type, country: country ?? null, sector: null, role: null, mentions };
  });
}
