/**
 * Answers to a proposal (src/events/statement-answers.ts): an acceptance right after an offer to
 * meet or host talks, a rejection within a few sentences of an offer or an option aired by another
 * party; the proposal's kind gives the code and its party the target. Parties are plain strings.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answer, type Proposal } from '../../src/events/statement-answers.js';

const ours = (party: string) => party === 'ARN';
const proposal = (code: string, party: string, sentence: number, words = ''): Proposal<string> => ({ code, party, sentence, words });

/** The answer's code and party, as `CODE>PARTY`, or null. */
function answered(code: string, proposals: Proposal<string>[], sentence: number): string | null {
  const found = answer(code, proposals, sentence, ours);
  return found === null ? null : `${found.code}>${found.proposal.party}`;
}

const CASES: Array<[string, string, Proposal<string>[], number, string | null]> = [
  ['accepting a venue for talks accepts mediation', '036', [proposal('039', 'ROH', 3)], 4, '038>ROH'],
  ['accepting an offer to meet is the intent to meet', '036', [proposal('036', 'GON', 4)], 4, '036>GON'],
  ['an acceptance two sentences after the offer answers nothing', '036', [proposal('039', 'ROH', 2)], 4, null],
  ['an acceptance answers no offer of aid', '036', [proposal('033', 'ROH', 3)], 4, null],
  ["the speaker's own offer is no proposal to answer", '036', [proposal('039', 'ARN', 3)], 4, null],
  ['the latest proposal of another party is answered', '036', [proposal('036', 'GON', 3), proposal('039', 'ARN', 4)], 4, '036>GON'],
  ['rejecting an offer to meet', '120', [proposal('036', 'GON', 1)], 4, '125>GON'],
  ['rejecting mediation', '120', [proposal('039', 'ROH', 1)], 4, '126>ROH'],
  ['rejecting a ceasefire offer is rejecting a settlement', '120', [proposal('0356', 'GON', 1)], 4, '127>GON'],
  ['rejecting an aid offer', '120', [proposal('0331', 'GON', 1)], 4, '122>GON'],
  ['an option aired about a war is a plan to settle it', '120', [proposal('014', 'GON', 1, 'gondor is weighing whether the war might be frozen.')], 4, '127>GON'],
  ['any other proposal is rejected plainly', '120', [proposal('014', 'GON', 1, 'gondor is weighing new tariffs.')], 4, '120>GON'],
  ['a rejection far from any proposal answers nothing', '120', [proposal('036', 'GON', 1)], 9, null],
  ['a statement or an accusation is no proposal', '120', [proposal('010', 'GON', 3), proposal('111', 'GON', 3)], 4, null],
];

for (const [name, code, proposals, sentence, expected] of CASES) {
  test(`answer: ${name}`, () => assert.equal(answered(code, proposals, sentence), expected));
}
