/**
 * Keeps the names the entities component recognised when actor resolution merges mentions: two
 * names widened to one actor phrase ("Chinese" and "Foreign Ministry" in "the Chinese Foreign
 * Ministry"), or a country adjective taken into a description ("the Chinese top diplomat"), are
 * one mention holding both names.
 *
 * @example withNames(mention('Chinese Foreign Ministry', names: [Chinese]), [Foreign Ministry]) // => names: [Chinese, Foreign Ministry]
 */
import type { Mention, RecognisedName } from '../document/layers.js';

/** The mention with `names` added to those it holds, in text order, each span once. */
export function withNames(mention: Mention, names: readonly RecognisedName[] | undefined): Mention {
  if (!names?.length) return mention;
  const held = [...(mention.names ?? [])];
  for (const name of names) {
    if (!held.some((h) => h.start === name.start && h.end === name.end)) held.push(name);
  }
  return { ...mention, names: held.sort((a, b) => a.start - b.start) };
}

/** Every name the mentions hold. */
export function namesOf(mentions: readonly Mention[]): RecognisedName[] {
  return mentions.flatMap((m) => m.names ?? []);
}
