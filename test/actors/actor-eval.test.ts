import { test } from 'node:test';
import assert from 'node:assert/strict';
import { caseDate, scoreNgecCases } from '../../src/eval/actor-eval.js';
import { fictionalKnowledge } from './fictional-knowledge.js';

const line = (args: string[], expect: [string, string, unknown][]): string =>
  JSON.stringify({ test: 't', method: 'agent_to_code', args, expect: expect.map(([field, op, value]) => ({ field, op, value })) });

test('country and sector accuracy count each case once, IGO standing for UNO', () => {
  const lines = [
    line(['Freedonian Foreign Minister', '', 'Today'], [['country', 'Eq', 'FRD'], ['code_1', 'Eq', 'GOV']]),
    line(['Council of Nations'], [['country', 'Eq', 'UNO']]),
    line(['Otis Driftwood'], [['country', 'Eq', 'SYL'], ['code_1', 'Eq', 'GOV']]),
    line(['Foreign Minister', 'Sylvanian'], [['country', 'Eq', 'SYL']]),
  ];
  const s = scoreNgecCases(lines, fictionalKnowledge(), '2024-05-29');
  assert.deepEqual([s.countryCorrect, s.countryTotal, s.sectorCorrect, s.sectorTotal], [3, 4, 1, 2]);
});

test('case dates: "today", ISO and written dates', () => {
  assert.deepEqual([caseDate('Today', '2024-05-29'), caseDate('2022-01-01', 'x'), caseDate('10 May 2015', 'x')], ['2024-05-29', '2022-01-01', '2015-05-10']);
});

test('a case dated by its keyword query_date is resolved on that day', () => {
  const dated = (kwargs: object): string => JSON.stringify({ test: 't', method: 'agent_to_code', args: ['Rufus Firefly'], kwargs, expect: [{ field: 'code_1', op: 'Eq', value: 'GOV' }] });
  // In office until 2024-06-01: the government on 2023-01-01, a former holder (ELI) on "today".
  const s = scoreNgecCases([dated({ query_date: '2023-01-01' }), dated({})], fictionalKnowledge(), '2025-01-01');
  assert.deepEqual([s.sectorCorrect, s.sectorTotal], [1, 2]);
});
