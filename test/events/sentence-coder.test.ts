import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDictionary } from '../../src/events/dictionary-parser.js';
import { buildTriggerIndex } from '../../src/events/trigger-index.js';
import { buildActorLexicon, findDictionaryActors } from '../../src/events/dictionary-actor-finder.js';
import { eventTokens } from '../../src/events/event-tokens.js';
import { codeSentence } from '../../src/events/sentence-coder.js';

const DICTIONARY = parseDictionary(`
forms take = took taken taking
forms hold = held holding
set &det = a | an | the
actor arnor => ARN
actor gondor => GON
actor rohan => ROH
actor minas tirith => GON
actor gollum => HOB <19950601, HOBGOV 19950601-19990815
agent police => ~COP
agent government => ~GOV
verb attack => 190
verb take hostage => 181 mode=abduct
verb impose (&det) blockade on TARGET => 191
verb hold talks with => 046
verb hold talks => 046 reciprocal
verb fail to *attack => none
verb visit => 042:043
noun blockade => 191
noun ground operation => 190
noun talks => 046 reciprocal
verb urge => 02
`, 'test.dict');

const INDEX = buildTriggerIndex(DICTIONARY);
const LEXICON = buildActorLexicon(DICTIONARY);

function code(text: string, filterUnrealised = true, date = '20000101'): string[] {
  const tokens = eventTokens(text);
  const actors = findDictionaryActors(tokens, LEXICON, date);
  return codeSentence(tokens, actors, INDEX, { filterUnrealised }).map((event) => `${event.source?.code ?? '-'}>${event.target?.code ?? '-'}:${event.code}`);
}

const CASES: Array<[string, string[]]> = [
  ['Arnor attacked Gondor on Tuesday.', ['ARN>GON:190']],
  ['Rohan was attacked by Gondor police.', ['GONCOP>ROH:190']],
  ['Arnor took ten Gondor soldiers hostage.', []],
  ['Twelve Gondor villagers were taken hostage by Arnor.', ['ARN>GON:181']],
  ['Arnor imposed a blockade on Gondor.', ['ARN>GON:191']],
  ['Arnor declared a total blockade of Gondor.', ['ARN>GON:191']],
  ['Arnor and Gondor held talks in Minas Tirith.', ['ARN>GON:046', 'GON>ARN:046']],
  ['Arnor held talks with Gondor.', ['ARN>GON:046']],
  ['Arnor expanded its ground operation in Gondor.', ['ARN>GON:190']],
  ['Arnor visited Gondor.', ['ARN>GON:042', 'GON>ARN:043']],
  ['Arnor and Rohan attacked Gondor.', ['ARN>GON:190', 'ROH>GON:190']],
  ["Gondor's government urged Arnor to stop.", ['GONGOV>ARN:02']],
];

for (const [text, expected] of CASES) {
  test(`codes "${text}"`, () => assert.deepEqual(code(text), expected));
}

test('dated actor codes follow the sentence date', () => {
  assert.deepEqual(code('Gollum attacked Rohan.', true, '19940101'), ['HOB>ROH:190']);
  assert.deepEqual(code('Gollum attacked Rohan.', true, '19970101'), ['HOBGOV>ROH:190']);
});

test('the trigger position is reported in tokens', () => {
  const tokens = eventTokens('Arnor imposed a blockade on Gondor.');
  const [event] = codeSentence(tokens, findDictionaryActors(tokens, LEXICON, '20000101'), INDEX, { filterUnrealised: true });
  assert.equal(tokens[event!.first]?.text, 'imposed');
  assert.equal(tokens[event!.last]?.text, 'on');
});

const UNREALISED: Array<[string, string[]]> = [
  ['Arnor did not attack Gondor.', []],
  ['Arnor failed to attack Gondor.', []],
  ['Will Arnor attack Gondor?', []],
];

for (const [text, expected] of UNREALISED) {
  test(`does not code the unrealised act in "${text}"`, () => assert.deepEqual(code(text), expected));
}

test('a possible act of force is coded as the threat of it, not as the act', () => {
  assert.deepEqual(code('Arnor could attack Gondor.'), ['ARN>GON:1384']);
  assert.deepEqual(code('Arnor will attack Gondor.'), ['ARN>GON:1384']);
});

test('a modal of obligation or ability codes nothing', () => {
  assert.deepEqual(code('Arnor should attack Gondor.'), []);
  assert.deepEqual(code('Arnor can attack Gondor.'), []);
});

test('with the filter off (suite mode) a modal act is coded', () => {
  assert.deepEqual(code('Arnor could attack Gondor.', false), ['ARN>GON:190']);
});
