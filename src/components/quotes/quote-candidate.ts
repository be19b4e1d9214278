/**
 * What the finders propose and the refiners settle: a quote before its speaker is resolved.
 * Spans here are plain offsets into the document's text.
 */
import type { Token } from '../../document/layers.js';
import type { Span } from '../../document/span.js';
import type { CueEntry } from './quote-lexicon.js';

export type { Token };

export interface QuoteCandidate {
  readonly start: number;
  readonly end: number;
  readonly direct: boolean;
  /** The speaker as written ("he", "The Chinese top diplomat"), before resolution. */
  readonly speaker: Span | null;
  readonly cue: Span | null;
  readonly addressee: Span | null;
  readonly source: string | null;
  readonly rule: string;
}

/** A cue found among a window's tokens: tokens [from, to) hold the form. */
export interface CueMatch {
  readonly from: number;
  readonly to: number;
  readonly entry: CueEntry;
}

/** Tokens plus their lower-case texts, looked up many times. */
export interface TokenWindow {
  readonly tokens: readonly Token[];
  readonly lower: readonly string[];
}
