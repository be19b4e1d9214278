import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../../src/document/layers.js';
import { parseAnn } from '../../src/eval/polnear-reader.js';
import { emptyCounts, exactKey, figures, scoreArticle } from '../../src/eval/polnear-score.js';

// A fictional article in brat standoff, as PolNeAR writes it: one direct quote with a cue in the
// middle (two content fragments) and one indirect attribution.
const TEXT = '“We are ready,” Lenz said, “to sign today.” Kovac said the deal was dead.';
const part = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
const ANN = [
  `T1\tContent ${part('“We are ready,”').start} ${part('“We are ready,”').end};${part('“to sign today.”').start} ${part('“to sign today.”').end}\t“We are ready,” “to sign today.”`,
  `T2\tSource ${part('Lenz').start} ${part('Lenz').end}\tLenz`,
  `T3\tCue ${part('said,').start} ${part('said,').start + 4}\tsaid`,
  'E1\tAttribution:T9 Source:T2 Cue:T3 Content:T1',
  `T4\tContent ${part('the deal was dead').start} ${part('the deal was dead').end}\tthe deal was dead`,
  `T5\tSource ${part('Kovac').start} ${part('Kovac').end}\tKovac`,
  'E2\tAttribution:T8 Source:T5 Content:T4',
].join('\n');

function quote(content: string, speaker: string, cue: string | null, direct: boolean): Quote {
  const c = part(content);
  const s = part(speaker);
  const cueSpan = cue === null ? null : { ...part(cue), text: cue };
  return { ...c, text: content, direct, speaker: { ...s, text: speaker, name: speaker, entity: null }, cue: cueSpan, source: null, by: 'test' };
}

test('parseAnn: attributions with fragments, source and cue; direct when the content opens with a mark', () => {
  const gold = parseAnn(ANN, TEXT);
  assert.equal(gold.length, 2);
  assert.equal(gold[0]!.fragments.length, 2);
  assert.equal(gold[0]!.direct, true);
  assert.deepEqual(gold[0]!.source, part('Lenz'));
  assert.equal(gold[1]!.direct, false);
  assert.equal(gold[1]!.cue, null);
});

test('scoreArticle: quotes sharing a cue form one attribution; speakers judged on matched pairs', () => {
  const gold = parseAnn(ANN, TEXT);
  const counts = emptyCounts();
  const said = TEXT.indexOf('said,');
  const first = quote('We are ready', 'Lenz', null, true);
  const second = quote('to sign today.', 'Lenz', null, true);
  const cue = { start: said, end: said + 4, text: 'said' };
  scoreArticle(TEXT, [{ ...first, cue }, { ...second, cue }, quote('the deal was dead', 'Lenz', null, false)], gold, counts);
  // Both exact: the grouped quote spans the gold extent, marks aside; the second speaker is wrong.
  assert.deepEqual(counts, { predicted: 2, gold: 2, overlap: 2, exact: 2, speakerJudged: 2, speakerRight: 1, speakerExact: 1, speakerRelative: 1 });
});

test('exactKey and figures', () => {
  assert.equal(exactKey('“that the deal was dead.”'), 'the deal was dead');
  assert.deepEqual(figures(1, 2, 4), { precision: 0.5, recall: 0.25, f1: 1 / 3 });
  assert.deepEqual(figures(0, 0, 0), { precision: 0, recall: 0, f1: 0 });
});
