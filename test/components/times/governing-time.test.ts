import { test } from 'node:test';
import assert from 'node:assert/strict';
import { governingTime } from '../../../src/components/times/governing-time.js';
import { withLayer } from '../../../src/document/document.js';
import { docOf, timesIn } from './time-helpers.js';

function docWithTimes(text: string) {
  return withLayer(docOf(text, '2023-11-01'), 'times', timesIn(text));
}

test('governingTime: the time after the verb in the same sentence', () => {
  const text = 'Yesterday the army said militants attacked the town on October 7.';
  const doc = docWithTimes(text);
  const verb = text.indexOf('attacked');
  assert.equal(governingTime(doc, { start: verb, end: verb + 8 })?.text, 'October 7');
});

test('governingTime: the nearest time before the verb when none follows', () => {
  const text = 'On Monday the minister resigned.';
  const doc = docWithTimes(text);
  const verb = text.indexOf('resigned');
  assert.equal(governingTime(doc, { start: verb, end: verb + 8 })?.value, '2023-10-30');
});

test('governingTime: never a time from another sentence', () => {
  const text = 'Talks began on Monday. The envoy left.';
  const doc = docWithTimes(text);
  const verb = text.indexOf('left');
  assert.equal(governingTime(doc, { start: verb, end: verb + 4 }), null);
});
