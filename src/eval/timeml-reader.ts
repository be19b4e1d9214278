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

/** `name="value"` pairs of a tag's inside, read by hand (a pattern here could backtrack on bad input). */
function attributes(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  let at = 0;
  while (at < raw.length) {
    const eq = raw.indexOf('="', at);
    if (eq < 0) break;
    const close = raw.indexOf('"', eq + 2);
    if (close < 0) break;
    const name = raw.slice(at, eq).trim().split(/\s/).pop() ?? '';
    if (name !== '') out[name] = raw.slice(eq + 2, close);
    at = close + 1;
  }
  return out;
}

/** The tags of `xml` in order: name, whether closing, the raw inside, and where the tag lies. */
function* tags(xml: string): Generator<{ name: string; closing: boolean; inside: string; start: number; end: number }> {
  let at = xml.indexOf('<');
  while (at >= 0) {
    const end = xml.indexOf('>', at);
    if (end < 0) return;
    const body = xml.slice(at + 1, end);
    const closing = body.startsWith('/');
    const trimmed = closing ? body.slice(1) : body;
    const space = trimmed.search(/[\s/]/);
    const name = space < 0 ? trimmed : trimmed.slice(0, space);
    yield { name, closing, inside: space < 0 ? '' : trimmed.slice(space), start: at, end: end + 1 };
    at = xml.indexOf('<', end);
  }
}

function creationTime(xml: string): string | null {
  for (const tag of tags(xml)) {
    if (tag.name !== 'TIMEX3' || tag.closing) continue;
    const attrs = attributes(tag.inside);
    if (attrs.functionInDocument === 'CREATION_TIME') return attrs.value ?? null;
  }
  return null;
}

function unescape(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '');
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
  for (const tag of tags(body)) {
    text += unescape(body.slice(last, tag.start));
    last = tag.end;
    if (tag.name !== 'TIMEX3') continue;
    if (tag.closing) {
      if (pending) timexes.push({ start: pending.start, end: text.length, text: text.slice(pending.start), type: pending.type, value: pending.value });
      pending = null;
    } else {
      const attrs = attributes(tag.inside);
      pending = { start: text.length, type: (attrs.type ?? 'DATE') as TimeType, value: attrs.value ?? '' };
    }
  }
  text += unescape(body.slice(last));
  const id = /<DOCID>([^<]*)<\/DOCID>/.exec(xml)?.[1]?.trim() || fallbackId;
  return { id, creationTime: creationTime(xml), text, timexes };
}
