/**
 * The coder's news-mode rules around its triggers: refused acts of cooperation code as CAMEO
 * rejections, announced or intended ones as intents, acts only weighed or failed are not coded,
 * "talks between X and Y" is reciprocal, and words that are parts of names, hyphenated adjectives
 * or sentence-opening adverbs do not trigger; habits, generic plural acts and sentence-opening
 * -s words are not events; "the conflict in X" makes X a party, a verb's object never follows a
 * comma, a noun's "by"/"from" actor is its source, and a reported clause's pronoun subject is its
 * reporter; an act of cooperation offered by an intent codes as that intent, and mediation between
 * X and Y has them as targets; after a verb an -s word is a noun and a participle an adjective; a
 * subjectless verb before "between X and Y" makes them a pair; an act demanded of another ("demanded
 * Gondor attack") or stopped ("stop attacking") is not coded. Fictional actors, a small dictionary.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDictionary } from '../../src/events/dictionary-parser.js';
import { buildTriggerIndex } from '../../src/events/trigger-index.js';
import { buildActorLexicon, findDictionaryActors } from '../../src/events/dictionary-actor-finder.js';
import { eventTokens } from '../../src/events/event-tokens.js';
import { codeSentence } from '../../src/events/sentence-coder.js';
import { refusalCode } from '../../src/events/refusal-codes.js';
import { intentCode, threatCode } from '../../src/events/announced-codes.js';
import { isHyphenCompound, isNameWord, isTitleCase } from '../../src/events/trigger-context.js';

const DICTIONARY = parseDictionary(`
set &det = a | an | the
actor arnor => ARN
actor gondor => GON
actor rohan => ROH
verb attack => 190
verb release => 0841
verb hold talks with => 040
verb reach (&det) agreement => 057
verb send aid => 070
verb back => 051
verb state => 010
verb free => 0841
verb supply (&det) gas => 061
verb impose sanctions => 163
noun *ready to => 030
noun talks => 040 reciprocal
verb charge => 173
verb call for => 02
verb urge => 02
noun offensive => 190
verb strike => 190
verb end (&det) ... {conflict|war} => 037
noun lawsuit => 115
noun withdrawal => 087
verb renew (&det) contract => 061
verb express (&det) readiness => 030
noun *venue for {talks|negotiations} => 045
verb demand => 100
verb visit => 042
verb jail => 173
verb mediate => 045
verb fight => 190
verb reject => 120
verb call for (&det) ... ceasefire => 0256
noun *call for (&det) ... ceasefire => 0256
`, 'test.dict');

const INDEX = buildTriggerIndex(DICTIONARY);
const LEXICON = buildActorLexicon(DICTIONARY);

function code(text: string, filterUnrealised = true): string[] {
  const tokens = eventTokens(text);
  return codeSentence(tokens, findDictionaryActors(tokens, LEXICON, '20000101'), INDEX, { filterUnrealised })
    .map((event) => `${event.source?.code ?? '-'}>${event.target?.code ?? '-'}:${event.code}`);
}

const CASES: Array<[string, string[]]> = [
  ['Arnor will not release the prisoners of Gondor.', ['ARN>GON:1243']],
  ['Arnor would not hold talks with Gondor.', ['ARN>GON:125']],
  ['Arnor failed to reach an agreement with Gondor.', ['ARN>GON:127']],
  ['Arnor did not attack Gondor.', []],
  ['Arnor is considering sending aid to Gondor.', []],
  ['The Gondor-backed militia released two Arnor soldiers.', ['->ARN:0841']],
  ['Arnor said Free Gondor Army fighters attacked its posts.', ['GON>-:190']],
  ['Arnor will release the prisoners of Gondor.', ['ARN>GON:035']],
  ['Arnor is ready to continue to supply gas to Gondor.', ['ARN>GON:0311']],
  ['Arnor is ready to talk.', ['ARN>-:030']],
  ['Arnor may impose sanctions on Gondor.', ['ARN>GON:1312']],
  ['Arnor hosted talks between Gondor and Rohan.', ['GON>ROH:040', 'ROH>GON:040']],
  ['Back in 1990, Arnor attacked Gondor.', ['ARN>GON:190']],
  ['Theresa May has held talks with Gondor.', ['->GON:040']],
  ['Arnor did not immediately release the prisoners of Gondor.', ['ARN>GON:1243']],
  ['Arnor has no plans to reach an agreement with Gondor.', []],
  ['Arnor will help trace attacks on Gondor.', []],
  ['There were no releases of Gondor prisoners.', []],
  ['Arnor put Gondor in charge of the region.', []],
  ['Arnor called for talks with Gondor.', ['ARN>GON:02']],
  ['Arnor urged Gondor to halt its offensive.', ['ARN>GON:02', 'GON>-:190']],
  ['Arnor attacked the Gondor State Council.', ['ARN>GON:190']],
  ['Arnor has always called for talks with Gondor.', []],
  ['Arnor called for talks with Gondor.', ['ARN>GON:02']],
  ['Strikes on Gondor will never go unanswered.', []],
  ['Arnor strikes Gondor.', ['ARN>GON:190']],
  ['Offensives against Gondor will not be tolerated.', []],
  ['Arnor stated that offensives against Gondor would stop.', ['ARN>-:010']],
  ['The offensives against Gondor will continue.', ['->GON:190']],
  ['Offensive against Gondor resumed.', ['->GON:190']],
  ['Arnor is seeking to end the conflict in Gondor.', ['ARN>GON:037']],
  ['Arnor will send aid in Gondor.', ['ARN>-:033']],
  ['Arnor is seeking to end the war, Rohan stated.', ['ARN>-:037', 'ROH>-:010']],
  ['The lawsuit from Gondor angered Arnor.', ['GON>-:115']],
  ['It was an offensive by Gondor on Arnor.', ['GON>ARN:190']],
  ['Arnor began a withdrawal from Gondor.', ['ARN>-:087']],
  ['Gondor stated that it will not renew the contract.', ['GON>-:010', 'GON>-:121']],
  ['Gondor stated that Arnor will not renew the contract.', ['GON>-:010', 'ARN>-:121']],
  ['Gondor fears that it will not renew the contract.', ['->-:121']],
  ['Arnor expressed readiness for talks with Gondor.', ['ARN>GON:036']],
  ['Arnor expressed readiness to provide a venue for talks between Gondor and Rohan.', ['ARN>GON:039', 'ARN>ROH:039']],
  ['Arnor was the venue for talks between Gondor and Rohan.', ['ARN>GON:045', 'ARN>ROH:045']],
  // After a verb, an -s word is a plural noun and a participle an adjective: two verbs do not stand side by side.
  ['Arnor renewed calls for a ceasefire.', ['ARN>-:0256']],
  ['Arnor mediated talks between Gondor and Rohan.', ['ARN>GON:045', 'ARN>ROH:045', 'GON>ROH:040', 'ROH>GON:040']],
  ['Arnor visited jailed reporters from Gondor.', ['ARN>GON:042']],
  ['Arnor jailed reporters from Gondor.', ['ARN>GON:173']],
  ['Arnor rejects calls for a ceasefire.', ['ARN>-:120']],
  ['Gondor forces attacked Arnor.', ['GON>ARN:190']],
  // A verb with no subject before "between X and Y": X and Y do it to each other.
  ['Fighting between Arnor and Gondor resumed.', ['ARN>GON:190', 'GON>ARN:190']],
  // An act demanded of another, or stopped, is not done.
  ['Arnor demanded Gondor attack Rohan.', ['ARN>GON:100']],
  ['Arnor demanded that Gondor stop attacking Rohan.', ['ARN>-:100']],
  ['Arnor and Gondor attack Rohan.', ['ARN>ROH:190', 'GON>ROH:190']],
  ['Arnor demanded that Gondor would attack Rohan.', ['ARN>-:100', 'GON>ROH:1384']],
];

for (const [text, expected] of CASES) {
  test(`codes "${text}" as ${JSON.stringify(expected)}`, () => assert.deepEqual(code(text), expected));
}

test('in suite mode a negated act keeps its own code (the suites encode negation in their patterns)', () => {
  assert.deepEqual(code('Arnor will not release the prisoners of Gondor.', false), ['ARN>GON:0841']);
});

const REFUSALS: Array<[string, string | null]> = [
  ['0841', '1243'], ['085', '1244'], ['0871', '1246'], ['080', '124'], ['040', '125'], ['046', '125'],
  ['045', '126'], ['057', '127'], ['051', '120'], ['073', '121'], ['190', null], ['010', null], ['030', null],
];

const ANNOUNCED: Array<[string, string | null, string | null]> = [
  ['040', '036', null], ['0841', '035', null], ['073', '0333', null], ['030', '030', null],
  ['190', null, '1384'], ['191', null, '1381'], ['163', null, '1312'], ['010', null, null],
];

for (const [act, intent, threat] of ANNOUNCED) {
  test(`announcing ${act} codes intent ${intent}, threat ${threat}`, () => assert.deepEqual([intentCode(act), threatCode(act)], [intent, threat]));
}

for (const [cooperation, refusal] of REFUSALS) {
  test(`refusing ${cooperation} codes ${refusal}`, () => assert.equal(refusalCode(cooperation), refusal));
}

test('capitalised words inside a name are not triggers, except in a title-case headline', () => {
  const tokens = eventTokens('The United States said the Islamic State attacked.');
  assert.equal(isNameWord(tokens, 2, isTitleCase(tokens)), true);
  assert.equal(isNameWord(tokens, 3, isTitleCase(tokens)), false);
  assert.equal(isNameWord(tokens, 0, isTitleCase(tokens)), false);
  const headline = eventTokens('Gondor Attacks Arnor Border Posts Overnight');
  assert.equal(isTitleCase(headline), true);
  assert.equal(isNameWord(headline, 1, isTitleCase(headline)), false);
});

test('a participle glued to a name by a hyphen is an adjective', () => {
  const tokens = eventTokens('the U.N.-backed government and a well - known envoy');
  assert.equal(tokens[3]?.text, 'backed');
  assert.equal(isHyphenCompound(tokens, 3), true);
  assert.equal(isHyphenCompound(tokens, tokens.findIndex((t) => t.text === 'known')), false);
});
