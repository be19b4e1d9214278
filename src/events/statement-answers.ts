/**
 * Answers to a proposal: a speaker's acceptance ("If it comes to that, why not?") or dismissal ("It
 * is out of the question", "No difference at all") is a verbal act only against a proposal another
 * party made just before in the story, whose party is the answer's target and whose kind gives the
 * code, by CAMEO's own structure:
 * - an acceptance answers an offer to meet or talk (036) or to host or mediate talks (039, a venue),
 *   in the same sentence or the one before: it is the intent to meet (036) or to accept mediation (038);
 * - a rejection answers an offer or intent (03x) or an option aired (014) within a few sentences:
 *   a proposal to meet is rejected as 125, mediation as 126, a settlement (037, a ceasefire 0356, or
 *   a proposal that speaks of a conflict, war, ceasefire or peace) as 127, material cooperation as
 *   121, aid as 122, anything else as the plain rejection (120).
 * Without such a proposal an answer is not coded: "why not?" alone accepts nothing.
 *
 * @example answer('036', proposals, 5, isSpeakerSide) // { code: '038', proposal: Fico's venue offer (039) }
 */

/** An earlier event that may be a proposal: its code, its party and where it stands. */
export interface Proposal<P> {
  readonly code: string;
  readonly party: P;
  /** The index of its sentence in the story. */
  readonly sentence: number;
  /** Its sentence's words, to tell a settlement from other proposals. */
  readonly words: string;
}

const ACCEPT_REACH = 1;
const REJECT_REACH = 6;
const ACCEPTED = /^(036|039)/;
const REJECTED = /^(03|014)/;

const REJECTIONS: readonly (readonly [prefix: string, code: string])[] = [
  ['036', '125'], ['039', '126'], ['038', '126'], ['037', '127'], ['0356', '127'], ['031', '121'], ['033', '122'],
];
/** A proposal that speaks of these settles a dispute: "the conflict might be frozen". */
const SETTLEMENT = /\b(conflict|war|ceasefire|cease-fire|truce|peace|settlement|hostilities)\b/i;

/**
 * The code and proposal an answer (03x or 12x from statements.dict) takes, or null. `proposals` are
 * the story's earlier events in text order; `own` says whether a party is the speaker's side.
 */
export function answer<P>(code: string, proposals: readonly Proposal<P>[], sentence: number, own: (party: P) => boolean): { code: string; proposal: Proposal<P> } | null {
  const accepting = code.startsWith('03');
  const reach = accepting ? ACCEPT_REACH : REJECT_REACH;
  for (let k = proposals.length - 1; k >= 0; k--) {
    const proposal = proposals[k]!;
    if (sentence - proposal.sentence > reach) return null;
    if (own(proposal.party) || !(accepting ? ACCEPTED : REJECTED).test(proposal.code)) continue;
    return { code: accepting ? acceptance(proposal.code) : rejection(code, proposal), proposal };
  }
  return null;
}

function acceptance(offered: string): string {
  return offered.startsWith('039') ? '038' : '036';
}

function rejection(code: string, proposal: Proposal<unknown>): string {
  let best: readonly [string, string] | null = null;
  for (const entry of REJECTIONS) if (proposal.code.startsWith(entry[0]) && (best === null || entry[0].length > best[0].length)) best = entry;
  if (best !== null) return best[1];
  return SETTLEMENT.test(proposal.words) ? '127' : code;
}
