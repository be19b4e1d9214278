/**
 * Widens name mentions to the actor phrase they belong to: a name that is part of a known
 * organisation or a name built from a country ("Israel" in "Israel Defense Forces", "Chinese" and
 * "Foreign Ministry" in "the Chinese Foreign Ministry"), or a name followed by a group noun
 * ("Hamas militants", "Israeli authorities"). Two mentions widened to one span become one.
 *
 * @example extendMention(Israel@1993) // => { span: 'Israel Defense Forces', org: Israel Defense Forces }
 */
import type { Span } from '../document/span.js';
import type { OrgRecord } from './actor-knowledge.js';
import type { SentenceWords } from './sentence-words.js';
import { wordIndexAt } from './sentence-words.js';

export interface Extension {
  readonly span: Span;
  /** The organisation the widened span names, or null when only a group noun was added. */
  readonly org: OrgRecord | null;
  /** The sector a group noun gave ("militants" → REB), or null. */
  readonly sector: string | null;
}

/**
 * `blocked` says whether a character range holds another person's name: an organisation never
 * swallows one ("Israel Defense Forces Spokesman Daniel Hagari").
 */
export function extendMention(s: SentenceWords, text: string, mention: Span, blocked: (start: number, end: number) => boolean): Extension | null {
  const first = wordIndexAt(s, mention.start);
  let last = first;
  while (last < s.ends.length && s.ends[last]! < mention.end) last++;
  for (const piece of s.pieces) {
    if (piece.kind !== 'org' || piece.end <= first || piece.start > last) continue;
    const start = s.starts[piece.start]!;
    const end = s.ends[piece.end - 1]!;
    if (end - start <= mention.end - mention.start || blocked(start, end)) continue;
    return { span: { start, end, text: text.slice(start, end) }, org: piece.org, sector: piece.org.sector };
  }
  const next = s.pieces.find((p) => p.start === last + 1 && p.kind === 'sector');
  if (next?.kind === 'sector' && /^\p{Ll}/u.test(s.texts[next.start]!)) {
    const end = s.ends[next.end - 1]!;
    return { span: { start: mention.start, end, text: text.slice(mention.start, end) }, org: null, sector: next.sector };
  }
  return null;
}
