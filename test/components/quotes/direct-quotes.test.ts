import { test } from 'node:test';
import assert from 'node:assert/strict';
import { at, quotesIn } from './quote-helpers.js';

interface Case {
  readonly text: string;
  readonly content: string;
  readonly cue: string | null;
  readonly speaker: string | null;
  readonly source?: string;
  readonly rule?: string;
}

const CASES: Case[] = [
  { text: '"We will not accept these terms," Minister Lin Bao said.', content: 'We will not accept these terms', cue: 'said', speaker: 'Minister Lin Bao', rule: 'direct.cue-after' },
  { text: '“Talks will resume next week,” said Foreign Minister Ana Kovac, as quoted on the Ruritanian Foreign Ministry’s website.', content: 'Talks will resume next week', cue: 'said', speaker: 'Foreign Minister Ana Kovac', source: 'the Ruritanian Foreign Ministry’s website', rule: 'direct.cue-after-inverted' },
  { text: 'The spokesman told reporters: "The border remains closed to all traffic."', content: 'The border remains closed to all traffic.', cue: 'told', speaker: 'The spokesman', source: 'reporters', rule: 'direct.cue-before' },
  { text: 'Governor Mark Ellis said in a statement, "The storm damage is worse than we feared."', content: 'The storm damage is worse than we feared.', cue: 'said', speaker: 'Governor Mark Ellis', source: 'a statement' },
  { text: '"Our position is clear," Ellis told CNN in an interview with CNN on Sunday.', content: 'Our position is clear', cue: 'told', speaker: 'Ellis', source: 'an interview with CNN' },
  { text: 'The envoy pointed out that the situation in the valley "is getting worse with every passing day."', content: 'is getting worse with every passing day.', cue: 'pointed out', speaker: 'The envoy', rule: 'direct.partial' },
  { text: 'Speaking at a press conference, Mayor Ruth Adler stressed: “Nobody will be left behind.”', content: 'Nobody will be left behind.', cue: 'stressed', speaker: 'Mayor Ruth Adler', source: 'a press conference' },
  { text: '"The vote is a disgrace," the senator wrote on his Telegram channel.', content: 'The vote is a disgrace', cue: 'wrote', speaker: 'the senator', source: 'his Telegram channel' },
  { text: "Kovac: 'We are ready to talk to anyone at any time'", content: 'We are ready to talk to anyone at any time', cue: null, speaker: 'Kovac', rule: 'direct.colon' },
  { text: 'According to the ministry, "the drills will last five days and involve 30 ships."', content: 'the drills will last five days and involve 30 ships.', cue: 'According to', speaker: 'the ministry' },
];

for (const c of CASES) {
  test(`direct quote: ${c.text.slice(0, 60)}`, () => {
    const quote = quotesIn(c.text).find((q) => q.direct);
    assert.ok(quote, 'a direct quote is found');
    assert.equal(quote.text, c.content);
    assert.equal(quote.start, at(c.text, c.content));
    assert.equal(c.text.slice(quote.start, quote.end), quote.text);
    assert.equal(quote.cue?.text ?? null, c.cue);
    if (quote.cue !== null) assert.equal(c.text.slice(quote.cue.start, quote.cue.end), quote.cue.text);
    assert.equal(quote.speaker?.text ?? null, c.speaker);
    if (c.speaker !== null) assert.equal(quote.speaker?.start, at(c.text, c.speaker));
    if (c.source !== undefined) assert.equal(quote.source, c.source);
    if (c.rule !== undefined) assert.equal(quote.rule, c.rule);
    assert.equal(quote.by, 'quotes.v6');
  });
}

test('direct quote: a cue in the middle serves both halves', () => {
  const text = '"We have done our part," she said, "and now it is their turn to act."';
  const quotes = quotesIn(text).filter((q) => q.direct);
  assert.deepEqual(quotes.map((q) => q.text), ['We have done our part', 'and now it is their turn to act.']);
  for (const q of quotes) {
    assert.equal(q.cue?.start, at(text, 'said'));
    assert.equal(q.speaker?.start, at(text, 'she'));
  }
});

test('direct quote: an opening mark left open at a paragraph end continues in the next paragraph', () => {
  const text = '"The first part of the plan is done. We rebuilt the bridge.\n\n"The second part starts in May," Mayor Ruth Adler said.';
  const quotes = quotesIn(text).filter((q) => q.direct);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.start, 1);
  assert.equal(quotes[0]!.end, at(text, 'in May') + 'in May'.length);
  assert.equal(quotes[0]!.speaker?.text, 'Mayor Ruth Adler');
});

test('direct quote: an uncued quote right after an attributed one continues it', () => {
  const text = '"We stand ready," Lin Bao said. "Our doors remain open to every partner in the region."';
  const quotes = quotesIn(text).filter((q) => q.direct);
  assert.equal(quotes.length, 2);
  assert.equal(quotes[1]!.rule, 'direct.continued');
  assert.equal(quotes[1]!.speaker?.start, at(text, 'Lin Bao'));
  assert.equal(quotes[1]!.cue?.start, at(text, 'said'));
});

test('direct quote: a single-mark quote in a headline with its cue', () => {
  const text = "Lin Bao says 'the talks have failed completely'\n\nThe talks ended on Monday.";
  const quote = quotesIn(text).find((q) => q.direct);
  assert.equal(quote?.text, 'the talks have failed completely');
  assert.equal(quote?.speaker?.text, 'Lin Bao');
  assert.equal(quote?.cue?.text, 'says');
});
