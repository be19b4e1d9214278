/**
 * What an act announced rather than done codes as in CAMEO:
 * - an act of cooperation announced for the future ("will meet", "would release", "is ready to
 *   supply gas", "agreed to release") is an expression of intent (03), whose codes mirror the
 *   cooperative roots 04-08;
 * - an act of force or coercion announced or held out as possible ("we will use it", "could
 *   strike", "may impose sanctions") is a threat (13), whose codes mirror the conflict roots 14-20.
 * Other acts give null and stay uncoded.
 *
 * @example intentCode('0841') // '035'
 * @example threatCode('190') // '1384'
 */

type Table = readonly (readonly [prefix: string, code: string])[];

const INTENTS: Table = [
  ['04', '036'], // meet, negotiate → intent to meet or negotiate
  ['045', '039'], // mediate → intent to mediate
  ['05', '032'], // diplomatic cooperation
  ['057', '037'], // sign an agreement → intent to settle
  ['06', '031'], ['061', '0311'], ['062', '0312'], ['063', '0313'], ['064', '0314'], // material cooperation
  ['07', '033'], ['071', '0331'], ['072', '0332'], ['073', '0333'], ['074', '0334'], // aid
  ['08', '035'], // yield
];

const THREATS: Table = [
  ['14', '133'], // protest → threaten political dissent
  ['15', '130'],
  ['16', '131'], ['161', '1313'], ['162', '1311'], ['163', '1312'], ['164', '134'], ['165', '135'], // reduce relations
  ['17', '130'], ['172', '132'], ['175', '137'], // coerce, repress
  ['18', '1383'], // unconventional violence
  ['19', '1384'], ['191', '1381'], ['192', '1382'], // conventional force, blockade, occupation
  ['20', '138'], ['204', '1385'], // mass violence, weapons of mass destruction
];

function lookup(table: Table, code: string): string | null {
  let best: readonly [string, string] | null = null;
  for (const entry of table) {
    if (code.startsWith(entry[0]) && (best === null || entry[0].length > best[0].length)) best = entry;
  }
  return best?.[1] ?? null;
}

/** The CAMEO intent an announced act of cooperation codes as (an intent stays itself), or null for other acts. */
export function intentCode(code: string): string | null {
  return code.startsWith('03') ? code : lookup(INTENTS, code);
}

/** The CAMEO threat an announced or possible act of force or coercion codes as, or null. */
export function threatCode(code: string): string | null {
  return lookup(THREATS, code);
}

/**
 * Coercion (17: ban, impose, charge, arrest) is also what a state does at home: announced with no
 * other party named ("the government plans to ban plastic bags", "the city plans to charge drivers
 * a fee") it is domestic policy, not a threat toward anyone. Force (15, 18-20) and cuts in
 * relations (16: embargoes, sanctions) are threats by their nature and keep an implicit target.
 */
const HOME_COERCION = ['17'];

/** An announced form of this act is a threat only when it names another party (see HOME_COERCION). */
export function threatNeedsOtherSide(actCode: string): boolean {
  return HOME_COERCION.some((prefix) => actCode.startsWith(prefix));
}
