import { test } from 'node:test';
import assert from 'node:assert/strict';
import { at, entity, quotesIn } from './quote-helpers.js';

// Made-up sentences about fictional people; each test states the clause structure it checks.

test('relative clauses: "who" speaks, written as the pronoun and resolved to the noun phrase before it', () => {
  const text = 'Officials in Rivna met the banker Ivo Marek, who said the talks would resume in May.';
  const marek = entity(text, 'p1', 'Ivo Marek', 'PERSON', ['Ivo Marek']);
  const [quote] = quotesIn(text, [marek]);
  assert.equal(quote?.text, 'the talks would resume in May');
  assert.equal(quote?.speaker?.text, 'who');
  assert.equal(quote?.speaker?.start, at(text, 'who'));
  assert.equal(quote?.speaker?.entity, 'p1');
  assert.equal(quote?.speaker?.name, 'Ivo Marek');
});

test('relative clauses: the antecedent is the noun before "who", not the subject of the clause', () => {
  const [quote] = quotesIn('Kovac was out-debating Ana Ruiz, who said she would only raise taxes once.');
  assert.equal(quote?.speaker?.text, 'who');
  assert.equal(quote?.speaker?.name, 'Ana Ruiz');
});

test('relative clauses: a report inside the clause ends where the main clause takes over', () => {
  const text = 'The banker Petr Lenz, who backed Marek in 2019, said on Monday that he would vote for Kovac.';
  const quotes = quotesIn(text);
  assert.deepEqual(quotes.map((q) => [q.cue?.text, q.text]).sort(), [['backed', 'Marek in 2019'], ['said', 'he would vote for Kovac']]);
  const said = quotes.find((q) => q.cue?.text === 'said');
  assert.ok(said?.speaker?.text.includes('Petr Lenz'));
});

test('relative clauses: a restrictive clause ends before the main verb, whose subject is the noun with its clause', () => {
  const quotes = quotesIn('Farmers who have praised the plan warned that grain prices would rise.');
  const praised = quotes.find((q) => q.cue?.text === 'praised');
  const warned = quotes.find((q) => q.cue?.text === 'warned');
  assert.equal(praised?.text, 'the plan');
  assert.equal(praised?.speaker?.text, 'who');
  assert.equal(praised?.speaker?.name, 'Farmers');
  assert.equal(warned?.text, 'grain prices would rise');
  assert.ok(warned?.speaker?.text.startsWith('Farmers'));
});

test('participles: a participle after a name has that name as subject; after "began", the subject of "began"', () => {
  const [calling] = quotesIn('The paper ran a story about Mayor Ana Ruiz calling the bridge a disgrace.');
  assert.equal(calling?.cue?.text, 'calling');
  assert.equal(calling?.speaker?.text, 'Mayor Ana Ruiz');
  const [attacking] = quotesIn('Voters recoiled when Kovac began attacking the mayor.');
  assert.equal(attacking?.cue?.text, 'attacking');
  assert.equal(attacking?.speaker?.text, 'Kovac');
});

test('participles: a participle clause opening the sentence has the main clause\'s subject', () => {
  const [quote] = quotesIn('While denouncing the tax plan, Kovac offered no alternative of his own.');
  assert.equal(quote?.cue?.text, 'denouncing');
  assert.equal(quote?.text, 'the tax plan');
  assert.equal(quote?.speaker?.text, 'Kovac');
});

test('participles: after a time phrase with no comma, the subject is the name that follows it', () => {
  const [quote] = quotesIn('On Sunday morning Ivo Marek made another attempt to calm the markets, writing on his blog that the bank was sound.');
  assert.equal(quote?.cue?.text, 'writing');
  assert.equal(quote?.speaker?.text, 'Ivo Marek');
});

test('clause breaks: a contrasting clause with its own subject is not the report\'s content', () => {
  const [fair] = quotesIn('Kovac said the deal was fair, but he went home early that night.');
  assert.equal(fair?.text, 'the deal was fair');
  const [plan] = quotesIn('Ruiz praised the tax plan, which the council kept secret for a year.');
  assert.equal(plan?.text, 'the tax plan');
  // A clause fronted inside the content keeps its comma: "if elected, he would ...".
  const [elected] = quotesIn('Kovac said that if elected, he would cut taxes.');
  assert.equal(elected?.text, 'if elected, he would cut taxes');
});

test('coordination: verbs listed after a comma share the subject, and a fronted time phrase is no content', () => {
  const quotes = quotesIn('In May, Lenz vowed to cut taxes, declined to name a date, and most recently defended the budget.');
  assert.deepEqual(quotes.map((q) => [q.cue?.text, q.speaker?.text, q.text]), [
    ['vowed', 'Lenz', 'to cut taxes'],
    ['declined', 'Lenz', 'to name a date'],
    ['defended', 'Lenz', 'the budget'],
  ]);
});

test('a quote that ends a sentence it did not open takes no frame from the next sentence', () => {
  const text = 'On Friday, Marek called the budget “a disgrace to the whole country.” Lenz praised the budget.';
  const quote = quotesIn(text).find((q) => q.start <= at(text, 'a disgrace') && q.end > at(text, 'a disgrace'));
  assert.equal(quote?.speaker?.text, 'Marek');
  assert.equal(quote?.cue?.text, 'called');
});
