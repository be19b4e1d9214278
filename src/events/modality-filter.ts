/**
 * Says why an act did not (yet) happen, looking at the few tokens before its trigger: negation
 * ("did not attack", "failed to reach agreement"), a modal ("could strike"), an infinitive ("plans
 * to attack": the governing verb codes the intent or threat, not the act), an act weighed but not
 * done ("is considering sending aid"), a habit or standing stance ("has always called for", "usually
 * meets"), an act demanded of another ("demanded Israel halt its offensive") or stopped ("stop
 * attacking"), or a question. Returns null for a realised act.
 */
import type { EventToken } from './event-tokens.js';

const NEGATIONS = new Set(['not', "n't", 'never', 'no', "didn't", "don't", "doesn't", "won't", "wouldn't", "couldn't", "hasn't", "haven't", "hadn't", "isn't", "wasn't", "weren't", "aren't", 'cannot', "can't", 'neither', 'nor', 'denied', 'denies', 'deny']);
/** Negations of a verb (not determiners like "no", nor "neither ... nor"). */
export const VERBAL_NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', "didn't", "don't", "doesn't", "won't", "wouldn't", "couldn't", "hasn't", "haven't", "hadn't", "isn't", "wasn't", "weren't", "aren't", 'cannot', "can't"]);
const MODALS = new Set(['could', 'may', 'might', 'would', 'should', 'can', 'will', 'must', 'shall', "'ll", "'d"]);
const WINDOW = 3;
/** "failed to reach", "fails to agree": a failed act did not happen. */
const FAILURES = new Set(['fail', 'fails', 'failed', 'failing']);
/** Verbs whose -ing complement is an act only weighed: "is considering sending aid". */
const WEIGHING = new Set(['consider', 'considers', 'considered', 'considering', 'contemplate', 'contemplates', 'contemplated', 'contemplating', 'mull', 'mulls', 'mulled', 'mulling', 'weigh', 'weighs', 'weighed', 'weighing']);

/** Modals that announce an act: "will meet", "would release". */
// "'d" is left out: as often "had" ("they'd attacked") as "would".
const FUTURE = new Set(['will', 'would', 'shall', "'ll"]);
/** Modals that hold an act out as possible: "could use", "may strike". */
const POSSIBLE = new Set(['could', 'may', 'might']);
/** Words that frame an infinitive as intended: "is ready to supply", "agreed to release". */
const INTENT_FRAMES = new Set([
  'ready', 'willing', 'prepared', 'determined', 'committed', 'readiness', 'willingness', 'commitment',
  'offer', 'offers', 'offered', 'pledge', 'pledges', 'pledged', 'promise', 'promises', 'promised', 'vow', 'vows', 'vowed',
  'agree', 'agrees', 'agreed', 'seek', 'seeks', 'sought', 'seeking', 'intend', 'intends', 'intended', 'plan', 'plans', 'planned',
  'planning', 'preparing', 'prepares', 'aim', 'aims', 'aiming',
]);

/** Words that frame an infinitive as threatened: "threatened to bomb" (a threat of the act itself). */
const THREAT_FRAMES = new Set(['threaten', 'threatens', 'threatened', 'threatening']);

/** Adverbs of frequency: the act is a habit or a stance, not one event ("Russia has always called for"). */
const HABITUAL = new Set(['always', 'usually', 'often', 'traditionally', 'habitually', 'routinely']);

const CONTINUE = new Set(['continue', 'keep', 'start', 'begin', 'resume']);
/** Words after which the infinitive's act is under way: "decided to ease", "began to withdraw". */
const DONE = new Set(['decided', 'began', 'begun', 'started', 'continued', 'moved', 'proceeded']);

/**
 * Why an act did not (yet) happen: `future` (will, would) and `possible` (could, may, might) are
 * announced acts, `intended` an infinitive after a word of intent ("ready to", "plans to"),
 * `threatened` one after "threaten", which the coder may turn into an intent or threat (see
 * announced-codes.ts); the others are dropped.
 */
export type UnrealisedReason = 'negated' | 'future' | 'possible' | 'intended' | 'threatened' | 'modal' | 'infinitive' | 'habitual' | 'question' | 'mandated';

/**
 * Why the act whose pattern starts at token `first` did not (yet) happen, or null. `baseForm` says
 * the trigger is the verb's bare form ("halt", not "halts" or "halted"), as after a demand.
 */
export function unrealisedReason(tokens: readonly EventToken[], first: number, baseForm = false): UnrealisedReason | null {
  if (asked(tokens, first)) return 'question';
  if ((baseForm && mandated(tokens, first)) || stopped(tokens, first)) return 'mandated';
  for (let k = first - 1; k >= Math.max(0, first - WINDOW); k--) {
    const word = tokens[k]?.lower ?? '';
    if (HABITUAL.has(word)) return 'habitual';
    if (NEGATIONS.has(word)) return negationReason(tokens, k, first);
    // A capitalised modal inside the sentence is a name: "Theresa May has held talks".
    if (MODALS.has(word) && (k === 0 || tokens[k]!.text === word)) return modalReason(tokens, k, first);
    if (word === 'to' && k === first - 1) return infinitiveReason(governor(tokens, k));
    if (k === first - 1 && WEIGHING.has(word) && (tokens[first]?.lower ?? '').endsWith('ing')) return 'modal';
    if (word === ',' || word === ';') break;
  }
  return null;
}

