/**
 * The shipped data/events/statements.dict and its reader: what a speaker's words are as their own
 * verbal act (012, 013, 014, 111, 138, and the answers 03x/12x, resolved later against a proposal),
 * which actor named in the words becomes the target, and what is not coded (negated, asked about,
 * someone else's option or threat, finance options, guesses). The speaker is Arnor's; Gondor and
 * Rohan are other parties. Fictional sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDictionary } from '../../src/events/dictionary-parser.js';
import { buildTriggerIndex } from '../../src/events/trigger-index.js';
import { buildActorLexicon, findDictionaryActors } from '../../src/events/dictionary-actor-finder.js';
import { eventTokens } from '../../src/events/event-tokens.js';
import { loadStatementDictionary, parseStatementDictionary, spokenActs, statementFamily } from '../../src/events/statement-content.js';
import type { Quote } from '../../src/document/layers.js';

const INDEX = buildTriggerIndex(loadStatementDictionary());
const LEXICON = buildActorLexicon(parseDictionary('actor arnor => ARN\nactor gondor => GON\nactor rohan => ROH\n', 'actors.dict'));

/** The acts in `text`, whose words `words` (direct or reported, with an optional cue) are said by Arnor's speaker. */
function acts(text: string, words: string, direct: boolean, cue?: string): string[] {
  const tokens = eventTokens(text);
  const start = text.indexOf(words);
  const cueAt = cue === undefined ? -1 : text.indexOf(cue);
  const quote: Quote = {
    start, end: start + words.length, text: words, by: 'test', direct, source: null,
    speaker: { start: 0, end: 0, text: 'the minister', entity: 'e1', name: 'Minister' },
    cue: cueAt < 0 ? null : { start: cueAt, end: cueAt + cue!.length, text: cue! },
  };
  const actors = findDictionaryActors(tokens, LEXICON, '20000101');
  return spokenActs(tokens, actors, [quote], INDEX, (_quote, actor) => actor.code === 'ARN')
    .map((act) => `${act.code}>${act.about?.code ?? '-'} ${text.slice(tokens[act.match.first]!.start, tokens[act.match.last]!.end)}`);
}

