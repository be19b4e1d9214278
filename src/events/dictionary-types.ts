/**
 * The in-memory form of an event dictionary (grammar in data/events/README.md): verb and noun
 * patterns that code a sentence, plus the actor and agent lists an imported PETRARCH/TABARI
 * dictionary brings along. Every entry remembers the file and line it came from.
 */

/** One step of a pattern, in text order. */
export type PatternElement =
  /** One of several phrases (each one or more lowercase words); `optional` ones may be absent. */
  | { readonly kind: 'word'; readonly phrases: readonly (readonly string[])[]; readonly optional: boolean }
  /** Up to `max` tokens of anything. */
  | { readonly kind: 'gap'; readonly max: number }
  /** An actor must stand here and fills this role; `both` marks a reciprocal pair ("X and Y"). */
  | { readonly kind: 'slot'; readonly role: 'source' | 'target' | 'both' };

export type PatternKind = 'verb' | 'noun';

export interface EventPattern {
  readonly kind: PatternKind;
  /** Elements that must come right before the trigger, in text order. */
  readonly before: readonly PatternElement[];
  /** The trigger word as written: a verb lemma, or a noun's head word. */
  readonly trigger: string;
  readonly after: readonly PatternElement[];
  /** The event code, or null for a blocking pattern (`none`) that stops its trigger from coding. */
  readonly code: string | null;
  /** A second event coded from target to source (`032:033`: a visit and the hosting of it). */
  readonly reverse: string | null;
  readonly mode: string | null;
  /** When the source is "X and Y" and no target is found, code X→Y and Y→X. */
  readonly reciprocal: boolean;
  /** The verb takes no direct-object target ("say": "said the IDF was ..." names no target). */
  readonly noTarget: boolean;
  /** `file:line`, shown in evidence and error messages. */
  readonly origin: string;
  /** The pattern as written after the kind, used to let an overlay replace it. */
  readonly key: string;
}

/** A dated code of an actor: `[HOBGOV 19950601 - 19990815]`. Dates are YYYYMMDD, inclusive. */
export interface DatedCode {
  readonly code: string;
  readonly from: string | null;
  readonly to: string | null;
}

export interface ActorEntry {
  /** The phrase, lowercase words. */
  readonly words: readonly string[];
  readonly codes: readonly DatedCode[];
  readonly origin: string;
}

/** A common noun ("police", "rebels") giving a sector code that joins the nearest actor's code. */
export interface AgentEntry {
  readonly words: readonly string[];
  readonly code: string;
  /** `~GOV`: appended after the actor code; `NGO~`: put before it. */
  readonly position: 'suffix' | 'prefix';
  readonly origin: string;
}

export interface EventDictionary {
  readonly patterns: readonly EventPattern[];
  /** Irregular forms by lemma: take → took, taken, taking, takes. */
  readonly forms: ReadonlyMap<string, readonly string[]>;
  readonly actors: readonly ActorEntry[];
  readonly agents: readonly AgentEntry[];
}