/**
 * A negation right before the act ("will not release", "didn't meet", "would not immediately
 * release") refuses it; a determiner or a negation further off ("no releases", "nor consumers were
 * consulted") only says the act did not happen.
 */
function negationReason(tokens: readonly EventToken[], k: number, first: number): UnrealisedReason {
  const word = tokens[k]!.lower;
  if (!VERBAL_NEGATIONS.has(word)) return 'modal';
  if (k === first - 1) return 'negated';
  const between = tokens[first - 1]?.lower ?? '';
  return k === first - 2 && (between.endsWith('ly') || between === 'yet' || between === 'even' || between === 'also') ? 'negated' : 'modal';
}

/** Words that may stand between a modal and its verb: "will also be meeting", "could soon strike". */
const AUXILIARY = new Set(['be', 'been', 'have', 'also', 'soon', 'still', 'then', 'now', 'again', 'further', 'even', 'yet', 'not', 'never']);

/**
 * A modal governs the act only when nothing but auxiliaries and adverbs stand between them ("will
 * soon release"); "will help trace attacks" announces helping, not attacking, so the act is dropped.
 */
function modalReason(tokens: readonly EventToken[], k: number, first: number): UnrealisedReason {
  const word = tokens[k]!.lower;
  const kind = FUTURE.has(word) ? 'future' : POSSIBLE.has(word) ? 'possible' : 'modal';
  if (kind === 'modal') return kind;
  for (let j = k + 1; j < first; j++) {
    const between = tokens[j]!.lower;
    if (!AUXILIARY.has(between) && !between.endsWith('ly')) return 'modal';
  }
  return kind;
}

/** The word governing the infinitive whose "to" is at `k`, across "continue to": "ready to continue to supply". */
function governor(tokens: readonly EventToken[], k: number): string {
  const word = tokens[k - 1]?.lower ?? '';
  const at = CONTINUE.has(word) && tokens[k - 2]?.lower === 'to' ? k - 3 : k - 1;
  // "has no plans to", "is not ready to": the intent is denied; nothing is coded.
  const negated = NEGATIONS.has(tokens[at - 1]?.lower ?? '') || NEGATIONS.has(tokens[at - 2]?.lower ?? '');
  return negated ? '' : tokens[at]?.lower ?? '';
}

function infinitiveReason(governor: string): UnrealisedReason | null {
  if (FAILURES.has(governor)) return 'negated';
  if (DONE.has(governor)) return null;
  if (THREAT_FRAMES.has(governor)) return 'threatened';
  return INTENT_FRAMES.has(governor) ? 'intended' : 'infinitive';
}

/** Verbs whose clause says what another should do, in the bare form: "demanded (that) Israel halt its offensive". */
const MANDATIVE = new Set([
  'demand', 'demands', 'demanded', 'demanding', 'insist', 'insists', 'insisted', 'insisting', 'urge', 'urges', 'urged', 'urging',
  'ask', 'asks', 'asked', 'asking', 'request', 'requests', 'requested', 'requesting', 'propose', 'proposes', 'proposed', 'proposing',
  'suggest', 'suggests', 'suggested', 'suggesting', 'recommend', 'recommends', 'recommended', 'recommending', 'require', 'requires', 'required',
]);
const MANDATE_REACH = 8;
const CLAUSE_BREAKS = new Set([',', ';', ':', '.', '!', '?', '"', '\u201c', '\u201d', 'and', 'but', 'or']);

function mandated(tokens: readonly EventToken[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - MANDATE_REACH); k--) {
    const word = tokens[k]!.lower;
    if (MANDATIVE.has(word)) return true;
    // "suggested that Brown would meet": the modal, not the demand, governs the verb.
    if (CLAUSE_BREAKS.has(word) || MODALS.has(word) || word === 'to') return false;
  }
  return false;
}

/** "stop attacking", "ceased shelling": the act is what stops, it is not one more. */
const STOPPING = new Set(['stop', 'stops', 'stopped', 'stopping', 'cease', 'ceases', 'ceased', 'ceasing', 'quit', 'quits', 'quitting']);

function stopped(tokens: readonly EventToken[], first: number): boolean {
  return (tokens[first]?.lower ?? '').endsWith('ing') && STOPPING.has(tokens[first - 1]?.lower ?? '');
}

/** The clause ends in a question mark. */
function asked(tokens: readonly EventToken[], first: number): boolean {
  for (let k = first + 1; k < tokens.length; k++) {
    const word = tokens[k]?.lower ?? '';
    if (word === '?') return true;
    if (word === '.' || word === ';') break;
  }
  return false;
}
