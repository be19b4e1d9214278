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
const VERSION = 'v4';

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
  return candidates.map((c): Quote => ({
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    direct: c.direct,
    speaker: c.speaker === null ? null : speakers.get(`${c.speaker.start}:${c.speaker.end}`) ?? null,
    cue: c.cue,
    source: c.source,
    addressee: c.addressee === null ? null : resolveAddressee(ctx, c.addressee),
    by,
    rule: c.rule,
  }));
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
