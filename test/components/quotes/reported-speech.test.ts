import { test } from 'node:test';
import assert from 'node:assert/strict';
import { at, quotesIn } from './quote-helpers.js';

interface Case {
  readonly text: string;
  readonly content: string;
  readonly cue: string;
  readonly speaker: string;
  readonly addressee?: string;
  readonly source?: string;
}

const CASES: Case[] = [
  { text: 'Prime Minister Ivo Marek said that the government would cut fuel taxes in June.', content: 'the government would cut fuel taxes in June', cue: 'said', speaker: 'Prime Minister Ivo Marek' },
  { text: 'Marek said the deal was fair to both sides.', content: 'the deal was fair to both sides', cue: 'said', speaker: 'Marek' },
  { text: 'Ruritania has called for an immediate ceasefire in the region, Foreign Minister Ana Kovac told her Bolgravian counterpart Petr Lenz during a phone call on Tuesday.', content: 'Ruritania has called for an immediate ceasefire in the region', cue: 'told', speaker: 'Foreign Minister Ana Kovac', addressee: 'her Bolgravian counterpart Petr Lenz' },
  { text: 'The country will keep its troops at home, Kovac added.', content: 'The country will keep its troops at home', cue: 'added', speaker: 'Kovac' },
  { text: 'The fleet will sail on Friday, said Admiral Tom Reyes.', content: 'The fleet will sail on Friday', cue: 'said', speaker: 'Admiral Tom Reyes' },
  { text: 'According to the central bank, inflation slowed to 3 percent in May.', content: 'inflation slowed to 3 percent in May', cue: 'According to', speaker: 'the central bank' },
  { text: 'Inflation slowed to 3 percent in May, according to the central bank.', content: 'Inflation slowed to 3 percent in May', cue: 'according to', speaker: 'the central bank' },
  { text: 'Lenz noted that the talks had stalled and that no date was set.', content: 'the talks had stalled and that no date was set', cue: 'noted', speaker: 'Lenz' },
  { text: 'The mayor urged residents to stay indoors until the storm passes.', content: 'residents to stay indoors until the storm passes', cue: 'urged', speaker: 'The mayor' },
  { text: 'The minister warned that prices could rise again.', content: 'prices could rise again', cue: 'warned', speaker: 'The minister' },
  { text: 'Reyes was quoted as saying the navy had enough ships.', content: 'the navy had enough ships', cue: 'quoted as saying', speaker: 'Reyes' },
  { text: 'The ministry said in a statement that two soldiers were wounded.', content: 'two soldiers were wounded', cue: 'said', speaker: 'The ministry', source: 'a statement' },
  { text: 'Kovac told reporters on Monday that the border would reopen.', content: 'the border would reopen', cue: 'told', speaker: 'Kovac', addressee: 'reporters', source: 'reporters' },
  { text: 'Senator Joan Pike, who chairs the committee, said the bill would pass.', content: 'the bill would pass', cue: 'said', speaker: 'Senator Joan Pike' },
  { text: 'Marek thanked the voters and said he would serve all citizens.', content: 'he would serve all citizens', cue: 'said', speaker: 'Marek' },
];

for (const c of CASES) {
  test(`reported speech: ${c.text.slice(0, 60)}`, () => {
    const quote = quotesIn(c.text).find((q) => !q.direct);
    assert.ok(quote, 'reported speech is found');
    assert.equal(quote.text, c.content);
    assert.equal(quote.start, at(c.text, c.content));
    assert.equal(quote.cue?.text, c.cue);
    assert.equal(quote.cue?.start, at(c.text, c.cue));
    assert.equal(quote.speaker?.text, c.speaker);
    assert.equal(quote.speaker?.start, at(c.text, c.speaker));
    assert.equal(quote.addressee?.text ?? undefined, c.addressee);
    if (c.source !== undefined) assert.equal(quote.source, c.source);
  });
}

test('reported speech: two speakers in one sentence each keep their own content', () => {
  const text = 'Marek said the plan would work, but Kovac said it was too late.';
  const quotes = quotesIn(text);
  assert.deepEqual(quotes.map((q) => [q.speaker?.text, q.text]), [['Marek', 'the plan would work'], ['Kovac', 'it was too late']]);
});

test('reported speech: a partial quote inside reported speech is the quote, not the whole clause', () => {
  const text = 'The envoy pointed out that the situation "is getting worse with every passing day."';
  const quotes = quotesIn(text);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.direct, true);
});
