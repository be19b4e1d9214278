/**
 * Turns a coded match into a PoliticalEvent of the events layer: codes from the code tables (CAMEO
 * → PLOVER type and mode, QuadClass, Goldstein), the date of the governing time expression, the
 * place (event-place.ts), the evidence span and a confidence.
 *
 * Date: the time expression governing the clause when it is a calendar date (or the day of a time
 * of day); otherwise the article's publication date, and the rule says `date=implied`.
 * Confidence: 0.4 for a trigger, +0.25 with a source, +0.2 with a target, +0.1 when the pattern has
 * more than its trigger word (a phrase is less ambiguous than a single verb), capped at 0.95.
 */
import type { Document } from '../../document/document.js';
import type { ActorRef, PoliticalEvent, TimeExpression } from '../../document/layers.js';
import type { ActorMatch, EventToken } from '../../events/event-tokens.js';
import type { CodedEvent } from '../../events/sentence-coder.js';
import type { CodeTable } from '../../events/code-table.js';
import { mapCode, type CodeMap } from '../../events/code-map.js';
import { governingTime } from '../times/governing-time.js';
import { eventPlace } from './event-place.js';

export interface CodeTables {
  readonly cameo: CodeTable;
  readonly toPlover: CodeMap;
}

function actorRef(actor: ActorMatch | null): ActorRef | null {
  return actor === null ? null : { entity: actor.entity, name: actor.name, country: actor.country, sector: actor.sector };
}

function eventDate(doc: Document, time: TimeExpression | null): { date: string | null; implied: boolean } {
  // A calendar date, or the day of a time of day ("Friday evening" is 2023-10-27TEV: the day counts).
  const calendar = time === null ? null : /^(\d{4}-\d{2}(?:-\d{2})?)(?:$|T)/.exec(time.value);
  if (calendar !== null) return { date: calendar[1]!, implied: false };
  const published = doc.meta.published;
  return { date: published !== null && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null, implied: true };
}

export function buildEvent(
  doc: Document, tokens: readonly EventToken[], coded: CodedEvent, tables: CodeTables, by: string,
): PoliticalEvent | null {
  const entry = tables.cameo.get(coded.code);
  const mapped = mapCode(tables.toPlover, tables.cameo, coded.code);
  if (entry === undefined || mapped === null) return null;
  const triggerStart = tokens[coded.first]!.start;
  const triggerEnd = tokens[coded.last]!.end;
  const edges = [coded.source, coded.target].filter((actor): actor is ActorMatch => actor !== null);
  const start = Math.min(triggerStart, ...edges.map((actor) => tokens[actor.first]!.start));
  const end = Math.max(triggerEnd, ...edges.map((actor) => tokens[actor.last]!.end));
  const { date, implied } = eventDate(doc, governingTime(doc, { start: triggerStart, end: triggerEnd }));
  const phrase = coded.pattern.before.length + coded.pattern.after.length > 0;
  const confidence = Math.min(0.95, 0.4 + (coded.source ? 0.25 : 0) + (coded.target ? 0.2 : 0) + (phrase ? 0.1 : 0));
  return {
    start, end, text: doc.text.slice(start, end), by,
    rule: `${coded.pattern.origin} trigger=${doc.text.slice(triggerStart, triggerEnd)}${implied ? ' date=implied' : ''}${coded.passive ? ' passive' : ''}`,
    cameo: coded.code, plover: mapped.type, mode: coded.mode ?? mapped.mode, quad: entry.quad, goldstein: entry.goldstein ?? 0,
    source: actorRef(coded.source), target: actorRef(coded.target),
    date, place: eventPlace(doc.layers.places ?? [], tokens, coded), confidence: Math.round(confidence * 100) / 100,
  };
}
