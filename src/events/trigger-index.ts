/**
 * Looks up patterns by the surface form of their trigger ("took" → the `take ...` patterns). Within
 * one form, longer patterns come first so that "take hostage" wins over a bare "take".
 */
import type { EventDictionary, EventPattern } from './dictionary-types.js';
import { nounForms, verbForms } from './word-forms.js';

export interface TriggerIndex {
  readonly byForm: ReadonlyMap<string, readonly EventPattern[]>;
  readonly forms: ReadonlyMap<string, readonly string[]>;
}

function weight(pattern: EventPattern): number {
  return pattern.before.length + pattern.after.length;
}

export function buildTriggerIndex(dictionary: EventDictionary): TriggerIndex {
  const byForm = new Map<string, EventPattern[]>();
  for (const pattern of dictionary.patterns) {
    const forms = pattern.kind === 'verb' ? verbForms(pattern.trigger, dictionary.forms) : nounForms(pattern.trigger);
    for (const form of forms) {
      const list = byForm.get(form) ?? [];
      list.push(pattern);
      byForm.set(form, list);
    }
  }
  // Verbs before nouns at equal length: "attacked" is the act, not the noun.
  for (const list of byForm.values()) list.sort((a, b) => weight(b) - weight(a) || (a.kind === b.kind ? 0 : a.kind === 'verb' ? -1 : 1));
  return { byForm, forms: dictionary.forms };
}
