import { test } from 'node:test';
import assert from 'node:assert/strict';
import { at, quotesIn } from './quote-helpers.js';

// How a direct quote finds its frame: the cue after it, the quote before it, the paragraph.

test('a scare quote inside the frame after a question does not steal the frame', () => {
  const text = "''Is the party against us?'' asked Mr. Lenz, referring to what he calls the ''crooked'' process.";
  const quote = quotesIn(text).find((q) => q.text.startsWith('Is the party'));
  assert.equal(quote?.cue?.text, 'asked');
  assert.equal(quote?.speaker?.text, 'Mr. Lenz');
});

test('a cue after a finished sentence may carry an adjunct ("added during his appearance")', () => {
  const text = '“What is this about unity?” Lenz added during his appearance on Morning Radio.';
  const [quote] = quotesIn(text);
  assert.equal(quote?.cue?.text, 'added');
  assert.equal(quote?.speaker?.start, at(text, 'Lenz'));
});

test('a cue after a long appositive speaker still attaches', () => {
  const text = '"Twitter works as a way to sell books," James B. Lenz Jr., the director of the Federal Bureau of Investigation, said at a news conference.';
  const [quote] = quotesIn(text);
  assert.equal(quote?.cue?.text, 'said');
  assert.notEqual(quote?.speaker, null);
});

test('quotes joined by "and" share the frame of the first, short ones included', () => {
  const text = 'Lenz said the refusal was “not a good thing” and “unfair.”';
  const quotes = quotesIn(text).filter((q) => q.direct);
  assert.deepEqual(quotes.map((q) => q.text), ['not a good thing', 'unfair.']);
  for (const q of quotes) {
    assert.equal(q.cue?.start, at(text, 'said'));
    assert.equal(q.speaker?.text, 'Lenz');
  }
});

test('a paragraph of narration ends the previous voice: the next uncued quote is not carried on', () => {
  const text = 'Marek suggested "delaying the vote for ten years because the country is not ready."\n\nThe prime minister welcomed the visitors at noon. "If it comes to that, why not? We are neutral."';
  const quote = quotesIn(text).find((q) => q.text.startsWith('If it comes'));
  assert.ok(quote, 'the second quote is found');
  assert.equal(quote.speaker, null);
  assert.equal(quote.rule, 'direct.uncued');
});

test('an uncued quote right after a reported attribution continues that voice, not an older one', () => {
  const text = 'Marek suggested "delaying the vote for ten years because the country is not ready."\n\nThe prime minister offered his capital for talks. "If it comes to that, why not? We are neutral."';
  const quote = quotesIn(text).find((q) => q.text.startsWith('If it comes'));
  assert.equal(quote?.rule, 'direct.continued');
  assert.equal(quote?.speaker?.text, 'The prime minister');
});

test('the voice carries on over its own frame and a paragraph break', () => {
  const text = '"We will rebuild the bridge first," Mayor Ruth Adler said.\n\n"Then we will rebuild the school and the library."';
  const quote = quotesIn(text).find((q) => q.text.startsWith('Then'));
  assert.equal(quote?.rule, 'direct.continued');
  assert.equal(quote?.speaker?.text, 'Mayor Ruth Adler');
});

test('an aside with a possessive ("Sanders’ campaign manager") stays inside the speaker, and the voice carries on', () => {
  const text = '“The numbers put our campaign on pace,” Jeff Weaver, Sanders’ campaign manager, said in a statement. “Working Americans are beating the machine.”';
  const quotes = quotesIn(text);
  assert.deepEqual(quotes.map((q) => q.speaker?.text), ['Jeff Weaver, Sanders’ campaign manager', 'Jeff Weaver, Sanders’ campaign manager']);
  assert.deepEqual(quotes.map((q) => q.rule), ['direct.cue-after', 'direct.continued']);
});

test('full stops after titles ("Mrs.", "Mr.") end no sentence between a quote and its continuation', () => {
  const text = "''Jobs, jobs, jobs,'' Mrs. Clinton said last month when asked what Mr. Clinton would do in the White House. ''Nobody did it better.''";
  const quote = quotesIn(text).find((q) => q.text.startsWith('Nobody'));
  assert.equal(quote?.rule, 'direct.continued');
  assert.equal(quote?.speaker?.start, at(text, 'Mrs. Clinton'));
});

test('a cue taken by the quote before is not shared from afar: the partial quote has its own stance cue', () => {
  const text = '"People are angry," said Alderman Jan Ervin, who thinks Lenz and his staff "need to be held accountable for the shooting."';
  const quotes = quotesIn(text);
  assert.deepEqual(quotes.map((q) => q.cue?.text), ['said', 'thinks']);
  assert.equal(quotes[1]!.rule, 'direct.partial');
});

test('a participle cue with no subject in its frame takes the speaker of the quote before it in the sentence', () => {
  const text = 'Cruz called the plan "a disaster for the whole state," adding that it "will never pass the senate this year."';
  const quotes = quotesIn(text).filter((q) => q.direct);
  assert.deepEqual(quotes.map((q) => q.cue?.text), ['called', 'adding']);
  assert.equal(quotes[1]!.speaker?.start, at(text, 'Cruz'));
});
