import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotedSpans } from '../../../src/components/quotes/mark-finder.js';
import { at, quotesIn } from './quote-helpers.js';

// Archives that flattened typographic quotes write two apostrophes for one double mark.

test("findQuotedSpans: '' opens and closes a quote, and reopens it over a paragraph", () => {
  const text = "''We rebuilt the bridge.\n\n''The second part starts in May,'' she said.";
  const [span, ...rest] = findQuotedSpans(text);
  assert.equal(rest.length, 0);
  assert.equal(span?.open, 0);
  assert.equal(span?.inner, 2);
  assert.equal(span?.close, at(text, ",''") + 1);
  assert.equal(span?.after, at(text, ",''") + 3);
  assert.equal(span?.breaks, 1);
});

test("direct quote: a '' quote takes the cue after it and keeps apostrophes inside", () => {
  const text = "''We don't fight for the legislation,'' said Mayor Ruth Adler.";
  const [quote] = quotesIn(text);
  assert.equal(quote?.text, "We don't fight for the legislation");
  assert.equal(quote?.start, 2);
  assert.equal(quote?.direct, true);
  assert.equal(quote?.speaker?.text, 'Mayor Ruth Adler');
  assert.equal(quote?.cue?.text, 'said');
});
