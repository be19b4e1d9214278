import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createActorKnowledge } from '../../src/actors/actor-knowledge.js';
import type { ActorKnowledge } from '../../src/actors/actor-knowledge.js';
import { parseCountryWords, parseOfficeHolders, parseOrganisations, parsePatterns, parseSectors, parseTitles, parseWordList } from '../../src/actors/actor-data-loader.js';
import { resolveEntities } from '../../src/actors/entity-resolver.js';
import type { Entity } from '../../src/document/layers.js';
import { COUNTRY_WORDS, HOLDERS, ORGS, PATTERNS, SECTORS, TITLES, docOf, entitiesOf } from './fictional-knowledge.js';

/** The fictional world with extra office-holder rows, an honorific and a list of common names. */
function knowledge(extraHolders: readonly string[] = [], commonNames: readonly string[] = []): ActorKnowledge {
  return createActorKnowledge({
    orgs: parseOrganisations(ORGS, 'orgs.tsv'),
    holders: parseOfficeHolders([HOLDERS, ...extraHolders].join('\n'), 'holders.tsv'),
    titles: parseTitles(`${TITLES}\nmr\thonorific\t-\t-\t-`, 'titles.tsv'),
    sectors: parseSectors(SECTORS, 'sectors.tsv'),
    patterns: parsePatterns(PATTERNS, 'patterns.tsv'),
    countryWords: parseCountryWords(COUNTRY_WORDS, 'country-words.tsv'),
    countryNames: new Map([['FRD', 'Freedonia'], ['SYL', 'Sylvania']]),
    actingVerbs: parseWordList('said\nurged', 'verbs.txt'),
    commonNames,
  });
}

const kb = knowledge();
const DRIFTWOOD = 'Otis Driftwood\tSYL\tHOG\tPrime Minister\t2020-01-01\t-\tDriftwood';

/** Each person as "name country role: mention@start …". */
const people = (entities: readonly Entity[]): string[] => entities.filter((e) => e.type === 'PERSON')
  .map((e) => `${e.name} ${e.country} ${e.role}: ${e.mentions.filter((m) => m.kind === 'name').map((m) => `${m.text}@${m.start}`).join(' ')}`);

test('a surname the name model left out at the start of a sentence joins the person named in full before', () => {
  const text = 'Hugo Pickwick arrived in Fredville on Monday. Pickwick held talks with officials.';
  const resolved = resolveEntities(entitiesOf(text, [['Hugo Pickwick', 'PERSON'], ['Fredville', 'CITY', 'FRD']]), docOf(text), kb);
  assert.deepEqual(people(resolved), [`Hugo Pickwick null null: Hugo Pickwick@0 Pickwick@${text.indexOf('Pickwick held')}`]);
});

test('a lone surname of the article takes the country and role of the person named in full', () => {
  const text = 'Freedonian Foreign Minister Chicolini Ravelli landed. Ravelli thanked his hosts.';
  const resolved = resolveEntities(entitiesOf(text, [['Freedonian', 'NORP', 'FRD'], ['Chicolini Ravelli', 'PERSON']]), docOf(text), kb);
  assert.deepEqual(people(resolved), [`Chicolini Ravelli FRD Foreign Minister: Chicolini Ravelli@28 Ravelli@${text.indexOf('Ravelli thanked')}`]);
});

test('an office-holder\'s surname alone, with no full name in the article, resolves through the knowledge', () => {
  const text = 'Ravelli thanked Marcal for the talks.';
  const resolved = resolveEntities([], docOf(text), kb);
  assert.deepEqual(people(resolved), ['Chicolini Ravelli FRD Foreign Minister: Ravelli@0', 'Vera Marcal SYL Foreign Minister: Marcal@16']);
});

test('a surname of the knowledge after "from" or "to" is a person; after "in" or "on" it is left alone', () => {
  const text = 'A letter from Marcal reached Fredville. Talks in Ravelli ended.';
  const resolved = resolveEntities([], docOf(text), kb);
  assert.deepEqual(people(resolved), ['Vera Marcal SYL Foreign Minister: Marcal@14']);
});

test('"Mr X" that the name model called an organisation is the person of that surname', () => {
  const text = 'Wolf Landsman spoke first. Mr Landsman said the border would stay open.';
  const found = entitiesOf(text, [['Wolf Landsman', 'PERSON'], ['Mr Landsman', 'ORG']]);
  const resolved = resolveEntities(found, docOf(text), kb);
  assert.deepEqual(people(resolved), ['Wolf Landsman SYL Defence Minister: Wolf Landsman@0 Mr Landsman@27']);
  const mr = resolved.flatMap((e) => e.mentions).find((m) => m.text === 'Mr Landsman')!;
  assert.deepEqual(mr.names?.map((n) => n.type), ['PERSON']);
});

test('an office-holder\'s name the model called an organisation is that person', () => {
  const text = 'Talks with Marcal ended early.';
  const resolved = resolveEntities(entitiesOf(text, [['Marcal', 'ORG']]), docOf(text), kb);
  assert.deepEqual(people(resolved), ['Vera Marcal SYL Foreign Minister: Marcal@11']);
});

test('a surname two people of the knowledge share names neither of them', () => {
  const text = 'Mr Driftwood said the budget was sound.';
  const found = (): Entity[] => entitiesOf(text, [['Mr Driftwood', 'PERSON']]);
  // With one Driftwood in the knowledge, the surname is his.
  assert.equal(resolveEntities(found(), docOf(text), knowledge([DRIFTWOOD]))[0]!.country, 'SYL');
  const shared = knowledge([DRIFTWOOD, 'Hugo Driftwood\tFRD\t-\tMayor of Fredville\t2018-01-01\t-\t-']);
  const [person] = resolveEntities(found(), docOf(text), shared);
  assert.deepEqual([person!.type, person!.country, person!.role], ['PERSON', null, null]);
  // The full name still resolves.
  const full = 'Otis Driftwood said the budget was sound.';
  assert.equal(resolveEntities(entitiesOf(full, [['Otis Driftwood', 'PERSON']]), docOf(full), shared)[0]!.country, 'SYL');
});

test('the same person in two rows (another spelling, an overlapping term) keeps the surname', () => {
  const rows = [DRIFTWOOD, 'Otis J. Driftwood\tSYL\tHOS\tPresident\t2022-01-01\t-\tDriftwood'];
  const text = 'Driftwood said the budget was sound.';
  const resolved = resolveEntities(entitiesOf(text, [['Driftwood', 'PERSON']]), docOf(text), knowledge(rows));
  assert.equal(resolved[0]!.country, 'SYL');
});

test('a surname that is a common name of the list names no one alone', () => {
  const text = 'Teasdale said the budget was sound.';
  const found = (): Entity[] => entitiesOf(text, [['Teasdale', 'PERSON']]);
  assert.equal(resolveEntities(found(), docOf(text), kb)[0]!.country, 'FRD');
  assert.equal(resolveEntities(found(), docOf(text), knowledge([], ['teasdale']))[0]!.country, null);
});

test('a lone capital that is part of a longer name, a date or a place is no surname mention', () => {
  const text = 'Ravelli Street was closed. The summit opens on Marcal. Hugo Pickwick came. The Pickwick Hotel is full.';
  const resolved = resolveEntities(entitiesOf(text, [['Hugo Pickwick', 'PERSON']]), docOf(text), kb);
  assert.deepEqual(people(resolved), [`Hugo Pickwick null null: Hugo Pickwick@${text.indexOf('Hugo')}`]);
});
