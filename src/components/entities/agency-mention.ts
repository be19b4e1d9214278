/**
 * The news agency a dateline names ("/TASS/", "(Reuters)") as an organisation mention. The name
 * model rarely sees agencies in that position, but the dateline layer has already read them.
 *
 * @example agencyMention(doc, 'entities.v3') // BEIJING, November 1. /TASS/. → mention "TASS" at 22..26
 */
import type { Document } from '../../document/document.js';
import type { TypedMention } from './entity-joiner.js';

// The agency as written: between slashes or in brackets, at most 40 characters.
const WRITTEN_AGENCY = /\/([^/\n]{1,40})\/|\(([^()\n]{1,40})\)/g;

export function agencyMention(doc: Document, by: string): TypedMention | null {
  const dateline = doc.layers.dateline;
  if (!dateline?.agency) return null;
  let found: { start: number; text: string } | null = null;
  for (const match of dateline.text.matchAll(WRITTEN_AGENCY)) {
    const written = (match[1] ?? match[2])!;
    const trimmed = written.trim();
    if (trimmed === '') continue;
    found = { start: dateline.start + match.index + 1 + written.indexOf(trimmed), text: trimmed };
  }
  if (found === null) return null;
  const span = { start: found.start, end: found.start + found.text.length, text: found.text };
  return {
    mention: { ...span, kind: 'name', by, rule: 'dateline-agency', names: [{ ...span, type: 'ORG', rule: 'dateline-agency' }] },
    words: found.text.toLowerCase().split(/\s+/),
    type: 'ORG',
    country: null,
  };
}
