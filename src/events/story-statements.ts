/**
 * A plain statement (CAMEO 010) is recorded once per speaker and addressee in a story: a speaker
 * quoted again and again ("Putin told reporters", "he added", "Putin noted", "Putin stated") made
 * one statement, as GDELT records an event once per article however often it is mentioned. The
 * first is kept. (A speaker's statement beside their specific events stays: "growth will be 4%,
 * Putin told reporters" is a statement of its own next to his meetings.)
 *
 * @example storyStatements([said(putin), noted(putin), told(putin, biden)]) // [said(putin), told(putin, biden)]
 */
import type { ActorRef } from '../document/layers.js';

const STATEMENT = '010';

interface Coded { readonly cameo: string; readonly source: ActorRef | null; readonly target: ActorRef | null }

const actorKey = (actor: ActorRef | null): string => (actor === null ? '' : actor.entity ?? `name:${actor.name}`);

export function storyStatements<T extends Coded>(events: readonly T[]): T[] {
  const said = new Set<string>();
  return events.filter((event) => {
    if (event.cameo !== STATEMENT || event.source === null) return true;
    const dyad = `${actorKey(event.source)}>${actorKey(event.target)}`;
    if (said.has(dyad)) return false;
    said.add(dyad);
    return true;
  });
}
