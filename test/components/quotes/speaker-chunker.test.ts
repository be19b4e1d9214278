import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauseSubject, nounPhraseStart, skipFronted, speakerChunk } from '../../../src/components/quotes/noun-phrase.js';
import { windowOf } from '../../../src/components/quotes/token-window.js';
import { at, quotesIn } from './quote-helpers.js';

const tokensOf = (text: string) => windowOf(text, 0, text.length);
const words = (text: string, from: number, to: number) => tokensOf(text).tokens.slice(from, to).map((t) => t.text).join(' ');

// [run of words before a cue, the noun phrase the chunker keeps]
const NOUN_PHRASES: [string, string][] = [
  ['In two provinces the governors', 'the governors'],
  ['On Monday the ministry', 'the ministry'],
  ['A spokesman for the ministry', 'A spokesman for the ministry'],
  ['the director of the bureau', 'the director of the bureau'],
  ['The plans he', 'he'],
  ['In 2019 Marek', 'Marek'],
  ['Last week the council', 'the council'],
  ['Republican front-runner Ivo Marek', 'Republican front-runner Ivo Marek'],
  ['62 percent of voters', '62 percent of voters'],
  ['Last month The Tarn Times', 'The Tarn Times'],
];

for (const [run, phrase] of NOUN_PHRASES) {
  test(`nounPhraseStart: "${run}" → "${phrase}"`, () => {
    const window = tokensOf(run);
    const start = nounPhraseStart(window, 0, window.tokens.length);
    assert.equal(words(run, start, window.tokens.length), phrase);
  });
}

test('speakerChunk: the subject at the start when the cue hangs from a later verb', () => {
  const run = 'Lenz ended his speech by';
  const window = tokensOf(run);
  const chunk = speakerChunk(window, 0, window.tokens.length);
  assert.equal(words(run, chunk.from, chunk.to), 'Lenz');
});

test('speakerChunk: a run that is one phrase stays whole', () => {
  const run = 'Senator Joan Pike';
  const window = tokensOf(run);
  assert.deepEqual(speakerChunk(window, 0, window.tokens.length), { from: 0, to: 3 });
});

test('skipFronted: a fronted phrase runs to its comma; a subject is not skipped', () => {
  const text = 'As the talks ended in Vienna, Kovac left.';
  const after = skipFronted(tokensOf(text), 0);
  assert.equal(words(text, after, after + 1), 'Kovac');
  assert.equal(skipFronted(tokensOf('Kovac left, then came back.'), 0), 0);
});

// [sentence, its clause subject]
const SUBJECTS: [string, string | null][] = [
  ['On Sunday, Pastor Eli Brand stood at the pulpit, urging calm.', 'Pastor Eli Brand'],
  ['For months, Marek has stayed on the sidelines, arguing for patience.', 'Marek'],
  ['When Lenz met Kovac, he spoke first, noting the delays.', 'he'],
  ['The families of the miners were angry, saying nobody came.', 'The families of the miners'],
  ['The Ruritanian billionaire has said little, hinting at a run.', 'The Ruritanian billionaire'],
  ['The weather was cold.', 'The weather'],
  ['Yesterday was cold.', null],
  ['The Tarn Times reported the vote, adding that turnout was low.', 'The Tarn Times'],
];

for (const [text, subject] of SUBJECTS) {
  test(`clauseSubject: ${text}`, () => {
    const window = tokensOf(text);
    const found = clauseSubject(window, 0, () => false);
    assert.equal(found === null ? null : words(text, found.from, found.to), subject);
  });
}

// Whole sentences through the quotes layer: [text, cue, speaker as written].
const SPEAKERS: [string, string, string][] = [
  ['In two provinces the governors said the harvest had failed.', 'said', 'the governors'],
  ['Last week Marek said the deal was dead.', 'said', 'Marek'],
  ['“Be careful out there,” Kovac said, adding a warning about the roads.', 'adding', 'Kovac'],
  ['On Saturday, Lenz made clear that the visit was private, saying that nobody should read more into it.', 'saying', 'Lenz'],
  ['“It is a good plan,” said Ana Pike, a former mayor of Tarn, referring to the budget.', 'referring to', 'Ana Pike, a former mayor of Tarn'],
  ['Marek ended his list by saying “Too many.”', 'saying', 'Marek'],
  ['Senator Joan Pike (R-Tarn.) said the bill would pass.', 'said', 'Senator Joan Pike (R-Tarn.)'],
  // A relative clause with commas of its own, and an adjunct aside, stand between speaker and cue.
  ['Ana Pike, who lost her seat in Tarn, Ruritania, in 2012, said that Lenz had been rude.', 'said', 'Ana Pike'],
  ['When Ms. Kovac, during a debate at Tarn University in 1973, recommended that she resign, Pike smiled.', 'recommended', 'Ms. Kovac'],
  // An abbreviation's full stop inside an aside ends no sentence.
  ['“Let me be clear,” Senate Majority Leader Ivo Marek, R-Tarn., said.', 'said', 'Senate Majority Leader Ivo Marek'],
  // A colon after a name: that name speaks.
  ['The timing does not surprise pollster Dana Shaw: “Lesser-known candidates often rise early.”', 'none', 'Dana Shaw'],
];

for (const [text, cue, speaker] of SPEAKERS) {
  test(`speaker phrase: ${text.slice(0, 60)}`, () => {
    const quote = quotesIn(text).find((q) => (q.cue?.text ?? 'none') === cue);
    assert.ok(quote, `a quote with the cue "${cue}"`);
    assert.equal(quote.speaker?.text, speaker);
    assert.equal(quote.speaker?.start, at(text, speaker));
  });
}

test('an inverted frame holding a past verb is a clause, not a speaker: "The official, ..., said the talks failed."', () => {
  const text = 'The official, who spoke on condition of anonymity, said the talks failed.';
  const quote = quotesIn(text).find((q) => q.cue?.text === 'said');
  assert.equal(quote?.text, 'the talks failed');
  assert.equal(quote?.speaker?.text, 'The official');
});