const SAID: Array<[string, string, boolean, string[]]> = [
  // 013: parties closer, progress, results, optimism (the speaker's own), a step in the right direction.
  ['"We have become closer to each other," the minister said.', 'We have become closer to each other,', true, ['013>- become closer']],
  ['Arnor and Gondor have grown closer, the minister said.', 'Arnor and Gondor have grown closer', false, ['013>GON grown closer']],
  ['"We made significant progress with Gondor," she said.', 'We made significant progress with Gondor,', true, ['013>GON made significant progress']],
  ['"The harvest deal is a good result," she said.', 'The harvest deal is a good result,', true, ['013>- is a good result']],
  ['The minister said she was cautiously optimistic about the talks.', 'she was cautiously optimistic about the talks', false, ['013>- she was cautiously optimistic']],
  ['"Relations between Arnor and Gondor have improved," he said.', 'Relations between Arnor and Gondor have improved,', true, ['013>GON Relations between Arnor and Gondor have improved']],
  // 012: relations worsening, a deadlock reached, pessimism.
  ['"Ties with Gondor are deteriorating," he said.', 'Ties with Gondor are deteriorating,', true, ['012>GON Ties with Gondor are deteriorating']],
  ['"The talks with Rohan have reached a deadlock," he said.', 'The talks with Rohan have reached a deadlock,', true, ['012>- reached a deadlock']],
  ['"I am pessimistic," he said.', 'I am pessimistic,', true, ['012>- I am pessimistic']],
  // 014: an option held out, not ruled out, considered by the speaker's side.
  ['An option of shipping grain through Gondor is possible, the minister said.', 'An option of shipping grain through Gondor is possible', false, ['014>GON An option of']],
  ['"We do not rule out talks with Rohan," he said.', 'We do not rule out talks with Rohan,', true, ['014>ROH not rule out']],
  ['"A second round is not ruled out," he said.', 'A second round is not ruled out,', true, ['014>- is not ruled out']],
  ['"We could consider sanctions on Gondor," he said.', 'We could consider sanctions on Gondor,', true, ['014>GON could consider']],
  // 111: a named actor said to do a blameworthy act is accused, in any clause shape.
  ['"By closing the pass, Gondor is punishing Rohan," he said.', 'By closing the pass, Gondor is punishing Rohan,', true, ['111>GON punishing']],
  ['Gondor has repeatedly violated the border accord, the minister said.', 'Gondor has repeatedly violated the border accord', false, ['111>GON violated']],
  ['The minister said Gondor was "lying to Rohan".', 'lying to Rohan', true, ['111>GON lying to']],
  // 138: retaliation announced by the speaker's side.
  ['"We always respond in kind," the minister said.', 'We always respond in kind,', true, ['138>- respond in kind']],
  ['"Such raids will never go unanswered," he said.', 'Such raids will never go unanswered,', true, ['138>- will never go unanswered']],
  ['"Arnor will retaliate against Gondor," he said.', 'Arnor will retaliate against Gondor,', true, ['138>GON retaliate']],
  // Answers are found here and resolved against a proposal later (statement-answers.ts).
  ['"If it comes to that, why not?" he said.', 'If it comes to that, why not?', true, ['036>- why not']],
  ['"This is out of the question," he said.', 'This is out of the question,', true, ['120>- This is out of the question']],
  ['"That\'s unacceptable," he said.', 'That\'s unacceptable,', true, ['120>- That\'s unacceptable']],
  // One row for each remaining line of the file.
  ['"We drew closer to Rohan," he said.', 'We drew closer to Rohan,', true, ['013>ROH drew closer']],
  ['"We achieved real progress," he said.', 'We achieved real progress,', true, ['013>- achieved real progress']],
  ['"The visit brought tangible results," he said.', 'The visit brought tangible results,', true, ['013>- brought tangible results']],
  ['"It is a step in the right direction," he said.', 'It is a step in the right direction,', true, ['013>- step in the right direction']],
  ['"Cooperation with Gondor has strengthened," he said.', 'Cooperation with Gondor has strengthened,', true, ['013>GON Cooperation with Gondor has strengthened']],
  ['"Ties with Rohan have soured," he said.', 'Ties with Rohan have soured,', true, ['012>ROH Ties with Rohan have soured']],
  ['"Relations with Gondor worsened," he said.', 'Relations with Gondor worsened,', true, ['012>GON Relations with Gondor worsened']],
  ['"The process is at a dead end," he said.', 'The process is at a dead end,', true, ['012>- at a dead end']],
  ['"The talks are at an impasse," he said.', 'The talks are at an impasse,', true, ['012>- at an impasse']],
  ['"A truce cannot be ruled out," he said.', 'A truce cannot be ruled out,', true, ['014>- cannot be ruled out']],
  ['"We will consider the option of talks with Gondor," he said.', 'We will consider the option of talks with Gondor,', true, ['014>GON consider the option']],
  ['"We are considering new tariffs on Rohan," he said.', 'We are considering new tariffs on Rohan,', true, ['014>ROH are considering']],
  ['The minister said he had floated the idea of a joint patrol.', 'he had floated the idea of a joint patrol', false, ['014>- floated the idea']],
  ['"Gondor has betrayed Rohan," he said.', 'Gondor has betrayed Rohan,', true, ['111>GON betrayed']],
  ['"Gondor deceived everyone," he said.', 'Gondor deceived everyone,', true, ['111>GON deceived']],
  ['"Rohan is sabotaging the talks," he said.', 'Rohan is sabotaging the talks,', true, ['111>ROH sabotaging']],
  ['"Gondor provoked the crisis," he said.', 'Gondor provoked the crisis,', true, ['111>GON provoked']],
  ['"Gondor is blackmailing its neighbours," he said.', 'Gondor is blackmailing its neighbours,', true, ['111>GON blackmailing']],
  ['"Gondor undermines the accord," he said.', 'Gondor undermines the accord,', true, ['111>GON undermines']],
  ['"Rohan stabbed us in the back," he said.', 'Rohan stabbed us in the back,', true, ['111>ROH stabbed us in the back']],
  ['"We will respond decisively to Gondor," he said.', 'We will respond decisively to Gondor,', true, ['138>GON respond decisively']],
  ['"We will use all means at our disposal," he said.', 'We will use all means at our disposal,', true, ['138>- use all means at our disposal']],
  ['"This attack won\'t go unanswered," he said.', 'This attack won\'t go unanswered,', true, ['138>- won\'t go unanswered']],
  ['"We accept the offer of Rohan," he said.', 'We accept the offer of Rohan,', true, ['036>- accept the offer']],
  ['"We welcome this initiative," he said.', 'We welcome this initiative,', true, ['036>- welcome this initiative']],
  ['"Such terms are not acceptable," he said.', 'Such terms are not acceptable,', true, ['120>- terms are not acceptable']],
  ['"The plan is a non-starter," he said.', 'The plan is a non-starter,', true, ['120>- plan is a non-starter']],
  ['"No difference at all," he said.', 'No difference at all,', true, ['120>- No difference']],
];

