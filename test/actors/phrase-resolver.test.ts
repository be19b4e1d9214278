import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolvePhrase } from '../../src/actors/phrase-resolver.js';
import { fictionalKnowledge } from './fictional-knowledge.js';

const kb = fictionalKnowledge();

// [phrase, date, name, country, sector, role]
const CASES: readonly (readonly [string, string, string | null, string | null, string | null, string | null])[] = [
  ['Freedonian Foreign Minister Chicolini Ravelli', '2023-11-01', 'Chicolini Ravelli', 'FRD', 'GOV', 'Foreign Minister'],
  ['Ravelli', '2023-11-01', 'Chicolini Ravelli', 'FRD', 'GOV', 'Foreign Minister'],
  ['the Freedonian president', '2023-11-01', 'Rufus Firefly', 'FRD', 'GOV', 'President'],
  ['the Freedonian president', '2025-02-01', 'Gloria Teasdale', 'FRD', 'GOV', 'President'],
  ['Rufus Firefly', '2025-02-01', 'Rufus Firefly', 'FRD', 'ELI', null],
  ['former President Rufus Firefly', '2023-01-01', 'Rufus Firefly', 'FRD', 'ELI', 'President'],
  ['CoN Assembly', '2023-11-01', 'Council of Nations Assembly', 'IGO', 'IGO', null],
  ['the Council', '2023-11-01', 'Council of Nations', 'IGO', 'IGO', null],
  ['FLF', '2023-11-01', 'Freedonian Liberation Front', 'FRD', 'REB', null],
  ['Sylvania Defense Forces', '2023-11-01', 'Sylvania Defense Forces', 'SYL', 'MIL', null],
  ['the Sylvanian Foreign Ministry', '2023-11-01', 'Ministry of Foreign Affairs of Sylvania', 'SYL', 'GOV', null],
  ['Sylvania Defense Forces Spokesman Hugo Pick', '2023-11-01', 'Hugo Pick', 'SYL', 'MIL', 'Sylvania Defense Forces Spokesman'],
  ['Sylvanian soldiers', '2023-11-01', null, 'SYL', 'MIL', null],
  ['Freedonian authorities', '2023-11-01', 'Freedonia', 'FRD', 'GOV', null],
  ['Fredville', '2023-11-01', 'Freedonia', 'FRD', 'GOV', null],
  // A plural adjective alone is the people: civilians; the adjective alone is only the country.
  ['Freedonians', '2023-11-01', 'Freedonia', 'FRD', 'CVL', null],
  ['Freedonian', '2023-11-01', 'Freedonia', 'FRD', null, null],
  // An office-holder's sector follows the title's organisation; an office by date beyond HOS/HOG/FM.
  ['Harpo Chase', '2023-11-01', 'Harpo Chase', 'FRD', 'REB', 'Commander of the Freedonian Liberation Front'],
  ['Zeppo Pick', '2023-11-01', 'Zeppo Pick', 'SYL', 'GOV', 'Envoy to the Council of Nations'],
  ['the Sylvanian defence minister', '2023-11-01', 'Wolf Landsman', 'SYL', 'GOV', 'Defence Minister'],
  // An armed group's gunmen are the group; a country's gunmen stay unidentified.
  ['FLF gunmen', '2023-11-01', 'Freedonian Liberation Front', 'FRD', 'REB', null],
  ['Freedonian gunmen', '2023-11-01', null, 'FRD', 'UAF', null],
  // A title before its organisation is written whole; "of" and a place after a title is no name.
  ['spokesman of the Freedonian Liberation Front', '2023-11-01', null, 'FRD', 'REB', 'spokesman of the Freedonian Liberation Front'],
  ['the mayor of Groucho City', '2023-11-01', null, null, 'GOV', 'Mayor'],
  // "-based" names a home country; "-backed" a sponsor, not a country of the group.
  ['a Freedonia-based rebels group', '2023-11-01', null, 'FRD', 'REB', null],
  ['Freedonia-backed rebels', '2023-11-01', null, null, 'REB', null],
  ['police', '2023-11-01', null, null, 'COP', null],
  ['Council of Nations soldiers', '2023-11-01', 'Council of Nations', 'IGO', 'MIL', null],
  ['Sylvanian Ambassador to the Council of Nations', '2023-11-01', null, 'SYL', 'GOV', 'Ambassador'],
];

for (const [phrase, date, name, country, sector, role] of CASES) {
  test(`resolves "${phrase}" on ${date}`, () => {
    const found = resolvePhrase(phrase, date, kb);
    assert.deepEqual([found.name, found.country, found.sector, found.role], [name, country, sector, role]);
  });
}

test('a counterpart is flagged, taking its country from the adjective', () => {
  const found = resolvePhrase('his Sylvanian counterpart Vera Marcal', '2023-11-01', kb);
  assert.equal(found.counterpart, true);
  assert.equal(found.country, 'SYL');
});

// Known misses, kept visible: a person the knowledge base does not list has no country from the name alone.
test.todo('an unlisted foreign minister is placed by a later mention of the country ("Foreign Minister Otis Driftwood" … Sylvania)');
