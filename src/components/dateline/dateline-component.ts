/**
 * The dateline component: place, date and agency from the opening of a wire story, in the styles
 * `BEIJING, November 1. /TASS/.`, `LONDON (Reuters) -`, `MOSCOW, Nov 1 (Reuters) -`,
 * `WASHINGTON (AP) —`, `WASHINGTON, March 3 -` and their kin. Finders propose a dateline at each line
 * start of the first 200 characters; refiners resolve and check it; the first that passes wins.
 *
 * @example createDatelineComponent().run(doc) // => { text: 'BEIJING, November 1. /TASS/.', place: { name: 'Beijing', country: 'CHN', ... }, date: '2023-11-01', agency: 'TASS', ... }
 */
import type { Document } from '../../document/document.js';
import type { Dateline } from '../../document/layers.js';
import type { Component } from '../../pipeline/component.js';
import { provenanceTag } from '../../pipeline/component.js';
import { defaultGazetteer } from '../../gazetteer/default-gazetteer.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { defaultAgencies } from './agency-table.js';
import type { AgencyTable } from './agency-table.js';
import { DATELINE_FINDERS } from './dateline-finders.js';
import { refineCandidate } from './dateline-refiners.js';
import type { DatelineContext } from './dateline-refiners.js';

/** A dateline opens the story: only lines starting this near the top are read. */
export const DATELINE_WINDOW = 200;
// Enough for the longest dateline a finder can match (place, qualifier, date and agency).
const READ_AHEAD = 200;

export interface DatelineOptions {
  /** Defaults to the project gazetteer, loaded on the first dateline that needs it. */
  readonly gazetteer?: () => Gazetteer;
  readonly agencies?: () => AgencyTable;
}

// Indentation, and the asterisks or bullets some wires put before a dateline ("****LONDON, March 5 -").
const LEADER = new Set([' ', '\t', '*', '•']);

/** Offsets where a line's text starts (after its indentation and leaders) within the window. */
function lineStarts(head: string): number[] {
  const starts: number[] = [];
  let at = 0;
  while (at < DATELINE_WINDOW && at < head.length) {
    while (at < head.length && LEADER.has(head[at]!)) at++;
    if (at < head.length && head[at] !== '\n') starts.push(at);
    const newline = head.indexOf('\n', at);
    if (newline < 0) break;
    at = newline + 1;
  }
  return starts;
}

/** The dateline of `text`, or null: the component's work, for callers that hold text rather than a document. */
export function findDateline(text: string, context: DatelineContext): Dateline | null {
  const head = text.slice(0, DATELINE_WINDOW + READ_AHEAD);
  for (const start of lineStarts(head)) {
    for (const finder of DATELINE_FINDERS) {
      const candidate = finder(head, start);
      if (candidate === null) continue;
      const dateline = refineCandidate(head, candidate, context);
      if (dateline !== null) return dateline;
    }
  }
  return null;
}

export function createDatelineComponent(options: DatelineOptions = {}): Component<'dateline'> {
  const component = { name: 'dateline', version: 'v1' };
  const by = provenanceTag(component);
  const gazetteer = options.gazetteer ?? defaultGazetteer;
  const agencies = options.agencies ?? defaultAgencies;
  return {
    ...component,
    produces: 'dateline',
    reads: [],
    run: (doc: Document) => findDateline(doc.text, {
      // A getter: the gazetteer is loaded only when a candidate needs its place resolved.
      get gazetteer() { return gazetteer(); },
      agencies: agencies(),
      published: doc.meta.published,
      by,
    }),
  };
}
