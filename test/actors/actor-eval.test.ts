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
