/**
 * events.v6 rules on the shipped dictionary: an intended or threatened act of force codes as the
 * threat, not as a generic intent; a noun act after "despite", "plans for" or a verb of putting off
 * is not an event of the clause; a proposal with an -ing act ("suggested delaying") is an offer;
 * signing by "X and Y" is a pair; trade between two actors is their cooperation; a conversation is
 * a consultation; transit is cooperation with the country it passes through; an actor named through
 * its leaders ("with the leaders of X") is a target a few words further off. Fictional actors.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDictionary } from '../../src/events/dictionary-parser.js';
import { codeNews as code } from './news-code.js';

const CASES: Array<[string, string[]]> = [
  // Intended or threatened force is a threat (13x), and replaces the frame's generic code.
  ['Arnor plans to attack Gondor.', ['ARN>GON:1384']],
  ['Arnor is ready to strike Gondor.', ['ARN>GON:1384']],
  ['Arnor threatened to bomb Gondor.', ['ARN>GON:1384']],
  ['Arnor could use missiles against Gondor.', ['ARN>GON:1384']],
  ['Arnor is preparing to attack Gondor.', ['ARN>GON:1384']],
  ['Arnor aims to invade Gondor.', ['ARN>GON:1382']],
  // Intended cooperation stays an intent.
  ['Arnor plans to supply gas to Gondor.', ['ARN>GON:0311']],
  // Background, planned and put-off acts named by nouns.
  ['Arnor expanded its oil exports despite sanctions.', []],
  ['Arnor expanded its oil exports despite tough sanctions.', []],
  ['Arnor unveiled plans for talks between Gondor and Rohan.', []],
  ['Arnor postponed the talks with Gondor.', []],
  // A proposal of an -ing act is an offer; "suggested that" is not.
  ['Arnor suggested delaying the talks with Gondor.', ['ARN>GON:03']],
  ['Arnor suggested "postponing the vote.', ['ARN>-:03']],
  // Transit is cooperation with the country it passes through.
  ['Arnor still maintains a transit of nine million cubic meters of gas through Gondor.', ['ARN>GON:061']],
  ['Arnor resumed the transit of oil through Gondor.', ['ARN>GON:061']],
  // An actor named through its representatives is the target further off.
  ['Arnor held a meeting with the two leaders of neighbouring Gondor.', ['ARN>GON:040']],
  ['The meetings with the new leaders of Gondor were useful.', ['->GON:040']],
  // Pairs.
  ['The treaty was signed by Arnor and Gondor.', ['ARN>GON:057', 'GON>ARN:057']],
  ['Trade between Arnor and Gondor has doubled.', ['ARN>GON:061', 'GON>ARN:061']],
  ['Arnor held a conversation with Gondor.', ['ARN>GON:040']],
  ["Arnor's conversation with Gondor was useful.", ['ARN>GON:040']],
  ['Arnor said the conversations were useful.', ['ARN>-:010']],
  // Fighting a disease is no force.
  ['Arnor unveiled a plan to fight the Aids epidemic in Gondor.', []],
  ['Arnor plans to fight Gondor.', ['ARN>GON:1384']],
  // Capturing a market is business, not force: the threat stays generic.
  ['Arnor sales threaten to capture 25 pct of the Gondor market.', ['ARN>-:130']],
];

for (const [sentence, expected] of CASES) {
  test(`codes: ${sentence}`, () => assert.deepEqual(code(sentence), expected));
}

test('a signing by one actor stays one-sided', () => {
  assert.deepEqual(code('The treaty was signed by Arnor.'), ['ARN>-:057']);
});

test('an opening quote mark may be a word of a pattern', () => {
  const dictionary = parseDictionary('verb urge (") {calm|restraint} => 0256\n', 'quote.dict');
  assert.equal(dictionary.patterns.length, 1);
  assert.throws(() => parseDictionary('verb urge ? calm => 0256\n', 'bad.dict'));
});
