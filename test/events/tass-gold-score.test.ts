/**
 * Scoring events against seed-layout gold (src/eval/event-tass-score.ts): code prefixes and "|"
 * alternatives, the three levels, one-to-one matching and the predictions that match nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matches, scoreArticle, type GoldEvent, type PredictedEvent } from '../../src/eval/event-tass-score.js';

const predicted = (cameo: string, source: string | null, target: string | null): PredictedEvent => ({ cameo, source, target, date: null, text: cameo });

const ATTACK: GoldEvent = { id: 'attack', cameo: '18|19', source: 'PSE', target: 'ISR' };
const CALL: GoldEvent = { id: 'call', cameo: '041', source: 'CHN', target: 'OMN' };
const STATEMENT: GoldEvent = { id: 'said', cameo: '010', source: 'RUS' };

const LEVELS: Array<[GoldEvent, PredictedEvent, boolean, boolean, boolean]> = [
  [ATTACK, predicted('195', 'PSE', 'ISR'), true, true, true],
  [ATTACK, predicted('181', 'PSE', 'USA'), true, true, false],
  [ATTACK, predicted('190', 'ISR', 'PSE'), true, false, false],
  [ATTACK, predicted('173', 'PSE', 'ISR'), false, false, false],
  [CALL, predicted('04', 'CHN', 'OMN'), false, false, false],
  [STATEMENT, predicted('010', 'RUS', 'UKR'), true, true, true],
];

for (const [gold, event, code, source, dyad] of LEVELS) {
  test(`${gold.id} vs ${event.cameo} ${event.source}>${event.target}: code ${code}, source ${source}, dyad ${dyad}`, () => {
    assert.deepEqual([matches(gold, event, 'code'), matches(gold, event, 'source'), matches(gold, event, 'dyad')], [code, source, dyad]);
  });
}

test('one prediction matches one gold event; unmatched predictions are extras', () => {
  const twin: GoldEvent = { ...ATTACK, id: 'second attack' };
  const score = scoreArticle([ATTACK, twin, CALL], [predicted('190', 'PSE', 'ISR'), predicted('041', 'CHN', null), predicted('111', 'USA', null)]);
  assert.deepEqual(score.counts.dyad, { tp: 1, fp: 2, fn: 2 });
  assert.deepEqual(score.counts.source, { tp: 2, fp: 1, fn: 1 });
  assert.deepEqual(score.gold.map((entry) => entry.level), ['dyad', null, 'source']);
  assert.deepEqual(score.extra.map((event) => event.cameo), ['111']);
});
