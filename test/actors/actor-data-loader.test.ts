import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  parseCountryWords, parseOfficeHolders, parseOrganisations, parsePatterns, parseTitles, parseWordList,
} from '../../src/actors/actor-data-loader.js';
import { loadActorKnowledge } from '../../src/actors/default-actor-knowledge.js';
import { phraseKey } from '../../src/actors/actor-knowledge.js';
import { tempDir } from '../helpers/collect.js';

function problemsOf(run: () => unknown): readonly string[] {
  try {
    run();
  } catch (error) {
    return (error as { problems?: readonly string[] }).problems ?? [String(error)];
  }
  return [];
}

// [what, run, expected problems]
const BAD: readonly (readonly [string, () => unknown, readonly string[]])[] = [
  ['a bad country code', () => parseOrganisations('# c\nFront\tFreedonia\tREB\t-\n', 'o.tsv'), ['o.tsv:2: country "Freedonia" is not valid (write ^(?:[A-Z]{3}|IGO)$ or -)']],
  ['a missing column', () => parseOrganisations('Front\tFRD\tREB\n', 'o.tsv'), ['o.tsv:1: expected 4 tab-separated columns (canonical, country, sector, variants), found 3']],
  ['an end before the start', () => parseOfficeHolders('A B\tFRD\tHOS\tPresident\t2024-01-01\t2023-01-01\t-\n', 'h.tsv'), ['h.tsv:1: the end 2023-01-01 is not after the start 2024-01-01']],
  ['an unknown office', () => parseOfficeHolders('A B\tFRD\tPM\tPremier\t-\t-\t-\n', 'h.tsv'), ['h.tsv:1: office "PM" is not one of HOS, HOG, FM, DEF, INT, FIN, CBG or -']],
  ['a role line without a role', () => parseTitles('envoy\trole\t-\tGOV\t-\n', 't.tsv'), ['t.tsv:1: a role line needs the role it names']],
  ['a pattern without a slot', () => parsePatterns('Defense Forces\tX\tMIL\n', 'p.tsv'), ['p.tsv:1: a pattern needs exactly one {country} or {adj} slot, found 0']],
  ['a bad word kind', () => parseCountryWords('Fredville\tFRD\tcity\n', 'w.tsv'), ['w.tsv:1: kind "city" is not one of country, demonym, capital']],
  ['two words on a line', () => parseWordList('said\nhas said\n', 'v.txt'), ['v.txt:2: "has said" has a space: write one word a line']],
];

for (const [what, run, expected] of BAD) {
  test(`a data file with ${what} is refused with its line number`, () => assert.deepEqual(problemsOf(run), expected));
}

test('every shipped file in data/actors loads', () => {
  const kb = loadActorKnowledge({ overlayDir: tempDir({}) });
  assert.ok(kb.orgs.size > 100 && kb.holders.size > 300 && kb.titles.size > 50 && kb.patterns.length > 10);
});

test('an overlay file adds an actor and overrides a shipped one', () => {
  const overlay = tempDir({ 'organisations.tsv': 'Freedonian Liberation Front\tFRD\tREB\tFLF\nHamas\tPSE\tPTY\t-\n' });
  const kb = loadActorKnowledge({ overlayDir: overlay });
  assert.equal(kb.orgs.get(phraseKey('FLF'))?.country, 'FRD');
  assert.equal(kb.orgs.get(phraseKey('Hamas'))?.sector, 'PTY');
});
