/**
 * The quotes layer: direct quotes and reported speech, each with its speaker, cue, addressee and
 * source. Finders first (quoted spans, then reported speech around the cues left over), then
 * refiners (overlaps, then speakers resolved through the entities layer when it is there).
 *
 * @example
 * "\"We will respond,\" he said." → [{ text: 'We will respond', direct: true, cue: 'said', speaker: 'he' }]
 */
import type { Document } from '../../document/document.js';
import { layerOf } from '../../document/document.js';
import type { Quote, SpeakerRef } from '../../document/layers.js';
import type { Component } from '../../pipeline/component.js';
import { provenanceTag } from '../../pipeline/component.js';
import { carrySpeakers } from './continuation-refiner.js';
import { findDirectQuotes } from './direct-finder.js';
import { findLabels } from './label-finder.js';
import { findListIntros } from './list-intro-finder.js';
import { findQuotedSpans } from './mark-finder.js';
import { mergeNestedQuotes } from './nested-refiner.js';
import { refineOverlaps } from './overlap-refiner.js';
import type { QuoteCandidate } from './quote-candidate.js';
import type { QuoteLexicon } from './quote-lexicon.js';
import { loadQuoteLexicon } from './quote-lexicon.js';
import { findReportedSpeech } from './reported-finder.js';
import type { ResolverContext } from './speaker-resolver.js';
import { indexMentions, personTrail, resolveAddressee, resolveSpeaker } from './speaker-resolver.js';

const NAME = 'quotes';
const VERSION = 'v6';

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
/** What may stand between a relative pronoun and its cue: "who has repeatedly argued". */
const BEFORE_CUE = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'may', 'might', 'can',
  'did', 'does', 'do', 'not', 'also', 'never', 'still', 'just', 'already', 'often', 'always', 'once', 'again',
  'now', 'later', 'then', 'first', 'even',
]);
/** A time between a relative pronoun and its cue: "who last year threatened", "who on Tuesday said". */
const TIME_BEFORE_CUE = new Set([
  'last', 'this', 'next', 'on', 'earlier', 'year', 'week', 'month', 'night', 'morning', 'afternoon', 'evening',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
]);

/**
 * The words of a relative clause that must all be auxiliaries or adverbs for its pronoun to be the
 * cue's subject: past a comma aside ("who, after trading insults with Hannity, said") and an
 * earlier predicate joined by "and" ("who answered her door Sunday and said").
 */
function relativePredicate(rest: string): string[] {
  let tail = rest.trim();
  if (tail.startsWith(',')) {
    const close = tail.indexOf(',', 1);
    if (close >= 0) tail = tail.slice(close + 1);
  }
  const words = tail.split(/\s+/).filter((w) => w !== '');
  const joined = words.lastIndexOf('and');
  return joined >= 0 && !tail.includes(',') ? words.slice(joined + 1) : words;
}

/** The longest gap between a speaker and its cue that may hold a relative pronoun. */
const MAX_RELATIVE_GAP = 60;

/**
 * The speaker as written, given the phrase the finders took: "Barkley, who said" is spoken by
 * "who", which stands for Barkley. Like "he", the written span is the pronoun and the name is
 * what it resolves to (the antecedent), as PolNeAR annotates the pronoun as the source.
 */
function writtenSpeaker(text: string, c: QuoteCandidate, resolved: SpeakerRef): SpeakerRef {
  if (c.speaker === null || c.cue === null || c.speaker.end > c.cue.start || c.cue.start - c.speaker.end > MAX_RELATIVE_GAP) return resolved;
  const gap = text.slice(c.speaker.end, c.cue.start);
  const words = gap.replace(/^\s*,/, '').trim().split(/\s+/);
  const pronoun = words[0]?.toLowerCase() ?? '';
  if (!RELATIVE_PRONOUNS.has(pronoun) || !/\s$/.test(gap) || /[;!?"“”]/.test(gap)) return resolved;
  for (const word of relativePredicate(words.slice(1).join(' '))) {
    if (!BEFORE_CUE.has(word.toLowerCase()) && !TIME_BEFORE_CUE.has(word.toLowerCase()) && !/^[a-z]{3,}ly$/i.test(word)) return resolved;
  }
  const start = c.speaker.end + gap.indexOf(words[0]!);
  return { ...resolved, start, end: start + pronoun.length, text: words[0]! };
}

/** Resolves every distinct speaker span once, in text order, so pronouns see the people before them. */
function resolveAll(ctx: ResolverContext, candidates: readonly QuoteCandidate[]): Map<string, SpeakerRef> {
  const spans = new Map<string, NonNullable<QuoteCandidate['speaker']>>();
  for (const c of candidates) if (c.speaker !== null) spans.set(`${c.speaker.start}:${c.speaker.end}`, c.speaker);
  const ordered = [...spans.entries()].sort((a, b) => a[1].start - b[1].start);
  const trail = personTrail(ctx);
  const resolved = new Map<string, SpeakerRef>();
  let previous: SpeakerRef | null = null;
  for (const [key, span] of ordered) {
    previous = resolveSpeaker(ctx, span, trail, previous);
    resolved.set(key, previous);
  }
  return resolved;
}

/** The quotes of a document: reads `sentences`, and `entities` when that layer is present. */
export function extractQuotes(doc: Document, lexicon: QuoteLexicon = loadQuoteLexicon(), by = `${NAME}.${VERSION}`): Quote[] {
  const { text } = doc;
  const sentences = layerOf(doc, 'sentences');
  const direct = findDirectQuotes(text, findQuotedSpans(text), lexicon, findListIntros(text, sentences, lexicon.speakers));
  const found = refineOverlaps([...direct, ...findLabels(text), ...findReportedSpeech(text, sentences, direct, lexicon)]);
  const candidates = carrySpeakers(text, mergeNestedQuotes(text, found, lexicon));
  const ctx: ResolverContext = { text, words: lexicon.speakers, mentions: indexMentions(doc.layers.entities ?? []), sentences };
  const speakers = resolveAll(ctx, candidates);
  return candidates.map((c): Quote => {
    const resolved = c.speaker === null ? undefined : speakers.get(`${c.speaker.start}:${c.speaker.end}`);
    return {
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      direct: c.direct,
      speaker: resolved === undefined ? null : writtenSpeaker(text, c, resolved),
      cue: c.cue,
      source: c.source,
      addressee: c.addressee === null ? null : resolveAddressee(ctx, c.addressee),
      by,
      rule: c.rule,
    };
  });
}

export function createQuoteComponent(lexicon?: QuoteLexicon): Component<'quotes'> {
  const component: Component<'quotes'> = {
    name: NAME,
    version: VERSION,
    produces: 'quotes',
    // Entities resolve speakers; they are read defensively (doc.layers.entities ?? []) so the
    // component also runs on a document without them.
    reads: ['sentences', 'entities'],
    run: (doc: Document) => extractQuotes(doc, lexicon ?? loadQuoteLexicon(), provenanceTag(component)),
  };
  return component;
}
