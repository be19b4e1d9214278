/**
 * Parses the pattern part of a dictionary line (grammar in data/events/README.md):
 * `impose (a|an|the) blockade on TARGET`, `fail to *agree`, `SOURCE and TARGET *hold talks`.
 * Returns the pattern's elements split at the trigger, or a message saying what is wrong.
 */
import type { PatternElement, PatternKind } from './dictionary-types.js';

export interface ParsedPattern {
  readonly before: PatternElement[];
  readonly trigger: string;
  readonly after: PatternElement[];
}

// An opening quote mark is a word too: a proposal may be quoted ('suggested "delaying ...'); so is a contraction ("'s", "'m").
const WORD = /^(?:[a-z0-9'][a-z0-9'.-]*|["\u201c])$/;
const SLOTS: Record<string, 'source' | 'target' | 'both'> = { SOURCE: 'source', TARGET: 'target', BOTH: 'both' };
export const DEFAULT_GAP = 4;

/** Synsets by name (`&tietypes`), each a list of phrases. */
export type Synsets = ReadonlyMap<string, readonly (readonly string[])[]>;

export function parsePattern(text: string, kind: PatternKind, synsets: Synsets): ParsedPattern | string {
  const pieces = text.split(/\s+/).filter((piece) => piece !== '');
  if (pieces.length === 0) return 'the pattern is empty';
  const elements: PatternElement[] = [];
  let triggerIndex = -1;
  for (const piece of pieces) {
    if (piece.startsWith('*')) {
      if (triggerIndex >= 0) return 'only one word may carry the trigger mark *';
      const word = piece.slice(1).toLowerCase();
      if (!WORD.test(word)) return `"${piece}": the trigger must be a plain word`;
      triggerIndex = elements.length;
      elements.push({ kind: 'word', phrases: [[word]], optional: false });
      continue;
    }
    const element = parseElement(piece, synsets);
    if (typeof element === 'string') return element;
    elements.push(element);
  }
  if (triggerIndex < 0) triggerIndex = defaultTrigger(elements, kind);
  if (triggerIndex < 0) return 'the pattern has no plain word to serve as its trigger; mark one with *';
  const trigger = elements[triggerIndex];
  if (trigger?.kind !== 'word' || trigger.optional || trigger.phrases.length !== 1 || trigger.phrases[0]?.length !== 1) {
    return 'the trigger must be a single plain word';
  }
  return { before: elements.slice(0, triggerIndex), trigger: trigger.phrases[0]![0]!, after: elements.slice(triggerIndex + 1) };
}

/** A verb's trigger is its first plain word; a noun's is its last (the head: "ground *operation"). */
function defaultTrigger(elements: readonly PatternElement[], kind: PatternKind): number {
  const plain = elements
    .map((element, index) => ({ element, index }))
    .filter(({ element }) => element.kind === 'word' && !element.optional && element.phrases.length === 1 && element.phrases[0]?.length === 1);
  const chosen = kind === 'verb' ? plain[0] : plain[plain.length - 1];
  return chosen?.index ?? -1;
}

function parseElement(piece: string, synsets: Synsets): PatternElement | string {
  const slot = SLOTS[piece];
  if (slot !== undefined) return { kind: 'slot', role: slot };
  if (piece === '...') return { kind: 'gap', max: DEFAULT_GAP };
  if (piece.startsWith('&')) {
    const phrases = synsets.get(piece.toLowerCase());
    return phrases === undefined ? `synset ${piece} is not defined above this line` : { kind: 'word', phrases, optional: false };
  }
  const optional = piece.startsWith('(') && piece.endsWith(')');
  if (optional && piece.startsWith('(&')) {
    const phrases = synsets.get(piece.slice(1, -1).toLowerCase());
    return phrases === undefined ? `synset ${piece.slice(1, -1)} is not defined above this line` : { kind: 'word', phrases, optional: true };
  }
  const required = piece.startsWith('{') && piece.endsWith('}');
  if (optional || required) {
    const phrases = piece.slice(1, -1).split('|').map((choice) => choice.toLowerCase().split('_'));
    const bad = phrases.flat().find((word) => !WORD.test(word));
    if (bad !== undefined) return `"${piece}": "${bad}" is not a word`;
    return { kind: 'word', phrases, optional };
  }
  const words = piece.toLowerCase().split('_');
  const bad = words.find((word) => !WORD.test(word));
  if (bad !== undefined) return `"${piece}" is not a word, slot (SOURCE, TARGET, BOTH), gap (...), choice ({a|b}, (a|b)) or synset (&name)`;
  return { kind: 'word', phrases: [words], optional: false };
}
