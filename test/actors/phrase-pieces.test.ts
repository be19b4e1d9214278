import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createActorKnowledge } from '../../src/actors/actor-knowledge.js';
import { parseCountryWords, parseOfficeHolders, parseOrganisations, parsePatterns, parseSectors, parseTitles, parseWordList } from '../../src/actors/actor-data-loader.js';
import { findPieces } from '../../src/actors/phrase-pieces.js';
import { COUNTRY_WORDS, HOLDERS, ORGS, SECTORS, TITLES } from './fictional-knowledge.js';

// Slot-first patterns of every shape: a literal after the slot, two of one length, the slot alone.
const PATTERNS = [
  '{adj} Foreign Ministry\tMinistry of Foreign Affairs of {Country}\tGOV',
  '{country} Defense Forces\t{Country} Defense Forces\tMIL',
  '{adj} Coast Guard\t{Country} Coast Guard\tMIL',
  '{country} Coast Guard\tCoast Guard of {Country}\tMIL',
  '{country}\t{Country} State\tGOV',
].join('\n');

const kb = createActorKnowledge({
  orgs: parseOrganisations(ORGS, 'orgs.tsv'), holders: parseOfficeHolders(HOLDERS, 'holders.tsv'), titles: parseTitles(TITLES, 'titles.tsv'),
  sectors: parseSectors(SECTORS, 'sectors.tsv'), patterns: parsePatterns(PATTERNS, 'patterns.tsv'), countryWords: parseCountryWords(COUNTRY_WORDS, 'country-words.tsv'),
  countryNames: new Map([['FRD', 'Freedonia'], ['SYL', 'Sylvania']]), actingVerbs: parseWordList('said', 'verbs.txt'),
});

const pieces = (phrase: string): string[] => findPieces(phrase.toLowerCase().split(' '), kb).map((p) => `${p.kind} ${p.start}-${p.end}${p.kind === 'org' ? ` ${p.org.name}` : ''}`);

// [phrase, pieces]
const CASES: readonly (readonly [string, readonly string[]])[] = [
  ['the Sylvanian Foreign Ministry said', ['org 1-4 Ministry of Foreign Affairs of Sylvania']],
  ['Freedonia Defense Forces', ['org 0-3 Freedonia Defense Forces']],
  // A demonym fills only an {adj} slot.
  ['Freedonian Defense Forces', ['country 0-1']],
  // Two patterns of one length: the first in the data wins.
  ['Sylvania Coast Guard', ['org 0-3 Sylvania Coast Guard']],
  // The slot alone is tried wherever a country word reads.
  ['Sylvania Coast', ['org 0-1 Sylvania State']],
  ['Freedonian Coast', ['country 0-1']],
];

for (const [phrase, expected] of CASES) {
  test(`findPieces: ${phrase}`, () => {
    assert.deepEqual(pieces(phrase), expected);
  });
}
