import { test } from 'node:test';
import assert from 'node:assert/strict';
import { at, quotesIn } from './quote-helpers.js';

// Which words are cues, and whose words follow them.

test('a capitalised cue word inside running text is a name ("the United States"), not a verb', () => {
  const text = 'The plan bans travel to the United States for a year.';
  assert.deepEqual(quotesIn(text), []);
});

test('a capitalised cue in a title-case headline is still a verb', () => {
  const text = 'Lenz Says Ruritania Will Sign The Treaty';
  const [quote] = quotesIn(text);
  assert.equal(quote?.cue?.text, 'Says');
  assert.equal(quote?.speaker?.text, 'Lenz');
});

const LEXICON_CASES: [string, string, string, string][] = [
  ['The ministry declined to comment on the report.', 'declined', 'The ministry', 'to comment on the report'],
  ['Lenz talked about the wall and the border.', 'talked about', 'Lenz', 'the wall and the border'],
  ['The senator rejected the proposal outright.', 'rejected', 'The senator', 'the proposal outright'],
  ['Analysts speculated that the talks would fail.', 'speculated', 'Analysts', 'the talks would fail'],
];

for (const [text, cue, speaker, content] of LEXICON_CASES) {
  test(`reported speech with the cue "${cue}": ${text}`, () => {
    const [quote] = quotesIn(text);
    assert.equal(quote?.cue?.text, cue);
    assert.equal(quote?.speaker?.text, speaker);
    assert.equal(quote?.text, content);
    assert.equal(quote?.start, at(text, content));
  });
}

test('a second cue coordinated with the first ("said A, and suggested B") is its own attribution by the same speaker', () => {
  const text = 'On Thursday, Marek said he was ready to support the plan, and suggested that Lenz should take the first step.';
  const quotes = quotesIn(text);
  assert.deepEqual(quotes.map((q) => q.text), ['he was ready to support the plan', 'Lenz should take the first step']);
  assert.deepEqual(quotes.map((q) => q.cue?.text), ['said', 'suggested']);
  for (const q of quotes) assert.equal(q.speaker?.start, at(text, 'Marek'));
});

test('a long appositive between the speaker and the cue', () => {
  const text = 'Jan Marek, a former mayor of Nice and currently president of the Regional Council of the coast, said that the truck was carrying arms.';
  const [quote] = quotesIn(text);
  assert.equal(quote?.text, 'the truck was carrying arms');
  assert.equal(quote?.speaker?.start, 0);
});

test('a participle after a determiner or a number is an adjective ("the pledged delegates"), not a cue', () => {
  assert.deepEqual(quotesIn('Marek won the pledged delegates of the state.'), []);
  assert.deepEqual(quotesIn('Marek won 12 pledged delegates in the state.'), []);
});

test('", adding ..." after a pronoun subject takes the pronoun; an opening participle phrase is not the subject', () => {
  const text = 'He thanked the crowd, adding that the fight would go on.';
  assert.equal(quotesIn(text)[0]?.speaker?.text, 'He');
  const other = 'Speaking at a rally, Marek thanked the crowd, adding that the fight would go on.';
  assert.equal(quotesIn(other)[0]?.speaker?.text, 'Marek');
});

test('a bracketed or dashed aside belongs to the speaker before it', () => {
  const text = 'Marek (who has 25 delegates to date) said it is possible for him to win.';
  const [quote] = quotesIn(text);
  assert.equal(quote?.speaker?.text, 'Marek (who has 25 delegates to date)');
  const dashed = 'Insiders in two states — Ruritania and Bolgravia — said she must close the gap.';
  assert.equal(quotesIn(dashed)[0]?.speaker?.text, 'Insiders in two states — Ruritania and Bolgravia —');
});

test('"According to <source>," takes the source up to the comma, however long', () => {
  const text = 'According to early results of exit polls conducted for the agency and television networks by Edison Research, nearly half of voters were young.';
  const [quote] = quotesIn(text);
  assert.equal(quote?.speaker?.text, 'early results of exit polls conducted for the agency and television networks by Edison Research');
  assert.equal(quote?.text, 'nearly half of voters were young');
});

test('"Asked whether ..., X said ...": the question is an attribution with no named speaker', () => {
  const text = 'Asked if he was ever bullied, Marek said he had been called names as a child.';
  const quotes = quotesIn(text);
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker?.text ?? null, q.rule]), [
    ['if he was ever bullied', null, 'reported.asked'],
    ['he had been called names as a child', 'Marek', 'reported.cue-before'],
  ]);
});

test('"said A, adding B": the participle opens a second attribution by the same subject', () => {
  const text = 'Cruz said the plan was dead, adding that the party would fight on.';
  const quotes = quotesIn(text);
  assert.deepEqual(quotes.map((q) => [q.cue?.text, q.text, q.speaker?.text]), [
    ['said', 'the plan was dead', 'Cruz'],
    ['adding', 'the party would fight on', 'Cruz'],
  ]);
});
