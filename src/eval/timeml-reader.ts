/**
 * Reads a TimeML 1.2 `.tml` file: the document creation time, the TEXT content with its tags
 * stripped (the text every gold offset indexes), and the TIMEX3 spans inside it.
 */
import type { TimeType } from '../document/layers.js';

export interface GoldTimex {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: TimeType;
  readonly value: string;
}

export interface TimemlDocument {
  readonly id: string;
  /** The CREATION_TIME TIMEX3 value (e.g. `1998-01-08`), or null when the file has none. */
  readonly creationTime: string | null;
  readonly text: string;
  readonly timexes: readonly GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const TAG_OR_ENTITY = /<(\/?)([A-Za-z0-9_]+)([^>]*)>|&(amp|lt|gt|quot|apos);/g;
const ATTRIBUTE = /([A-Za-z_:]+)="([^"]*)"/g;

function attributes(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of raw.matchAll(ATTRIBUTE)) out[match[1]!] = match[2]!;
  return out;
}

function creationTime(xml: string): string | null {
  for (const match of xml.matchAll(/<TIMEX3([^>]*)>/g)) {
    const attrs = attributes(match[1]!);
    if (attrs.functionInDocument === 'CREATION_TIME') return attrs.value ?? null;
  }
  return null;
}

/** @example parseTimeml('<TimeML><DOCID>x</DOCID><TEXT>On <TIMEX3 type="DATE" value="1998">1998</TIMEX3></TEXT></TimeML>', 'x') */
export function parseTimeml(xml: string, fallbackId: string): TimemlDocument {
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  if (open < 0 || close < open) throw new Error(`${fallbackId}: no <TEXT> element; is this a TimeML file?`);
  const body = xml.slice(open + '<TEXT>'.length, close);
  let text = '';
  let last = 0;
  let pending: { start: number; type: TimeType; value: string } | null = null;
  const timexes: GoldTimex[] = [];
  for (const match of body.matchAll(TAG_OR_ENTITY)) {
    text += body.slice(last, match.index);
    last = match.index + match[0].length;
    if (match[4]) { text += ENTITIES[match[4]]; continue; }
    if (match[2] !== 'TIMEX3') continue;
    if (match[1] === '/') {
      if (pending) timexes.push({ start: pending.start, end: text.length, text: text.slice(pending.start), type: pending.type, value: pending.value });
      pending = null;
    } else {
      const attrs = attributes(match[3]!);
      pending = { start: text.length, type: (attrs.type ?? 'DATE') as TimeType, value: attrs.value ?? '' };
    }
  }
  text += body.slice(last);
  const id = /<DOCID>([^<]*)<\/DOCID>/.exec(xml)?.[1]?.trim() || fallbackId;
  return { id, creationTime: creationTime(xml), text, timexes };
}
