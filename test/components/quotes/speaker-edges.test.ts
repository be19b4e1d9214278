import { test } from 'node:test';
import assert from 'node:assert/strict';
import { at, entity, quotesIn } from './quote-helpers.js';

// Made-up sentences about fictional people and places (quotes.v6): the edges of a speaker phrase.

test('opening words: a conjunction or "as" before the subject of a colon frame is no speaker', () => {
  const [quote] = quotesIn('Kovac spoke first. Or, as Ivo Marek, the council head, put it: “The gates are open now and will stay open.”');
  assert.equal(quote?.speaker?.text, 'Ivo Marek');
});

test('opening words: a lone preposition or determiner opening the sentence is never the speaker', () => {
  const quotes = quotesIn('Rivna votes in May. Each election cycle, there is a promise many people make: “If Kovac wins, we will all move to Tarn!”');
  assert.equal(quotes.length, 1);
  assert.notEqual(quotes[0]?.speaker?.text, 'Each');
  const reported = quotesIn('With his campaign under fire and denying claims of fraud, the delegates voted for Kovac.');
  assert.ok(reported.every((q) => q.speaker?.text !== 'With'));
});

test('predicates: a run before the cue that opens with a verb is no speaker; its subject speaks', () => {
  const [quote] = quotesIn('Ivo Marek, the mayor, has drawn big crowds describing a town run by bankers.');
  assert.equal(quote?.cue?.text, 'describing');
  assert.equal(quote?.speaker?.text, 'Ivo Marek, the mayor');
  const [ads] = quotesIn('One group has run ads in both papers reminding readers that the vote is close.');
  assert.equal(ads?.speaker?.text, 'One group');
});

test('relative clauses: a time between "who" and its verb keeps "who" the speaker', () => {
  const text = 'Officials met Ana Ruiz, who last year threatened to close the plant.';
  const [quote] = quotesIn(text, [entity(text, 'p1', 'Ana Ruiz', 'PERSON', ['Ana Ruiz'])]);
  assert.equal(quote?.speaker?.text, 'who');
  assert.equal(quote?.speaker?.start, at(text, 'who'));
  assert.equal(quote?.speaker?.name, 'Ana Ruiz');
});

test('short quotes inside the subject: the verb after them keeps the subject before them', () => {
  for (const text of [
    'Ivo Marek, a “true believer” in the plan, said the council would reject it.',
    'Ivo Marek, who called the plan “a disaster,” said the council would reject it.',
  ]) {
    const said = quotesIn(text).find((q) => q.cue?.text === 'said');
    assert.equal(said?.speaker?.text, 'Ivo Marek', text);
    assert.equal(said?.text, 'the council would reject it', text);
  }
});

test('an inverted frame is a name, not a clause: “...,” said the council would ... is no attribution', () => {
  const quotes = quotesIn('Marek called the plan “a disaster,” saying the council would reject it.');
  assert.ok(quotes.every((q) => q.speaker?.text !== 'the council would reject it'));
});

test('continuation: a quote opening the paragraph after a report carries its speaker on', () => {
  const text = 'Lenz said that the talks had failed, but this would not end them.\n\n“We will return in May with a new offer for the union.”';
  const carried = quotesIn(text).find((q) => q.text.startsWith('We will return'));
  assert.equal(carried?.speaker?.text, 'Lenz');
});

test('"Asked by" a named person: the one who asks puts the question; an unnamed asker stays unnamed', () => {
  const [named] = quotesIn('Asked by Vera Lenz whether he would run again, Marek said he had not decided.').filter((q) => q.cue?.text === 'Asked');
  assert.equal(named?.speaker?.text, 'Vera Lenz');
  const [unnamed] = quotesIn('Asked by reporters whether he would run again, Marek said he had not decided.').filter((q) => q.cue?.text === 'Asked');
  assert.ok(unnamed !== undefined);
  assert.equal(unnamed.speaker, null);
});

test('a content that ends on ", but" at a line break is read, not a crash', () => {
  const text = 'Acme Ltd said it has\nreceived offers from "several firms."\n    The company also said that "talks are continuing, but\nno deal has been made."\n    It gave no further details.';
  const quotes = quotesIn(text);
  const later = quotes.find((q) => q.text.includes('talks are continuing'));
  assert.ok(later, 'the second report is found');
  assert.equal(later.speaker?.text, 'The company');
});