const NOT_SAID: Array<[string, string, boolean, string?]> = [
  // Negated, asked about, or guessed: not said to be so.
  ['"Relations with Gondor have not improved," he said.', 'Relations with Gondor have not improved,', true],
  ['"Gondor is not punishing Rohan," he said.', 'Gondor is not punishing Rohan,', true],
  ['The minister is checking whether Gondor violated the accord.', 'whether Gondor violated the accord', false],
  ['"Is Gondor lying?" he asked.', 'Is Gondor lying?', true],
  // Someone else's option or threat, or an accusation of no one named.
  ['"Gondor could consider sanctions on Rohan," he said.', 'Gondor could consider sanctions on Rohan,', true],
  ['"Parliament could consider it all," he said.', 'Parliament could consider it all,', true],
  ['"Gondor will retaliate," he said.', 'Gondor will retaliate,', true],
  ['"They are punishing the farmers," he said.', 'They are punishing the farmers,', true],
  // An actor after a preposition is no subject: "the error in the match against Gondor has undermined".
  ['"The error in the match against Gondor has undermined trust," he said.', 'The error in the match against Gondor has undermined trust,', true],
  // Finance options, optimism of others, impasses avoided, results only hoped for.
  ['The firm said it has an option to buy Gondor shares.', 'it has an option to buy Gondor shares', false],
  ['The firm said it has an option of buying Gondor shares.', 'it has an option of buying Gondor shares', false],
  ['"Most traders are optimistic," he said.', 'Most traders are optimistic,', true],
  ['"The plan is designed to avoid an impasse," he said.', 'The plan is designed to avoid an impasse,', true],
  ['"Should the tests yield good results, we will drill," he said.', 'Should the tests yield good results, we will drill,', true],
  // Threats announced the other way round; a promise of reciprocity is no threat.
  ['"Such raids will go unanswered," he said.', 'Such raids will go unanswered,', true],
  // A weighing cue over a guess about a state, or over a report.
  ['Traders speculated that a meeting could be imminent.', 'a meeting could be imminent', false, 'speculated'],
  ['Traders speculated the board was discussing bids.', 'the board was discussing bids', false, 'speculated'],
  // Words outside the quote are not the speaker's.
  ['Gondor is punishing Rohan, while the minister said "we wait".', 'we wait', true],
];

for (const [text, words, direct, expected] of SAID) {
  test(`statement: "${text}" is ${JSON.stringify(expected)}`, () => assert.deepEqual(acts(text, words, direct), expected));
}

test('statement: a cue of weighing airs the option of its speaker', () => {
  const text = 'Asked about Arnor speculating that the siege might be lifted, he smiled.';
  assert.deepEqual(acts(text, 'the siege might be lifted', false, 'speculating'), ['014>- speculating']);
});

for (const [text, words, direct, cue] of NOT_SAID) {
  test(`statement: "${text}" is no act of the speaker`, () => assert.deepEqual(acts(text, words, direct, cue), []));
}

test('statement families: only verbal acts of the speaker have one', () => {
  assert.deepEqual(['012', '013', '014', '111', '1121', '138', '036', '038', '127', '010', '190', '042'].map(statementFamily),
    ['comment', 'comment', 'option', 'accusation', 'accusation', 'threat', 'answer', 'answer', 'answer', null, null, null]);
});

test('the statements reader refuses a code that is no verbal act, with its line', () => {
  assert.throws(() => parseStatementDictionary('verb praise => 013\nverb attack => 190\n', 'x.dict'), /x\.dict:2: "190" is not a statement code/);
  assert.throws(() => parseStatementDictionary('verb visit => 013:043\n', 'x.dict'), /x\.dict:1:/);
  assert.equal(parseStatementDictionary('verb praise => 013\nnoun option of buying => none\n', 'x.dict').patterns.length, 2);
});
