/**
 * A refused or withheld act of cooperation is itself an event in CAMEO: "will not release the
 * hostages" is a refusal to yield (1243), "will not hold talks" rejects a proposal to negotiate
 * (125), "failed to reach agreement" rejects a plan (127). The table follows CAMEO's own
 * structure: the 12 Reject codes mirror the cooperative roots 04-08 (124x mirrors 08x). Negated
 * statements, intents and acts of conflict stay uncoded ("did not attack" is no event).
 *
 * @example refusalCode('0841') // '1243'
 */

const REFUSALS: readonly (readonly [prefix: string, code: string])[] = [
  ['057', '127'], // sign or reach an agreement → reject a plan or agreement
  ['081', '1241'], ['082', '1242'], ['083', '123'], ['084', '1243'], ['085', '1244'], ['086', '1245'], ['087', '1246'],
  ['08', '124'], // any other yielding → refuse to yield
  ['04', '125'], // meet, talk, negotiate → reject a proposal to meet or negotiate
  ['045', '126'], // mediate → reject mediation
  ['05', '120'], // recognise, support, apologise → reject
  ['06', '121'], ['07', '121'], // material cooperation and aid → reject material cooperation
];

/** The CAMEO rejection a refused act of cooperation codes as, or null when refusing it is no event. */
export function refusalCode(code: string): string | null {
  let best: readonly [string, string] | null = null;
  for (const entry of REFUSALS) {
    if (code.startsWith(entry[0]) && (best === null || entry[0].length > best[0].length)) best = entry;
  }
  return best?.[1] ?? null;
}
