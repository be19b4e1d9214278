import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isHardWrapped, unwrapLines } from '../../src/document/line-wraps.js';

// A made-up wire story in the old 65-column layout: paragraphs open indented, lines run on.
const WRAPPED = [
  'ARDEN, March 3 - The Velmar port authority said on Tuesday it',
  'would delay the sale of its container terminal until the',
  'summer, citing weak demand from shipping lines and a pending',
  'review by the competition board.',
  '    "We are in no hurry to sell at the bottom of the market,"',
  'the authority\'s chairman, Tomas Reyna, told reporters after a',
  'board meeting in the capital.',
  ' Reuter',
].join('\n');

describe('hard-wrapped text', () => {
  it('turns the breaks inside paragraphs into spaces, one for one', () => {
    const out = unwrapLines(WRAPPED);
    assert.equal(out.length, WRAPPED.length);
    assert.match(out, /it would delay the sale of its container terminal until the summer, citing/);
    assert.match(out, /Tomas Reyna, told reporters after a board meeting/);
  });

  it('keeps a break before an indented line and after a short last line', () => {
    const out = unwrapLines(WRAPPED);
    assert.ok(out.includes('competition board.\n    "We are'), out);
    assert.ok(out.includes('capital.\n Reuter'), out);
  });

  it('keeps a short headline apart from the wrapped body under it', () => {
    const text = `Velmar port sale put off\n${WRAPPED}`;
    assert.ok(unwrapLines(text).startsWith('Velmar port sale put off\nARDEN, March 3 - The Velmar port authority said on Tuesday it would'));
  });

  it('leaves text written as paragraphs alone', () => {
    const text = 'The Velmar port authority said on Tuesday it would delay the sale of its container terminal until the summer.\nThe chairman said there was no hurry.\nShares fell.';
    assert.equal(isHardWrapped(text), false);
    assert.equal(unwrapLines(text), text);
  });

  it('leaves a list of short sentences, one a line, alone', () => {
    const text = ['Talks resume on Monday in Arden.', 'The port sale is put off until summer.', 'Shipping lines cut their orders again.', 'The board will meet on the review soon.', 'No date was given for the vote.'].join('\n');
    assert.equal(isHardWrapped(text), false);
    assert.equal(unwrapLines(text), text);
  });

  it('needs enough running lines to judge the layout', () => {
    const text = 'The Velmar port authority said on Tuesday it\nwould delay the sale.';
    assert.equal(unwrapLines(text), text);
  });
});
