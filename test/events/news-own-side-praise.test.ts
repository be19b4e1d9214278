/**
 * events.v8 rules on the shipped dictionary: a planned or announced act of domestic policy (a bare
 * "ban", "impose" or "charge", or a plan whose infinitive the dictionary does not code) that names
 * no other party is no threat or intent; acts against another party, acts of force and explicit
 * threats stay. A noun act in the "for"/"on" complement of thanks or praise is the reason given,
 * not a new event. Fictional actors.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeNews as code } from './news-code.js';

const OWN_SIDE: Array<[string, string[]]> = [
  // Domestic policy: nothing is threatened or offered to anyone.
  ['Arnor plans to ban plastic bags.', []],
  ['Arnor will ban plastic bags from next year.', []],
  ['Arnor may impose a levy on sugar.', []],
  ['The Arnor city council plans to charge drivers a fee.', []],
  ['Arnor plans to raise taxes.', []],
  ['Arnor intends to build new schools.', []],
  // A realised ban is still coded; a promise keeps its own code.
  ['Arnor banned plastic bags.', ['ARN>-:172']],
  ['Arnor pledged to build new schools.', ['ARN>-:030']],
  // Another party named, or an act that threatens by its nature, stays a threat.
  ['Arnor plans to ban imports from Gondor.', ['ARN>GON:1312']],
  ['Arnor plans to charge Gondor a transit fee.', ['ARN>GON:130']],
  ['Arnor threatened to impose sanctions on Rohan.', ['ARN>ROH:1312']],
  ['Arnor threatened to ban the opposition party.', ['ARN>-:132']],
  ['Arnor plans to impose restrictions on travel.', ['ARN>-:132']],
  ['Arnor plans to attack.', ['ARN>-:1384']],
  ['Arnor plans to raise taxes on Gondor.', ['ARN>GON:03']],
  ['Arnor plans to hold talks with Gondor.', ['ARN>GON:036']],
  // Another country later in the clause is a party the dyad missed; a speaker after a comma is not.
  ['Arnor plans to supply air defences for Gondor.', ['ARN>-:03']],
  ['Arnor plans to raise taxes, Gondor said.', ['GON>-:010']],
];

const PRAISE: Array<[string, string[]]> = [
  ['Arnor thanked Gondor for the talks.', ['ARN>GON:051']],
  ['Arnor thanked Gondor for hosting the talks.', ['ARN>GON:051', 'GON>-:043']],
  ['Arnor congratulated Gondor on the successful negotiations.', ['ARN>GON:051']],
  ['Arnor praised the leaders of Gondor for their talks with Rohan.', ['ARN>GON:051']],
  // The talks themselves, and talks outside the reason, are still events.
  ['Arnor held talks with Gondor.', ['ARN>GON:040']],
  ['Arnor thanked Gondor for its aid.', ['ARN>GON:051']],
  ['Arnor held talks with Gondor for the first time.', ['ARN>GON:040']],
];

for (const [sentence, expected] of [...OWN_SIDE, ...PRAISE]) {
  test(`codes: ${sentence}`, () => assert.deepEqual(code(sentence), expected));
}
