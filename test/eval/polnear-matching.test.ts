import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../../src/document/layers.js';
import { halfOf, parseAnn } from '../../src/eval/polnear-reader.js';
import { emptyCounts, matchArticle, scoreArticle } from '../../src/eval/polnear-score.js';

// Two gold attributions side by side: "admitted" with a short content, and a nested-looking
// "reported" whose content is longer. A prediction with the cue "admitted" whose content runs on
// over the second one is the "admitted" attribution.
const TEXT = 'The ministry admitted it made a mistake when a local doctor reported high lead levels in the water.';
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
const bound = (id: string, role: string, s: string) => `${id}\t${role} ${at(s).start} ${at(s).end}\t${s}`;
const ANN = [
  bound('T1', 'Source', 'The ministry'), bound('T2', 'Cue', 'admitted'), bound('T3', 'Content', 'it made a mistake'),
  'E1\tAttribution:T9 Source:T1 Cue:T2 Content:T3',
  bound('T4', 'Source', 'a local doctor'), bound('T5', 'Cue', 'reported'), bound('T6', 'Content', 'high lead levels in the water'),
  'E2\tAttribution:T8 Source:T4 Cue:T5 Content:T6',
].join('\n');

const content = 'it made a mistake when a local doctor reported high lead levels in the water';
const PREDICTED: Quote = {
  ...at(content), text: content, direct: false, by: 'test', source: null,
  speaker: { ...at('The ministry'), text: 'The ministry', name: 'The ministry', entity: null },
  cue: { ...at('admitted'), text: 'admitted' },
};

test('cue-first matching pairs a prediction with the gold attribution of its cue', () => {
  const gold = parseAnn(ANN, TEXT);
  assert.deepEqual(matchArticle([PREDICTED], gold).pairs, [{ p: 0, g: 0 }]);
  const counts = emptyCounts();
  scoreArticle(TEXT, [PREDICTED], gold, counts);
  assert.equal(counts.speakerRight, 1);
});

test('overlap matching pairs it with the gold attribution it overlaps most (the scorer before quotes.v4)', () => {
  const gold = parseAnn(ANN, TEXT);
  assert.deepEqual(matchArticle([PREDICTED], gold, 'overlap').pairs, [{ p: 0, g: 1 }]);
  const counts = emptyCounts();
  scoreArticle(TEXT, [PREDICTED], gold, counts, [], 'overlap');
  assert.equal(counts.speakerJudged, 1);
  assert.equal(counts.speakerRight, 0);
});

test('halfOf: the first half holds the odd article; no half is everything', () => {
  assert.deepEqual(halfOf(['a', 'b', 'c'], 'first'), ['a', 'b']);
  assert.deepEqual(halfOf(['a', 'b', 'c'], 'second'), ['c']);
  assert.deepEqual(halfOf(['a', 'b', 'c'], undefined), ['a', 'b', 'c']);
});
