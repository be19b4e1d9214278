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

const written = (phrase: string, base = kb): string[] => {
  const texts = phrase.split(' ');
  return findPieces(texts.map((t) => t.toLowerCase()), base, texts).map((p) => `${p.kind} ${p.start}-${p.end}${p.kind === 'org' ? ` ${p.org.name}` : ''}`);
};

test('findPieces: the longest key starting at a word wins, and a shorter one is kept where the longer does not go on', () => {
  assert.deepEqual(written('the Council of Nations Assembly met'), ['org 1-5 Council of Nations Assembly']);
  assert.deepEqual(written('the Council of Nations met'), ['org 1-4 Council of Nations']);
  // "Nations" is a prefix only ("Nations Assembly"): nothing is found where the phrase stops there.
  assert.deepEqual(written('the Nations of the world'), []);
  assert.deepEqual(written('the Nations Assembly met'), ['org 1-3 Council of Nations Assembly']);
});

test('findPieces: an acronym is found in capitals only, again on a later call for the same organisation', () => {
  assert.deepEqual(written('FLF fighters and the FLF'), ['org 0-1 Freedonian Liberation Front', 'org 4-5 Freedonian Liberation Front']);
  assert.deepEqual(written('Flf fighters'), []);
});

test('findPieces: a copy of the knowledge base with a table replaced reads its own keys', () => {
  const orgs = new Map(kb.orgs);
  orgs.set('harbour authority of sylburg', { name: 'Harbour Authority of Sylburg', country: 'SYL', sector: 'GOV', variants: [] });
  const prefixes = new Set([...kb.prefixes, 'harbour', 'harbour authority', 'harbour authority of']);
  const copy = { ...kb, orgs, prefixes, maxTokens: Math.max(kb.maxTokens, 4) };
  assert.deepEqual(written('the Harbour Authority of Sylburg said', copy), ['org 1-5 Harbour Authority of Sylburg']);
  assert.deepEqual(written('the Harbour Authority of Sylburg said'), ['country 4-5']);
});
