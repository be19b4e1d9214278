import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotedSpans } from '../../../src/components/quotes/mark-finder.js';
import { quotesIn } from './quote-helpers.js';

// What must NOT be found: quoted words that nobody says, and verbs that report nothing.
const NO_QUOTES: string[] = [
  'The tankers belong to the so-called "shadow fleet" that carries oil to Asia.',
  "Western navies track the so-called 'shadow fleet' in the Baltic.",
  'The film "Northern Lights" opens in cinemas on Friday.',
  'He appeared on Channel 5’s "Morning Talk" on Monday.',
  'Officials described the move as "unfriendly" in a note.',
  'Clashes are also reported in the border districts.',
  'It was announced on Monday that the bridge would close.',
  'The country’s leaders met the ministers’ deputies in the capital.',
  'Don\'t expect the rain to stop before the weekend, forecasters\' models show nothing.',
  'He left "the room without a word.\n\nThe meeting then went on for hours.',
  'She praised the plan for cutting costs by stopping "waste".',
];

for (const text of NO_QUOTES) {
  test(`no direct quote: ${text.slice(0, 60)}`, () => {
    const quotes = quotesIn(text);
    assert.deepEqual(quotes.filter((q) => q.direct).map((q) => q.text), []);
    if (/reported|announced/.test(text)) assert.deepEqual(quotes.map((q) => q.text), []);
  });
}

test('no quote across an unbalanced mark: the open quote is dropped at the paragraph end', () => {
  const text = 'Lin Bao said: "We will return.\n\nThe visit ended on Friday.';
  assert.deepEqual(findQuotedSpans(text), []);
});

test('a million quotation marks finish fast and yield no speech', () => {
  const text = '"'.repeat(1_000_000);
  const started = performance.now();
  const quotes = quotesIn(text);
  assert.ok(performance.now() - started < 5_000, 'finished within five seconds');
  assert.deepEqual(quotes, []);
});

test('a million short scare quotes finish fast', () => {
  const text = 'the "a" '.repeat(150_000);
  const started = performance.now();
  const quotes = quotesIn(text);
  assert.ok(performance.now() - started < 5_000, 'finished within five seconds');
  assert.equal(quotes.length, 0);
});

test('many attributed quotes in one paragraph stay linear', () => {
  const text = '"We will respond in kind to every strike," he said, '.repeat(20_000);
  const started = performance.now();
  const quotes = quotesIn(text);
  assert.ok(performance.now() - started < 5_000, 'finished within five seconds');
  assert.equal(quotes.filter((q) => q.direct).length, 20_000);
});
