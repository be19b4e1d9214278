/**
 * Finds name mentions in a document: tokenises each sentence, runs the name model over the whole
 * document (its features look across sentences) and turns token spans back into text spans.
 *
 * @example findNameMentions(doc, model, cache) → [{ start: 33, end: 40, text: 'Wang Yi', modelType: 'PER', words: ['Wang', 'Yi'] }]
 */
import type { Document } from '../../document/document.js';
import { layerOf } from '../../document/document.js';
import type { Span } from '../../document/span.js';
import { sentenceTokens } from '../../nlp/sentence-tokens.js';
import type { WordAttributeCache } from './ner-features.js';
import type { NerModel } from './ner-model.js';
import { recogniseNames } from './name-recogniser.js';

export interface NameMention extends Span {
  /** The model's type: PER, ORG, LOC or MISC. */
  readonly modelType: string;
  readonly words: readonly string[];
}

/** Longest sentence the model sees at once; longer runs (tables, lists) are cut into pieces. */
const MAX_SENTENCE_TOKENS = 300;

export function findNameMentions(doc: Document, model: NerModel, cache: WordAttributeCache): NameMention[] {
  const sentences = layerOf(doc, 'sentences');
  const tokenised = sentenceTokens(doc.text, sentences).flatMap((tokens) => {
    if (tokens.length <= MAX_SENTENCE_TOKENS) return [tokens];
    const pieces = [];
    for (let i = 0; i < tokens.length; i += MAX_SENTENCE_TOKENS) pieces.push(tokens.slice(i, i + MAX_SENTENCE_TOKENS));
    return pieces;
  });
  const names = recogniseNames(model, tokenised.map((tokens) => tokens.map((t) => t.text)), cache);
  const mentions: NameMention[] = [];
  names.forEach((spans, s) => {
    const tokens = tokenised[s]!;
    for (const span of spans) {
      const first = tokens[span.start]!;
      const last = tokens[span.end - 1]!;
      mentions.push({
        start: first.start, end: last.end, text: doc.text.slice(first.start, last.end),
        modelType: span.type, words: tokens.slice(span.start, span.end).map((t) => t.text),
      });
    }
  });
  return mentions;
}
