import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../../../src/document/layers.js';
import { errorLines } from '../../../src/eval/polnear-errors.js';
import { parseAnn } from '../../../src/eval/polnear-reader.js';
import { emptyCounts, scoreArticle } from '../../../src/eval/polnear-score.js';
import { emptyTally, scorePolnearArticle } from '../../../src/eval/quote-eval.js';

// A fictional article in PolNeAR's brat standoff: a mixed attribution holding a partial quote, a
// direct quote in doubled apostrophes, and a belief nobody predicts.
const TEXT = "Lenz said the plan was “a disgrace” for the city. ''We will vote no,'' Kovac said. Marek thinks it will pass.";
const span = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
const t = (id: string, role: string, s: string) => `${id}\t${role} ${span(s).start} ${span(s).end}\t${s}`;
const ANN = [
  t('T1', 'Content', 'the plan was “a disgrace” for the city'), t('T2', 'Source', 'Lenz'), t('T3', 'Cue', 'said'),
  'E1\tAttribution:T9 Source:T2 Cue:T3 Content:T1',
  t('T4', 'Content', "''We will vote no,''"), t('T5', 'Source', 'Kovac'),
  'E2\tAttribution:T8 Source:T5 Content:T4',
  t('T6', 'Content', 'it will pass'), t('T7', 'Source', 'Marek'),
  'E3\tAttribution:T10 Source:T7 Content:T6',
].join('\n');

function quote(content: string, speaker: string, direct: boolean, rule: string): Quote {
  return { ...span(content), text: content, direct, speaker: { ...span(speaker), text: speaker, name: speaker, entity: null }, cue: null, source: null, by: 'test', rule };
}

const PARTIAL = quote('a disgrace', 'Lenz', true, 'direct.partial');
const DIRECT = quote('We will vote no', 'Kovac', true, 'direct.cue-after');

test("parseAnn: doubled apostrophes open a direct quote and mark a quoted content", () => {
  const gold = parseAnn(ANN, TEXT);
  assert.deepEqual(gold.map((g) => [g.direct, g.quoted]), [[false, true], [true, true], [false, false]]);
});

test('scoreArticle: an unmatched prediction inside a dontCare attribution is not counted; elsewhere it is', () => {
  const gold = parseAnn(ANN, TEXT);
  const directGold = gold.filter((g) => g.direct);
  const lenient = emptyCounts();
  scoreArticle(TEXT, [PARTIAL, DIRECT], directGold, lenient, gold.filter((g) => g.quoted && !g.direct));
  assert.deepEqual([lenient.predicted, lenient.overlap], [1, 1]);
  const strict = emptyCounts();
  scoreArticle(TEXT, [PARTIAL, DIRECT], directGold, strict);
  assert.deepEqual([strict.predicted, strict.overlap], [2, 1]);
});

test('scorePolnearArticle: the direct row leaves partial quotes out, the strict row counts them wrong', () => {
  const tally = emptyTally();
  const errors = scorePolnearArticle({ id: 'a1', text: TEXT, attributions: parseAnn(ANN, TEXT) }, [PARTIAL, DIRECT], tally, new Set(['FP', 'FN']));
  assert.equal(tally.direct.predicted, 1);
  assert.equal(tally.directStrict.predicted, 2);
  assert.equal(tally.all.overlap, 2);
  // The belief is missed in the all row; the direct row has no error at all.
  assert.deepEqual(errors.map((line) => line.split('\t').slice(0, 2).join(' ')), ['all FN']);
  assert.match(errors[0]!, /"it will pass"\tMarek$/);
});

test('errorLines: a matched pair with the wrong speaker, and one not exact', () => {
  const gold = parseAnn(ANN, TEXT);
  const wrong = quote('We will vote no', 'Lenz', true, 'direct.cue-after');
  const counts = emptyCounts();
  const matching = scoreArticle(TEXT, [wrong], gold, counts);
  const lines = errorLines('a1', TEXT, matching, gold, new Set(['SPEAKER', 'SPAN']));
  assert.equal(lines.length, 1);
  assert.match(lines[0]!, /^SPEAKER\ta1\tdirect\.cue-after\t-\t"We will vote no"\tLenz=>Lenz\tgold Kovac/);
});
