/**
 * The speaker's own verbal act, read from what their quote or reported speech says
 * (src/events/statement-content.ts, data/events/statements.dict): an optimistic or pessimistic
 * comment (013, 012), an option considered (014), an accusation (111), a threat (138), an
 * acceptance or rejection of an earlier proposal (036/038, 12x; src/events/statement-answers.ts).
 * Its source is the speaker, its target the actor the words are about or the proposal's party, and
 * its rule says `source=speaker` (and `answers=CODE` for an answer). Refining, per story:
 * - the act replaces the plain statement (010) of its quote's cue: '"Arnor is lying," he said' is
 *   the accusation, not also a statement;
 * - one act per speaker, code and target: the same accusation repeated in a story is one event,
 *   as storyStatements keeps one plain statement.
 *
 * @example const speech = spokenStatements(doc, statementIndex, tables, by, speakerActor); speech.code(...); speech.refine(events)
 */
import type { Document } from '../../document/document.js';
import type { ActorRef, PoliticalEvent, Quote, Sentence, SpeakerRef } from '../../document/layers.js';
import type { ActorMatch, EventToken } from '../../events/event-tokens.js';
import type { TriggerIndex } from '../../events/trigger-index.js';
import { spokenActs, type SpokenAct } from '../../events/statement-content.js';
import { answer, type Proposal } from '../../events/statement-answers.js';
import { buildEvent, type CodeTables } from './event-builder.js';

export interface SpokenStatements {
  /** The sentence's quotes with a resolved speaker, when some word of the sentence may start a statement pattern (else none). */
  quotesIn(sentence: Sentence, lowers: readonly string[]): Quote[];
  /** The speaker acts of one sentence; `told` are the sentence's other events, already coded. */
  code(index: number, tokens: readonly EventToken[], actors: readonly ActorMatch[], quotes: readonly Quote[], told: readonly PoliticalEvent[]): PoliticalEvent[];
  /** The story's events with each act in place of its quote's plain statement, and acts repeated kept once. */
  refine(events: readonly PoliticalEvent[]): PoliticalEvent[];
}

const STATEMENT = '010';

/** `index`: the statement patterns' trigger index (buildTriggerIndex over data/events/statements.dict), built once. */
export function spokenStatements(
  doc: Document, index: TriggerIndex, tables: CodeTables, by: string, speakerActor: (speaker: SpeakerRef) => ActorRef | null,
): SpokenStatements {
  const attributed = (doc.layers.quotes ?? []).filter((quote) => quote.speaker?.entity != null);
  const sentences = doc.layers.sentences ?? [];
  const proposals: Proposal<ActorRef>[] = [];
  const spoken = new Map<PoliticalEvent, Quote>();
  const speakerOf = (quote: Quote): ActorRef | null => speakerActor(quote.speaker!);
  /** The party is the quote's speaker or of the speaker's country. */
  const sameSide = (quote: Quote) => {
    const speaker = speakerOf(quote);
    return (party: { readonly entity: string | null; readonly country: string | null }) => speaker !== null
      && ((party.entity !== null && party.entity === speaker.entity) || (party.country !== null && party.country === speaker.country));
  };
  // Every event with a source may be a proposal a later answer takes up (statement-answers.ts).
  const remember = (sentence: number, events: readonly PoliticalEvent[]) => {
    for (const event of events) {
      if (event.source !== null) proposals.push({ code: event.cameo, party: event.source, sentence, words: sentences[sentence]?.text ?? event.text });
    }
  };
  return {
    quotesIn(sentence, lowers) {
      if (!lowers.some((lower) => index.byForm.has(lower))) return [];
      return attributed.filter((quote) => (quote.start < sentence.end && sentence.start < quote.end)
        || (quote.cue !== null && quote.cue.start >= sentence.start && quote.cue.end <= sentence.end));
    },
    code(at, tokens, actors, quotes, told) {
      remember(at, told);
      if (quotes.length === 0) return [];
      const sides = new Map(quotes.map((quote) => [quote, sameSide(quote)]));
      const made: PoliticalEvent[] = [];
      for (const act of spokenActs(tokens, actors, quotes, index, (quote, actor) => sides.get(quote)!(actor))) {
        const event = spokenEvent(doc, tokens, act, at, tables, by, speakerOf(act.quote), proposals, sides.get(act.quote)!);
        if (event === null) continue;
        spoken.set(event, act.quote);
        made.push(event);
      }
      remember(at, made);
      return made;
    },
    refine(events) {
      const replaced = [...spoken.values()];
      const kept = new Set<string>();
      return events.filter((event) => {
        const quote = spoken.get(event);
        if (quote === undefined) return !(event.cameo === STATEMENT && replaced.some((one) => isCueStatement(event, one, sentences)));
        const key = `${event.source?.entity ?? ''}>${event.target?.entity ?? event.target?.name ?? ''}:${event.cameo}`;
        if (kept.has(key)) return false;
        kept.add(key);
        return true;
      });
    },
  };
}

/** The act as an event: the speaker its source, the words' actor or the proposal's party its target. */
function spokenEvent(
  doc: Document, tokens: readonly EventToken[], act: SpokenAct, sentence: number, tables: CodeTables, by: string,
  speaker: ActorRef | null, proposals: readonly Proposal<ActorRef>[], own: (party: ActorRef) => boolean,
): PoliticalEvent | null {
  if (speaker === null) return null;
  let code = act.code;
  let target: ActorRef | null = null;
  let answers = '';
  if (act.family === 'answer') {
    const found = answer(act.code, proposals, sentence, own);
    if (found === null) return null;
    code = found.code;
    target = found.proposal.party;
    answers = ` answers=${found.proposal.code}`;
  }
  const { match } = act;
  const built = buildEvent(doc, tokens, {
    code, mode: null, source: null, target: act.about, first: match.first, last: match.last, pattern: match.pattern, passive: false, byVerb: true,
  }, tables, by);
  if (built === null) return null;
  const confidence = Math.min(0.95, built.confidence + 0.15 + (target !== null ? 0.2 : 0));
  return { ...built, source: speaker, target: target ?? built.target, rule: `${built.rule} source=speaker${answers}`, confidence: Math.round(confidence * 100) / 100 };
}

/** The plain statement that reports the quote: on its cue, or without a cue in the sentence the quote ends in, outside the words. */
function isCueStatement(event: PoliticalEvent, quote: Quote, sentences: readonly Sentence[]): boolean {
  if (event.source?.entity == null || event.source.entity !== quote.speaker?.entity) return false;
  if (quote.cue !== null) return event.start < quote.cue.end && quote.cue.start < event.end;
  const sentence = sentences.find((one) => one.start < quote.end && quote.end <= one.end);
  return sentence !== undefined && event.start >= sentence.start && event.end <= sentence.end && (event.end <= quote.start || event.start >= quote.end);
}
